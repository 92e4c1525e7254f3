/** Institution words, calendar words and function words that tell a capitalised run is not a person. */

/** Words that make a capitalised phrase an institution, place or publication rather than a person. */
/**
 * The fields an office serves, last in its title before the holder's name ("Commissioner of Railway Safety",
 * "Secretary for Home Affairs", "Director of Public Prosecutions").
 */
export const OFFICE_FIELDS: ReadonlySet<string> = new Set(
  'safety security health justice defence defense transport education affairs finance trade labour labor environment agriculture housing interior works prosecutions development welfare'.split(
    ' ',
  ),
);

export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'department ministry office agency committee council house government administration party times post ' +
    'news press journal herald tribune network association union nations bank court congress senate ' +
    'parliament assembly pentagon kremlin commission embassy university institute foundation company corp ' +
    'inc ltd llc plc group army navy force forces police service services bureau authority organization ' +
    'organisation states kingdom republic federation emirates world airlines airline airways analytics ' +
    'capital partners research labs laboratories laboratory hospital school college academy club team squad fund ' +
    'trust board church centre center society corporation holdings media museum library council agency ' +
    'railway railways rail airport port station network channel radio television tv magazine review ' +
    'gazette daily weekly chronicle observer guardian telegraph express mail mirror standard courier ' +
    'records studios entertainment films pictures productions motors energy bureau coalition alliance ' +
    'movement front league federation confederation exchange reserve treasury tribunal commission ' +
    'brigade regiment battalion division command corps guard unit partnership consortium cooperative ' +
    'clinic infirmary utility infrastructure grid chamber consultancy engineering logistics construction ' +
    'water gas electric electricity telecom telecoms ferries buses insurance pharmaceuticals foods systems ' +
    'technologies solutions industries enterprises live united athletic rovers wanderers albion hotspur rangers ' +
    'city county aerospace dynamics homes developments properties management ventures brands pharma biotech ' +
    'therapeutics robotics automotive mining petroleum shipping freight hotel hotels resorts estates sport sports ' +
    'international casino stadium design designs architects co pty gmbh zoo zoological aquarium gardens'
  ).split(' '),
);

/**
 * Verbs and phrases that report an event of a news story (an arrest, a death, a resignation, a decision, a
 * change of figure, what is due next): what a story's status is made of, beside the colour and background
 * of features. Generic news vocabulary, not any story's.
 */
export const NEWS_EVENT_WORDS: readonly string[] = [
  ...'arrested charged killed injured died dead resigned quit closed shut opened launched announced filed'.split(
    ' ',
  ),
  ...'ordered confirmed found rescued evacuated destroyed approved voted rejected suspended sacked fired'.split(
    ' ',
  ),
  ...'appointed agreed signed published released reopened delayed cancelled fined sentenced convicted'.split(
    ' ',
  ),
  ...'acquitted banned blocked began ended demanded admitted denied apologised apologized raised cut rose'.split(
    ' ',
  ),
  ...'fell reached struck won lost elected named hired referred reported identified expected'.split(' '),
  ...'restored recovered resumed remains'.split(' '),
  'called for',
  'due to',
];

/**
 * Words that open the name of a weather system ("Storm Perrin", "Hurricane Ida", "Tropical Storm Alberto"):
 * the name after them is the storm's, never a person's.
 */
export const WEATHER_SYSTEMS: ReadonlySet<string> = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/**
 * Records of what was said ("according to the court's record of proceedings", "according to court filings"):
 * the source of a report, never its speaker.
 */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(
  (
    'record records transcript transcripts minutes filing filings documents papers recording recordings footage ' +
    'audio video videos tape tapes'
  ).split(' '),
);

/** Nouns that head a public body's name ("Ministry of Foreign Affairs", "Department of Health"). */
export const PUBLIC_BODY_NOUNS: ReadonlySet<string> = new Set(
  'ministry department office agency authority commission bureau council government administration university institute service'.split(
    ' ',
  ),
);

/**
 * Nouns of a body, in lower case after a capitalised name that qualifies them ("the Dutch Reformed church",
 * "the Scottish National party"): the name is the body's, never a person's.
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  'church chapel cathedral mosque temple synagogue congregation parish party council government administration hospital school college university club union committee board'.split(
    ' ',
  ),
);

/**
 * Prefixes of a ship's name, as written in capitals ("MV Ostmere Pride", "HMS Dauntless", "RMS Titanic"): the
 * name after them is a vessel's, never a person's.
 */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(
  'MV MS MT MY SS RMS HMS USS USNS HMAS HMCS HMNZS INS RV FV'.split(' '),
);

/**
 * Nouns that end the name of a street, a place in a town or a region ("Kessing Square", "Mill Road", "Harwick
 * Central", "Victoria Island", "Camden County", "Saitama Prefecture"): never a person's. Not "Lane" or "Park", which are surnames too.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  (
    'square street road avenue boulevard plaza crescent highway motorway quay wharf harbour harbor central terrace ' +
    // (and a country's divisions: "Saitama Prefecture", "Beheira Governorate", "Kharkiv Oblast")
    'mews island islands county district province valley prefecture governorate oblast region territory ' +
    // (and a town's: "the Government Reserved Area", "Ashdown Township", "Kelso Borough")
    'area zone quarter borough parish township municipality canton constituency'
  ).split(' '),
);

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Months, their abbreviations, and weekdays: capitalised, but never a name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...MONTHS.map((m) => m.slice(0, 3)),
  'sept',
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => d.slice(0, 3)),
  'tues',
  'thurs',
]);

/**
 * Abbreviated months and weekdays ("Jan", "Mar", "Sun"): dates before a number ("Mar 5"), but given names as
 * well ("Jan Kowalczyk", "Sun Yang").
 */
export const ABBREVIATED_CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...CALENDAR_WORDS].filter((w) => !MONTHS.includes(w) && !WEEKDAYS.includes(w)),
);

/**
 * Words that open a sentence or clause and are capitalised there without being names ("But", "In",
 * "After"): a capitalised run starting with one is read from the next word.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and but or nor so yet for if when while after before since until because although though as ' +
    'at by in on of to from with without within into onto over under about above below between among ' +
    'through during despite against toward towards across along around behind beyond near off out up down ' +
    'this that these those there here then now also still even just only meanwhile however instead thus ' +
    'he she it they we you i his her its their our your my him them us me who whom whose which what where ' +
    'why how all both each every some any many most much more few several no not never once again asked ' +
    'according speaking unlike like including another other others either neither one someone somebody anyone anybody ' +
    'everyone everybody nobody none such whoever whatever afterwards afterward later earlier soon born ' +
    'whether unless whereas whenever wherever upon amid amidst besides throughout regardless ' +
    // Adverbs of place that open a sentence ("Back in Tallahassee, the governor …", "Elsewhere on the coast").
    'back elsewhere nearby overall ' +
    // … and the spans of time that open one ("Hours later, …", "Days after the vote, …"), the days that
    // point from now ("Today Kaveripuram has won"), and an imperative's "Let" ("Let Venkata Rao first tell …").
    'minutes hours days weeks months moments today tonight tomorrow yesterday let'
  ).split(' '),
);

/**
 * Time zones as pages print them after a time ("16.52 GMT", "9:15 a.m. EST", "14.05 WIB"), in capitals: a
 * live page's stamp before an entry ("16.52 GMT Kjærnes: …"), never part of a name.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  'GMT BST UTC CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET PT IST SAST WAT EAT CAT AEST AEDT ACST AWST NZST NZDT HKT JST KST WIB WITA PHT ICT MSK AST ADT NST NDT'.split(
    ' ',
  ),
);

/**
 * Words that open a subordinate clause: a name right after one is that clause's subject ("one of the reasons
 * that Tallis has …"), not the object of a preposition before it.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'that who whom whose which where when why whether because although though while whereas unless until once if'.split(
    ' ',
  ),
);

/**
 * Words that open place names and never a person's ("South Korea", "New York", "San Diego", "West Bank"):
 * a capitalised run that starts with one names a place.
 */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(
  // (And the words that open the names of mountains, lakes, capes and ports: "Mount Ruwata", "Port Mhor".)
  'north south east west northern southern eastern western central upper lower greater new san santa los las saint mount mt lake cape port fort'.split(
    ' ',
  ),
);

/**
 * Words for things that are given names of their own, as ships, aircraft and animals are ("the tanker
 * Ocean Spirit", "the feeder containership Halcyon Drift", "the racehorse Silver Lining"): a name right after
 * one is the thing's, no person's.
 */
export const NAMED_THING_WORDS: ReadonlySet<string> = new Set(
  (
    'ship vessel containership boxship tanker supertanker freighter ferry trawler tug tugboat yacht ' +
    'schooner liner carrier bulker barge dredger cutter frigate destroyer submarine warship lifeboat ' +
    'aircraft airliner jet plane helicopter airship rocket spacecraft satellite probe rover locomotive ' +
    'racehorse horse colt filly mare stallion gelding greyhound dog cat elephant gorilla panda whale'
  ).split(' '),
);

/** Locative prepositions: a capitalised word after one is evidence of a place ("in Valemont"). */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'from', 'across', 'into', 'near', 'outside']);

/** Points of the compass: "of" after one ("two hours south of Paris") opens a place, as "in" does. */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(
    ' ',
  ),
);

/**
 * Labels of a news site's navigation and account controls ("Home", "Sport", "Puzzles", "Log in"): a row made
 * of them is a menu, never a headline or a masthead.
 */
export const SITE_LABELS: ReadonlySet<string> = new Set(
  (
    'home news sport sports world uk us u.s. politics business money economy markets tech technology science ' +
    'health climate environment opinion comment culture arts entertainment showbiz lifestyle life style travel ' +
    'food puzzles crosswords games weather traffic video videos tv radio podcasts podcast live local national ' +
    'international regions education football obituaries e-paper epaper newsletters events contact about ' +
    'donate menu search sign in up log login logout register subscribe account my members join free more ' +
    'latest analysis interviews investigations features photos magazine edition archive jobs property motors ' +
    'cars letters listings help shop support us apps español english ' +
    // The same controls on pages of other languages (an English edition keeps its paper's menu).
    'portada nacional internacional economía opinión deportes suscríbete suscribirse iniciar sesión ' +
    'regístrate registrarse entrar accueil abonnez-vous connexion accedi abbonati anmelden abonnieren ' +
    'startseite assine'
  ).split(' '),
);

/**
 * Words of time that open a sentence before its subject ("Earlier Saturday,", "Last week,", "Meanwhile,"):
 * read as an opening phrase, never as who the sentence is about.
 */
export const TIME_OPENERS: readonly string[] =
  'earlier later meanwhile yesterday overnight separately last'.split(' ');
