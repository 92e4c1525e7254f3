/**
 * Words about people in English news copy: titles and honorifics in front of a name, role nouns, and the
 * gender some of them carry. Generic vocabulary, nothing about one story.
 */

export type Gender = 'm' | 'f';

/** Honorifics with the gender they state ("Ms Okoro" is a woman; "Dr Lund" says nothing). */
export const HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['mx', undefined],
  ['dr', undefined],
  ['prof', undefined],
  ['professor', undefined],
  // French "Professeur" written short ("Pr Aminata Dembélé").
  ['pr', undefined],
  // Italian forms of address for a graduate, a lawyer or an engineer ("Dott.ssa Chiara Di Stefano", "Dott.
  // Rossi", "Avv. Bianchi").
  ['dott', undefined],
  ['dottssa', 'f'],
  ['dottoressa', 'f'],
  ['avv', undefined],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  // Peers ("Baroness Hartley of Wyke"). ("Baron" is left out: it is a family name too.)
  ['baroness', 'f'],
  ['viscount', 'm'],
  ['viscountess', 'f'],
  ['countess', 'f'],
  // ("Count Tobias Wrenfield … Count Wrenfield said": a continental noble's title. "Earl" and "Duke" are
  // left out: they are given names too.)
  ['count', 'm'],
  ['marquess', 'm'],
  ['marchioness', 'f'],
  ['rev', undefined],
  ['reverend', undefined],
  ['fr', 'm'],
  ['father', 'm'],
  // A priest as Spanish, Portuguese and Italian copy addresses him ("Padre Anselmo Quintero").
  ['padre', 'm'],
  ['sister', 'f'],
  ['brother', 'm'],
  ['madam', 'f'],
  ['sheikh', 'm'],
  // Other languages' forms, as English copy keeps them ("Sra. Arriaga", "Frau Weber", "Mme Roux"; "Sr."
  // closes English names as often as it opens Spanish ones: see mentions.ts).
  ['sra', 'f'],
  ['srta', 'f'],
  // Portuguese and Spanish courtesy for a woman ("Dona Francisca Moreira dos Santos", "Doña Rosa"). ("Don" is
  // left out: it is an English given name too.)
  ['dona', 'f'],
  ['doña', 'f'],
  // Spanish professional forms of address ("Dra. Mariana Olvera", "Lic. Tomás Ruiz", "Mtro. Luis Paz"),
  // which also say a gender where the word has one. ("Ing. Ana Soto": see mentions.ts OPENING_HONORIFIC, as
  // "Ing" is a family name too.)
  ['dra', 'f'],
  ['lic', undefined],
  ['licda', 'f'],
  ['mtro', 'm'],
  ['mtra', 'f'],
  ['arq', undefined],
  ['herr', 'm'],
  ['frau', 'f'],
  ['mme', 'f'],
  // Nigerian and Muslim forms of address ("Alhaji Sule Bako", "Hajiya Amina", "Mallam Musa", "Comrade
  // Ibrahim Kwaru", "Barr. Ada Obi", "Engr. Tunde Ade").
  ['alhaji', 'm'],
  ['alhaja', 'f'],
  ['hajiya', 'f'],
  ['hajia', 'f'],
  ['mallam', 'm'],
  ['malam', 'm'],
  // Yoruba chieftaincy titles ("Otunba Kolawole Adeyemi-Banjo", "the Otunba said").
  ['otunba', undefined],
  // Ghanaian chiefly titles and respect ("Nana Akwasi Ofori Atta II", "Togbe Kwaku Dzathor V", "Nii Ayi
  // Bonte", "Opanin Kwame Ampofo", an elder).
  ['nana', undefined],
  ['togbe', 'm'],
  ['nii', 'm'],
  ['opanin', 'm'],
  ['comrade', undefined],
  ['barr', undefined],
  ['engr', undefined],
  // "Hon. Jacinta Auma": the Honourable, as East and West African, Caribbean and Philippine copy addresses
  // a member of a legislature or a minister.
  ['hon', undefined],
  // Philippine local titles written short: "Kap. Teodora Peñaflor" (Kapitan, a barangay captain), "Kgd.
  // Lito Cruz" (Kagawad, a barangay councillor).
  ['kap', undefined],
  ['kgd', undefined],
  // Filipino courtesies for an older man or woman, before a given name or nickname ("Mang Digoy", "Aling
  // Nena").
  ['mang', 'm'],
  ['aling', 'f'],
  // South Asian name prefixes the press writes before a name and drops after it ("Md. Rafiqul Islam" …
  // "Islam said"; "Mohd. Imran Qureshi"; "Mst. Nazma Islam", Mosammat, a woman).
  ['md', 'm'],
  ['mohd', 'm'],
  ['mst', 'f'],
  // Indian forms of address ("Shri K.P. Varadan", "Smt. Lakshmi Nair", "Kumari Anjali").
  ['shri', 'm'],
  ['shree', 'm'],
  // ("Sri" also opens Indonesian women's given names, "Sri Wahyuni": it says no gender.)
  ['sri', undefined],
  ['smt', 'f'],
  ['shrimati', 'f'],
  ['kumari', 'f'],
  // Respect titles for Aboriginal and Torres Strait Islander elders ("Aunty Maureen Jabarra", "Uncle Reg").
  ['aunty', 'f'],
  ['auntie', 'f'],
  ['uncle', 'm'],
  // Māori respect for an elder ("Kaumātua Hōhepa Te Whatu", "Matua Hōhepa", "Whaea Mere", "Koro Tame",
  // "Kuia Ripeka"), as New Zealand copy writes it before a name.
  ['kaumātua', undefined],
  ['kaumatua', undefined],
  ['matua', 'm'],
  ['whaea', 'f'],
  ['koro', 'm'],
  ['kuia', 'f'],
  // East African respect for an older man ("Mzee Yusuf Ssentongo").
  ['mzee', 'm'],
  // Fijian chiefly titles ("Ratu Epeli Naivalu", later "Ratu Epeli"; "Adi Litia Vale").
  ['ratu', 'm'],
  ['adi', 'f'],
  // Indonesian and Malay forms of address ("Ibu Sri", "Bapak Joko"; "Bu Nurhayati": see OPENING_TITLES).
  // ("Pak" is left out: it is a Korean family name too, "Pak Pong-ju".)
  ['ibu', 'f'],
  ['bapak', 'm'],
  // Malaysian and Bruneian forms of address ("Encik Ismail bin Daud", "Puan Norhayati", "Cik Aina", "Tuan
  // Haji Omar", "Hajah Rosnah") and honours and offices written before a name ("Datuk Seri Kamaruddin", "Tan
  // Sri Lau Boon Hock", "Puan Sri Aminah", "Dato' V. Sivanesan", "Datin Rosmah", "Tun Daim", "YB Lim Kok
  // Seng", Yang Berhormat, a member of a legislature; "YAB", a chief minister). ("Tan" of "Tan Sri" is a
  // family name too: see mentions.ts.)
  ['encik', 'm'],
  ['puan', 'f'],
  ['cik', undefined],
  ['tuan', 'm'],
  ['haji', 'm'],
  ['hajah', 'f'],
  ['datuk', undefined],
  ['dato', undefined],
  ['datin', 'f'],
  ['seri', undefined],
  ['tun', undefined],
  ['yb', undefined],
  ['yab', undefined],
  ['mlle', 'f'],
  ['madame', 'f'],
  ['monsieur', 'm'],
  // "M. Lefèvre-Durand": French "Monsieur" written short, as English copy keeps it. Only where it opens a
  // name: "Jean M. Roux" has an initial (mentions.ts `isTitleAt`), so it is no title word below.
  ['m', 'm'],
]);

/**
 * Courtesy written after a name, folded, and the gender it states: the Urdu and Hindi "Sahib" ("Shah Sahib"
 * is Mr Shah), the Turkish "Bey" and "Hanım" ("Ferit Bey", "Elif Hanım", given names) and "Efendi". No part
 * of the name.
 */
export const CLOSING_HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['sahib', 'm'],
  ['sahab', 'm'],
  ['saheb', 'm'],
  ['bey', 'm'],
  ['hanım', 'f'],
  ['hanim', 'f'],
  ['efendi', 'm'],
]);

/**
 * South Asian and North African titles written in front of a name and dropped after it, folded, with the
 * gender they state: "Syed Nadir Ali Shah" (later "Shah"), "Chaudhry Tariq Warraich" ("Chaudhry
 * Warraich"), "Mian Javed Arain", "Sardar Ali Khan", "Begum Shahnaz Talpur" ("Begum Talpur"). Titles only
 * where they open a name: closing one, each is a family name ("Rahul Chaudhary", "Rokeya Begum"); see
 * mentions.ts `isTitleAt`.
 */
export const OPENING_TITLES: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['syed', 'm'],
  ['sayed', 'm'],
  ['chaudhry', undefined],
  ['chaudhary', undefined],
  ['choudhury', undefined],
  ['mian', 'm'],
  ['sardar', undefined],
  ['begum', 'f'],
  // … and North African ones: "Si Lahcen Ait Ouarab" (later "Si Lahcen"), "Lalla Fadma", "Moulay Tayeb
  // Zerhouni", and a pilgrim's "Hajja Fadma", "Haj Brahim".
  ['si', 'm'],
  ['lalla', 'f'],
  ['moulay', 'm'],
  ['hajja', 'f'],
  ['haj', 'm'],
  ['hajj', 'm'],
  // … and the Indonesian "Bu Nurhayati" (Ibu, madam), which inside a Gulf name is a family's "Bu" (Abu):
  // "Jassim Bu Hindi".
  ['bu', 'f'],
  // Amharic courtesy, which Ethiopian copy puts before the given name ("Ato Yohannes", "W/ro Meseret",
  // "W/t Hanna": Mr, Mrs, Miss).
  ['ato', 'm'],
  ['w/ro', 'f'],
  ['w/rt', 'f'],
  ['w/t', 'f'],
  ['weyzero', 'f'],
  ['weyzerit', 'f'],
]);

/**
 * Honorifics that say a gender and nothing more, a courtesy that ranks no one ("Ms", "M.", "Mme", "Frau",
 * "Mallam"): not what tells two people of one surname apart, nor a role to show. (Not "Alhaji" or
 * "Hajiya", which only those who made the pilgrimage are given: "Alhaji Danladi" is not his brother "Barr.
 * Danladi".)
 */
export const COURTESY_HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx m mme mlle madame monsieur sra srta dona doña herr frau mallam malam opanin shri shree sri smt shrimati kumari ibu bapak encik puan cik tuan md mohd mst ato w/ro w/rt w/t weyzero weyzerit'
    .split(' ')
    .concat([...CLOSING_HONORIFICS.keys(), ...OPENING_TITLES.keys()]),
);

/** Capitalised words that are titles in front of a name ("Secretary of State Mike Pompeo", "Sen. Vale"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice secretary state chairman chairwoman chair leader premier minister prime foreign deputy ' +
    'general gen chancellor king queen prince princess crown sen senator rep representative gov governor mayor ' +
    'taoiseach tánaiste tanaiste ' +
    'ambassador amb judge justice chief director commissioner speaker pope sheikh emir ayatollah excellency highness ' +
    'officer sgt lt col capt cmdr cdr cdre admiral adm maj cpl pte commander marshal envoy spokesman spokeswoman ' +
    'spokesperson attorney defense defence interior finance trade treasury home supreme first former ' +
    'acting assistant under senior special mp mep msp mla mpp td congressman congresswoman councillor councilmember assemblymember ' +
    'councilor alderman coach detective det inspector insp sheriff superintendent supt constable pc ' +
    // Ranks as Australian and British police copy shortens them, without stops ("Snr Const Whitcombe", "Ldg
    // Sen Const Roe", "Det Snr Sgt Hale").
    'const snr ldg ' +
    'sergeant captain lieutenant colonel corporal commodore brigadier major ensign rear cardinal bishop archbishop rabbi imam ' +
    // ("Monsignor Arancibia", "Msgr. Ruiz": a prelate.)
    'monsignor msgr mgr ' +
    'pastor provost ceo cfo coo cio cto cmo chairperson cllr cr coun couns advocate adv district collector magistrate tehsildar ' +
    // ("Bupati Arfan", a regent; "Kombes Bambang Irawan", a senior police commissioner.)
    'bupati kombes brig ' +
    // ("Custos Ebanks": a Jamaican parish's Custos Rotulorum; "Akim Iskakov", a Kazakh governor or mayor;
    // "Sindaco De Luca", an Italian mayor.)
    'custos akim sindaco ' +
    // ("Maître Nadia Ferhat": a French or Belgian lawyer's title.)
    'maître maitre ' +
    // ("Justice (Rtd) Grace Mwaniki", "Gen (Retd) Dev Rana": retired, after the title it qualifies.)
    'rtd retd ' +
    // Kenyan offices ("CS Rotich", a Cabinet Secretary; "PS Wambua", a Principal Secretary; "MCA Hon. Auma",
    // a Member of County Assembly).
    'cs ps mca ' +
    // ("CM Yogi Adityanath", "Delhi CM Atishi": a Chief Minister of an Indian or Pakistani state; "Atty. Ana
    // Reyes", a lawyer, as Philippine and US copy writes it.)
    'cm atty ' +
    // ("Usec. Carmelita Ramos-Ocampo", "Asec. Ana Roe": a Philippine undersecretary, assistant secretary.)
    'usec asec undersecretary ' +
    // ("Fiscal García": a prosecutor, as Spanish-language copy titles one.)
    'fiscal ' +
    // German ranks and offices as English copy keeps them ("Kriminaldirektor Jens Brüggemann", "Oberstaatsanwalt
    // Petra Kühn", "Landrat Max Bauer").
    'kriminaldirektor kriminalhauptkommissar kriminalkommissar kommissar oberstaatsanwalt oberstaatsanwältin ' +
    'staatsanwalt staatsanwältin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat ' +
    'landrätin ministerpräsident ministerpräsidentin polizeipräsident polizeipräsidentin ' +
    // ("Leader of the Opposition Ana Roe", "Opposition leader Ana Roe": the office's body, not her name.)
    'opposition ' +
    // ("Solicitor General Elizabeth Prelogar", "Surgeon General Jerome Adams": the office, not "General".)
    'solicitor surgeon'
  )
    .split(' ')
    .concat([...HONORIFICS.keys()].filter((h) => h !== 'm')),
);

/**
 * Whether a lower-case word is a title: one the lexicon lists, or a compound of them ("vice-admiral",
 * "lieutenant-general", "rear-admiral").
 */
export function isTitleForm(form: string): boolean {
  return (
    TITLE_WORDS.has(form) || (form.includes('-') && form.split('-').every((part) => TITLE_WORDS.has(part)))
  );
}

/** Titles written short, and the word they stand for ("Cllr Hale" is the "Councillor Ann Hale" named before). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    'gen:general sen:senator rep:representative gov:governor amb:ambassador sgt:sergeant lt:lieutenant ' +
    'col:colonel capt:captain cmdr:commander cdr:commander cdre:commodore adm:admiral maj:major cpl:corporal ' +
    'pte:private det:detective insp:inspector ' +
    'const:constable snr:senior ldg:leading usec:undersecretary ' +
    'kap:captain kgd:councillor supt:superintendent brig:brigadier cllr:councillor cr:councillor coun:councillor couns:councillor councilor:councillor prof:professor pres:president adv:advocate'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Police and civil ranks written in capitals before a name ("DI Baptiste", "DCI Hale"; in South Asian copy
 * "SP Karki", a Superintendent of Police, "DSP", "SSP", "IGP", "DIG", and "CDO Poudel", a Chief District
 * Officer). Only in capitals: "Di" and "Ds" are parts of names ("Luigi Di Maio").
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'DI DCI DS DSI DSU DCS DC PCSO SP DSP ASP SSP IG IGP DIG AIG DGP ADG ADGP DCP ACP SHO SDM SDPO CDO'.split(
    ' ',
  ),
);

/**
 * Lower-case particles inside names ("Erik van Sebille", "Charles de Gaulle", the Welsh "Dafydd ap Rhys", the
 * Maasai "Stephen ole Kantai"), and
 * the Irish ones, folded ("Ó Briain", "Ní Chonaill"). Written with a capital the others are a name of their own
 * ("Al Sharpton", "De Niro").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von zu vom zur der den de da di du del della dela delos los las la le bin binti bint a/l a/p s/o d/o ibn al el ter ten dos das do o ó ni ní nic ua ap ab ole'.split(
    ' ',
  ),
);

/**
 * The prefix of a surname that keeps its case when the rest is written in capitals ("McCREADIE",
 * "MacDONALD", "DeSANTIS"): a transcript's label or a shouted headline.
 */
export const CAPITALS_PREFIX_PATTERN = '(?:Mc|Mac|De|Di|La|Le)';
/** A particle as it stands in a name, alone or hyphened to the next part ("de", "al-Haddad"): a RegExp source. */
export const NAME_PARTICLE_PATTERN = `(?:${[...NAME_PARTICLES].join('|')})(?:-\\p{Lu}[\\p{L}'\u2019-]*)?`;

/** Places whose names open with an honorific ("Sri Lanka"), folded: the honorific opens no person's name. */
export const PLACES_OPENING_WITH_HONORIFIC: ReadonlySet<string> = new Set(['sri lanka', 'sri lankan']);

/** Letters after a name that are no part of it ("Imelda Cour KC", "Ann Hale MBE"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  // ("D. Kodituwakku PC": President's Counsel in Sri Lanka, as "SAN" is a Senior Advocate in Nigeria.)
  'KC QC SC PC SAN MP MSP MEP MLA MS AM TD MBE OBE CBE KBE DBE GBE FRS FRCP PhD MD'.split(' '),
);

/**
 * Words after a name that tell a father from his son ("James Roosevelt Jr.", "Ken Griffey Sr.", "John Adams
 * III", "Bretas Filho"), folded: part of the name as written, never its surname.
 */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  // Portuguese "son", "junior" ("Antônio Augusto Bretas Filho" is a Bretas).
  'filho',
  'junior',
]);

/** Which generation each suffix names, the eldest first ("Sr." is the father of "Jr.", "II" of "III"). */
export const GENERATION_ORDER: ReadonlyMap<string, number> = new Map([
  ['sr', 1],
  ['jr', 2],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['filho', 2],
  ['junior', 2],
]);

/** What letters after a name say a person is ("Nabil Amari KC" … "the barrister said"). */
export const POST_NOMINAL_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ...['KC', 'QC', 'SC'].map((t): [string, string[]] => [t, ['barrister', 'counsel', 'lawyer']]),
  ...['MP', 'MSP', 'MEP', 'MLA', 'MS', 'AM', 'TD'].map((t): [string, string[]] => [t, ['mp', 'lawmaker']]),
  ['MD', ['doctor', 'physician']],
]);

/** What a title says a person is ("Father Anton Brezan" … "the priest said", "Capt. Mehta" … "the skipper"). */
export const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ...['father', 'fr', 'padre'].map((t): [string, string[]] => [t, ['priest']]),
  ...['monsignor', 'msgr', 'mgr'].map((t): [string, string[]] => [t, ['priest', 'bishop', 'prelate']]),
  ...['reverend', 'rev', 'revd'].map((t): [string, string[]] => [
    t,
    ['priest', 'minister', 'pastor', 'vicar'],
  ]),
  ['pastor', ['pastor', 'minister']],
  ['imam', ['imam', 'cleric']],
  ['rabbi', ['rabbi']],
  // "Proteas captain Henk Vorster … the skipper said", "Capt. Arjun Mehta … the skipper": a captain.
  ...['captain', 'capt', 'skipper'].map((t): [string, string[]] => [t, ['captain', 'skipper']]),
  // "Mrs Justice Alison Breck": a judge of the High Court ("the judge said").
  ['justice', ['judge', 'justice']],
  // "Counsel to Governor Fasanmi, Mr Babatunde Akinwale, … ¶ The governor's lawyer then turned to …": the
  // words for one who pleads for a client refer to each other.
  ...['lawyer', 'counsel', 'attorney', 'advocate'].map((t): [string, string[]] => [
    t,
    ['lawyer', 'counsel', 'attorney', 'advocate'],
  ]),
  ...['barrister', 'solicitor'].map((t): [string, string[]] => [t, [t, 'lawyer', 'counsel']]),
  // "Barr. Musa Danladi … ¶ The lawyer laughed": Nigerian copy's barrister; "Engr. Tunde Ade", an engineer.
  ['barr', ['barrister', 'lawyer', 'counsel']],
  ...['maître', 'maitre'].map((t): [string, string[]] => [t, ['lawyer', 'counsel', 'attorney', 'advocate']]),
  ['engr', ['engineer']],
  // "Stefano Roe, the head of the mountain rescue service, … ¶ The rescue chief said": a head is its chief.
  ['head', ['head', 'chief']],
  // "Amina Bello, who chairs the tribunal, … ¶ “…,” the chairman said": the words for one who chairs.
  ...['chair', 'chairman', 'chairwoman', 'chairperson'].map((t): [string, string[]] => [
    t,
    ['chair', 'chairman', 'chairwoman', 'chairperson'],
  ]),
  // "King Aurelio III … the monarch said": a crowned head is "the monarch", "the sovereign".
  ...['king', 'queen', 'emperor', 'empress', 'sultan', 'emir', 'tsar'].map((t): [string, string[]] => [
    t,
    ['monarch', 'sovereign'],
  ]),
  // "Baroness Hartley of Wyke … The peer said": a member of the House of Lords.
  ...['lord', 'baroness', 'viscount', 'viscountess', 'countess'].map((t): [string, string[]] => [
    t,
    ['peer'],
  ]),
]);

/**
 * Kinship words that say which of two relatives is the younger ("his daughter, Kelsey Marr": Kelsey is the
 * child) or the elder ("her father, Walt Marr"), for "the elder Marr said".
 */
export const CHILD_KIN: ReadonlySet<string> = new Set(
  'daughter son granddaughter grandson stepdaughter stepson'.split(' '),
);
export const PARENT_KIN: ReadonlySet<string> = new Set(
  'father mother dad mum mom grandfather grandmother stepfather stepmother'.split(' '),
);
/** Kinship words for a spouse ("her husband said"): the other one of a couple sharing a surname. */
export const SPOUSE_KIN: ReadonlySet<string> = new Set('husband wife widow widower'.split(' '));
/** How people speak of a relative ("Mum had been planning this trip", "my husband"). */
export const KIN_SPOKEN_OF: readonly string[] =
  'mum mom mother dad father husband wife son daughter brother sister grandma grandmother grandad grandfather nan'.split(
    ' ',
  );

/** Words before a role that say it is held no longer ("former mayor", "onetime adviser"). */
export const PAST_ROLE_WORDS: ReadonlySet<string> = new Set(['former', 'onetime', 'one-time', 'erstwhile']);

/** Kinship words, which stand before a relative's name as a role does ("her husband Per Nygård"). */
export const KIN_WORDS: ReadonlySet<string> = new Set([
  ...KIN_SPOKEN_OF,
  ...CHILD_KIN,
  ...PARENT_KIN,
  ...'partner uncle aunt cousin nephew niece fiance fiancé fiancee fiancée widow widower twin'.split(' '),
]);

/** "the elder Marr", "the younger Marr": words that tell two relatives of one surname apart by age. */
export const RELATIVE_AGE_WORDS: ReadonlySet<string> = new Set(['elder', 'older', 'younger']);
/** Words before "brother" or "sister" that say which sibling is the elder ("his younger brother, X"). */
export const SIBLING_AGE: ReadonlyMap<string, 'elder' | 'younger'> = new Map([
  ['elder', 'elder'],
  ['older', 'elder'],
  ['big', 'elder'],
  ['eldest', 'elder'],
  ['younger', 'younger'],
  ['youngest', 'younger'],
  ['little', 'younger'],
  ['baby', 'younger'],
  ['kid', 'younger'],
]);
/** Words for a sibling. */
export const SIBLING_KIN: ReadonlySet<string> = new Set(['brother', 'sister']);

/** Titles and role nouns that state a gender ("Chairwoman", "the actress", "the father"). */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map<string, Gender>(
  [
    ...'spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman actress waitress hostess'.split(
      ' ',
    ),
    ...'queen princess mother wife daughter sister aunt niece grandmother granddaughter widow girlfriend'.split(
      ' ',
    ),
    ...'woman girl lady dame mrs ms miss madam heiress duchess countess empress stepmother mum mom'.split(
      ' ',
    ),
  ]
    .map((w): [string, Gender] => [w, 'f'])
    .concat(
      [
        // (Not "chairman": the title many boards and tribunals give whoever chairs them, a woman too.)
        ...'spokesman congressman councilman businessman policeman fireman gunman actor waiter host'.split(
          ' ',
        ),
        ...'king prince father husband son brother uncle nephew grandfather grandson widower boyfriend'.split(
          ' ',
        ),
        ...'man boy sir lord mr duke count emperor stepfather dad'.split(' '),
      ].map((w): [string, Gender] => [w, 'm']),
    )
    // "actor" and "host" are said of women too.
    .filter(([w]) => w !== 'actor' && w !== 'host'),
);

/**
 * Occupations an article names someone by ("a forensic accountant, Tan Wei, said …") and then refers back to
 * ("the accountant replied"). Said of someone not named, they are someone new: anonymous roles as well.
 */
const OCCUPATIONS =
  'barrister solicitor accountant auditor pharmacist paramedic firefighter midwife coroner magistrate juror ' +
  'plaintiff claimant defendant landlord tenant fisherman epidemiologist virologist psychologist psychiatrist ' +
  'dentist veterinarian lecturer curator ranger warden soldier sergeant constable volunteer whistleblower ' +
  'homeowner shopkeeper striker midfielder defender goalkeeper winger sprinter swimmer cyclist jockey batsman ' +
  'batter opener spinner wicketkeeper all-rounder quarterback pitcher forward centre-back center-back ' +
  'full-back fullback playmaker ' +
  'bowler referee umpire mediator arbitrator interpreter translator host co-host anchor moderator ' +
  'photographer journalist cameraman publicist promoter designer mechanic technician electrician plumber ' +
  'builder miner steelworker lifeguard bodyguard sailor waiter cleaner cashier clerk porter caretaker ' +
  'headteacher headmaster headmistress dean pupil graduate therapist counsellor counselor carer surveyor ' +
  'deckhand publican barista docker welder crewman janitor grocer chaplain shipbroker dealer hotelier ' +
  'restaurateur baker butcher contractor landowner vendor hairdresser tailor jeweller jeweler florist ' +
  'optician locksmith carpenter bricklayer courier postman postwoman trucker trainee intern apprentice ' +
  'librarian cook dispatcher abbot abbess vicar rector curate diver caver climber rescuer guide skipper ' +
  'ferryman boatman coordinator geologist volcanologist seismologist headman master harbourmaster harbormaster ' +
  'salvor winemaker vintner winegrower soigneur ' +
  // Medical specialists, as an article refers back to a doctor ("Dr Tomás Ibarra … the paediatrician said").
  'paediatrician pediatrician cardiologist immunologist neurologist oncologist anaesthetist anesthetist ' +
  'anesthesiologist radiologist obstetrician gynaecologist gynecologist dermatologist toxicologist ' +
  'pathologist microbiologist geneticist ophthalmologist haematologist hematologist';

/**
 * Lower-case role nouns that name what a person is or does ("union leader Ana Ferreira", "the director
 * said"): titles in front of a name, and heads of role phrases.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president secretary chairman chairwoman chair leader minister spokesman spokeswoman spokesperson official ' +
    'adviser advisor aide envoy diplomat ambassador correspondent reporter editor analyst lawmaker senator ' +
    'governor mayor general commander director chief counsel lawyer attorney advocate negotiator dictator premier ' +
    // ("Chief Justice Ruth Penhaligon … the Chief Justice said": a judge of a high court.)
    'justice ' +
    'king queen prince founder cofounder co-founder executive ceo cfo coo cio cto cmo vp svp evp boss expert professor economist candidate nominee ' +
    'representative deputy councillor councilor councilman councilwoman councilmember legislator mp msp mep mla td manager head owner ' +
    // (An inquiry's or a committee's member who drafts its report.)
    'rapporteur ' +
    // Ireland's head of government and deputy ("the Taoiseach said").
    'taoiseach tánaiste tanaiste ' +
    'president coach player captain star actress actor singer musician artist author writer novelist ' +
    'director producer filmmaker scientist researcher doctor physician surgeon nurse teacher principal ' +
    'student resident witness survivor victim investigator prosecutor judge detective officer sheriff ' +
    'meteorologist forecaster pilot driver farmer worker activist campaigner organiser organizer protester ' +
    'voter fan historian strategist pollster consultant engineer architect chef entrepreneur businessman ' +
    'businesswoman banker trader investor partner commissioner inspector superintendent administrator liquidator agent ' +
    'organiser pastor priest imam rabbi cardinal bishop archbishop nun monk treasurer secretary-general chancellor ' +
    'vice-president vice-chair chairperson director-general attorney-general solicitor-general governor-general ' +
    // The second of an office, written as one word ("Vice-mayor Deng Jianhua … the vice-mayor said").
    'vice-mayor deputy-mayor vice-governor deputy-governor vice-chancellor vice-premier vice-chairman ' +
    'vice-minister deputy-minister vice-principal ' +
    'inspector-general surgeon-general editor-in-chief commander-in-chief champion champ veteran pundit ' +
    'commentator presenter broadcaster teenager youngster pensioner retiree caller listener viewer ' +
    'lady princess duke duchess superior supervisor predecessor successor mentor colleague regent ' +
    'monarch sovereign emperor empress peer ' +
    // A party's spokesperson on a portfolio in Canadian legislatures ("Opposition health critic Luc Roy").
    'critic ' +
    // A state's representative in a province (Italy, France, Greece).
    'prefect ' +
    // Ranks an article calls someone by once it has named them ("Colonel Daulet Sarsenov … the colonel replied").
    'colonel lieutenant brigadier admiral corporal ' +
    // ("the regional akim, Marat Zhaksylykov … the akim said": a Kazakh governor or mayor.)
    'akim ' +
    // ("the mukhiya Devendra Mahto … Said the mukhiya:": an Indian village head; a sarpanch likewise.)
    'mukhiya sarpanch ' +
    // The presiding officer of a legislature ("House Speaker Wendell Ames … the Speaker told reporters").
    'speaker ' +
    // A member of a party, as US and British copy refers back to a politician ("the Ohio Democrat said").
    'democrat republican tory ' +
    OCCUPATIONS
  ).split(' '),
);

/**
 * Role nouns that say whom someone is to another, not what they do ("Her colleague Miriam Roe", "his
 * predecessor"): no office, so no sign that someone so called is not "the spokeswoman".
 */
export const RELATIONAL_ROLES: ReadonlySet<string> = new Set(
  'colleague superior supervisor predecessor successor mentor partner friend neighbour neighbor'.split(' '),
);

/**
 * Role nouns that say how old someone is ("the teenager said"), with the ages they cover: they refer back
 * to the one person the article gives such an age ("Reuben Okwuosa, a 19-year-old", "Ann Vey, 71,").
 */
export const LIFE_STAGES: ReadonlyMap<string, { from: number; to: number }> = new Map([
  ['teenager', { from: 13, to: 19 }],
  ['teen', { from: 13, to: 19 }],
  ['youngster', { from: 5, to: 21 }],
  ['schoolboy', { from: 5, to: 18 }],
  ['schoolgirl', { from: 5, to: 18 }],
  ['pensioner', { from: 60, to: 120 }],
  ['retiree', { from: 55, to: 120 }],
]);

/**
 * Words before a role noun that make it a different office ("the prime minister" is not "the housing
 * minister", "the deputy mayor" not "the mayor"), as opposed to words that only describe its holder ("the
 * embattled minister").
 */
export const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(
  (
    'prime deputy vice first foreign home finance health housing junior shadow assistant associate chief ' +
    'interior defence defense justice education transport environment culture trade energy labour labor ' +
    'treasury agriculture immigration communications digital sports sport police fire state opposition ' +
    'head executive managing general'
  ).split(' '),
);

/**
 * Words that name a political party or its members before a role ("the Republican governor", "the Labour
 * leader"): an affiliation, not the place or organisation an office is of, so "Florida Governor X" may be
 * "the Republican governor".
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set(
  (
    'republican democratic democrat conservative tory labour labor liberal green socialist communist ' +
    'nationalist unionist progressive libertarian centrist populist'
  ).split(' '),
);

/**
 * Offices copy writes as initials after "the" ("the SP said", "the DM", "the CM", "the MS"), folded, and
 * the role words they stand for.
 */
export const ROLE_INITIALS: ReadonlyMap<string, string> = new Map([
  ['sp', 'police superintendent'],
  ['ssp', 'senior police superintendent'],
  ['dsp', 'deputy police superintendent'],
  ['dm', 'district magistrate'],
  ['cm', 'chief minister'],
  // "the MS said": a Member of the Senedd, a member of a legislature as "the MP" is.
  ['ms', 'mp'],
]);

/** The role words a word in capitals stands for as an office's initials ("DSP", "MS"), if it is one. */
export function spelledRole(word: string): string | undefined {
  return /^\p{Lu}{2,4}$/u.test(word) ? ROLE_INITIALS.get(word.toLowerCase()) : undefined;
}

/** Role nouns for a member of a legislature ("the MP", "the senator", "the councillor"). */
export const LEGISLATOR_NOUNS: ReadonlySet<string> = new Set(
  'mp msp mep mla mpp td lawmaker legislator senator representative congressman congresswoman councillor councilor councilmember assemblymember assemblyman assemblywoman'.split(
    ' ',
  ),
);

/**
 * A party's spokesperson on a ministerial portfolio ("Aontas Nua's health spokesman", "the opposition housing
 * spokesperson", "Labour's justice critic"): a member of the legislature, as shadow ministers are.
 */
export const PORTFOLIO_SPOKESPERSON =
  /\b(?:health|housing|finance|justice|education|transport|environment|agriculture|defen[cs]e|foreign affairs|immigration|treasury|energy|climate|employment|labou?r|trade|enterprise|communications|culture|home affairs|social welfare|social protection|children|tourism|rural affairs|local government|infrastructure|industry|economy|economic)\s+(?:spokes(?:man|woman|person)|critic)\b/i;

/** The legislatures a member of one sits in, as a RegExp source ("Member of the Senedd", "member of parliament"). */
export const LEGISLATURE_PATTERN =
  '(?:parliament|senedd|scottish\\s+parliament|d[áa]il|congress|(?:legislative\\s+|national\\s+|state\\s+)?assembly)';
/** A member of one of those legislatures, as a RegExp source ("member of parliament", "Member of the Senedd"). */
export const MEMBER_OF_LEGISLATURE_PATTERN = `member\\s+of\\s+(?:the\\s+)?${LEGISLATURE_PATTERN}`;

/**
 * A German office or rank as English copy keeps it, one compound word ending in the office ("Branddirektor
 * Köhler", "Polizeihauptkommissarin Vogt", "Oberstaatsanwalt", "Kreisbrandmeister").
 */
export const GERMAN_RANK =
  /^\p{Lu}\p{Ll}{2,}(?:direktor|direktorin|kommissar|kommissarin|präsident|präsidentin|staatsanwalt|staatsanwältin|brandmeister|brandrat|meisterin)$/u;

/** Offices whose body follows "for" or "of" ("Minister for Rural Development", "Ministry of Health"). */
export const BODY_OFFICES: ReadonlySet<string> = new Set(
  'minister ministers ministry secretary department dept office commissioner commission'.split(' '),
);

/**
 * Role nouns of an office, a profession that speaks for others, or a spokesperson ("a spokeswoman for the
 * ministry", "a lawyer for the family"): a person described by one is there for what they do in the story,
 * not as a passer-by.
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    'spokesman spokeswoman spokesperson official officials minister secretary director chief president ' +
    'commissioner chair chairman chairwoman head governor mayor inspector superintendent commander executive ' +
    'lawyer attorney barrister solicitor judge prosecutor professor analyst economist representative prefect'
  ).split(' '),
);

/**
 * Nationality nouns a report calls a person by once it has named them ("the Portuguese told Roar Sport",
 * "the Spaniard said", "the 24-year-old Dutchman added"), as written lower-cased.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  (
    'american argentine argentinian australian austrian belgian brazilian briton bulgarian canadian chilean ' +
    'colombian croat croatian czech dane dutchman dutchwoman egyptian englishman englishwoman estonian ' +
    'ethiopian finn frenchman frenchwoman georgian german ghanaian greek hungarian icelander indian ' +
    'indonesian iranian iraqi irishman irishwoman israeli italian jamaican kenyan korean latvian lithuanian ' +
    'mexican moroccan nigerian norwegian pakistani peruvian pole romanian russian scot scotsman scotswoman ' +
    'serb serbian slovak slovene slovenian spaniard swede syrian turk ukrainian uruguayan venezuelan ' +
    'welshman welshwoman zimbabwean portuguese chinese japanese vietnamese lebanese senegalese congolese ' +
    'maltese taiwanese sudanese swiss french basque catalan afghan kurdish palestinian saudi yemeni ' +
    'european african asian arab scandinavian caribbean ' +
    // Of a state, region or city ("Whitfield the Texan", "the Londoner said").
    'texan californian floridian ohioan virginian oklahoman alaskan hawaiian coloradan arizonan nevadan ' +
    'oregonian kentuckian tennessean louisianan carolinian bavarian londoner parisian berliner glaswegian ' +
    'mancunian liverpudlian quebecer albertan ontarian queenslander tasmanian sicilian neapolitan andalusian'
  )
    .split(' ')
    .concat(['new zealander', 'south african', 'south korean', 'north korean', 'sri lankan']),
);

/**
 * Of those, the ones that are also the plural or the adjective ("the Chinese said" may be a government):
 * a person only where the report has just quoted them, or has given them that nationality.
 */
export const PLURAL_DEMONYMS: ReadonlySet<string> = new Set(
  'portuguese chinese japanese vietnamese lebanese senegalese congolese maltese taiwanese sudanese swiss french'.split(
    ' ',
  ),
);

/** Occupations, as a set: what someone does for a living, which a former holder may still be called by. */
export const OCCUPATION_WORDS: ReadonlySet<string> = new Set(OCCUPATIONS.split(' ').filter((w) => w !== ''));

/**
 * Role nouns that usually introduce somebody new and unnamed ("an official said", "the spokesman said"
 * when no spokesman was named), as opposed to ones an article uses with "the" for someone it has named
 * ("the director said", "the actress said", "the opposition leader said").
 */
export const ANONYMOUS_ROLES: ReadonlySet<string> = new Set(
  (
    'official spokesman spokeswoman spokesperson source aide adviser advisor diplomat insider person ' +
    'employee worker resident witness officer staffer analyst expert observer member negotiator ' +
    OCCUPATIONS
  ).split(' '),
);

/**
 * People a report meets without naming them ("A woman at the cordon said …", "one commuter"): with "a" or
 * "one" in front, the subject is someone no answer can name. With "the" they may be someone named before.
 */
export const UNNAMED_PEOPLE: ReadonlySet<string> = new Set(
  (
    'woman man girl boy neighbour neighbor passenger commuter shopper villager survivor mourner protester ' +
    'bystander onlooker relative customer motorist driver reader viewer listener caller constituent voter ' +
    'tenant pensioner patient'
  ).split(' '),
);

/** A role noun, gendered or not ("coach", "father"), lower case. */
export function isRoleNoun(word: string): boolean {
  return ROLE_WORDS.has(word) || GENDERED_ROLES.has(word);
}

/** A prefix that makes a role another of its kind ("vice-chancellor", "deputy-mayor", "co-founder"). */
const ROLE_PREFIX = /^(?:vice|deputy|co|ex|acting|assistant|pro)-/;

/** Whether a word is a role word, with a prefix of rank or not ("vice-chancellor"). */
export function isPrefixedRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || (word.includes('-') && ROLE_WORDS.has(word.replace(ROLE_PREFIX, '')));
}

/** A role without "-designate" or "-elect" after it ("president-elect" → "president"): the role itself. */
export function withoutElect(word: string): string {
  return word.includes('-') ? word.replace(/-(?:designate|elect)$/, '') : word;
}
