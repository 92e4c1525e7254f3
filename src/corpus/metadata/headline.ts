/**
 * The headline readers see. A page that starts with its title line ("Headline | Site") names it there;
 * otherwise it is the first headline-like line that opens the article — followed by a byline, a date line
 * or the first paragraph — not a masthead, a menu, "Login / Register", a temperature or a time.
 */
import { withYearApart } from './published.ts';
import { GIVEN_NAME_GENDERS, SITE_LABELS } from '../../lexicon/index.ts';
import { normalizeWhitespace, withoutAccents, wordCount } from '../../text/normalize.ts';
import type { PlacedSiteTitle } from './siteTitle.ts';

export interface PageLine {
  text: string;
  /** Boilerplate, a caption or credit, a link-list tail: never the headline. */
  furniture: boolean;
}

/** A separator between a masthead and its tagline: "Meridian News — Trusted reporting since 1962". */
export const TAGLINE_SEPARATOR = /\s+[|\u2014\u2013\u00B7\u2022]\s+/;
/** Two or more spaced separators: a menu or breadcrumb ("News | Business | Tech"), not a headline. */
const SEPARATED_ROW =
  /\s(?:[|\u2022\u00B7\u203A\u00BB>/]|\/\/)\s.*\s(?:[|\u2022\u00B7\u203A\u00BB>/]|\/\/)\s/u;
/** Fewest words of a row of section names whose separators the copy lost. */
const NAV_WORDS = 8;
/** Short words nearly every headline of that length has one of, and no row of section names does. */
const HEADLINE_GLUE =
  /^(?:a|an|the|of|to|in|on|for|and|or|with|without|at|by|from|as|is|are|was|were|be|has|have|had|after|before|over|into|amid|against|than|not|no|says|say|said|will|can|could|may|its|his|her|their)$/i;

/**
 * "Pregnancy Baby Toddler Kids Teens Health Food Family life Money": eight or more words, nearly all
 * capitalised, with none of the short words that hold a sentence or a headline together.
 */
function isSectionRow(line: string): boolean {
  const words = line.split(' ');
  if (words.length < NAV_WORDS || /[.!?:,;]/.test(line)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= words.length - 1 && !words.some((w) => HEADLINE_GLUE.test(w));
}

/** Share of a row's words that must be site labels for it to be a menu without separators. */
const LABEL_SHARE = 0.6;

/**
 * A menu, breadcrumb or row of account controls: labels between separators ("News | Business | Tech"), or
 * a row of site labels whose spacing was lost ("Home News Weather Sport Radio TV", "Search Sign in",
 * "Members: Log in | Register"). Any other word in such a row is capitalised (a section named for a place):
 * (or a brand's inner capital: "iPlayer"); a lower-case word or a sentence's end makes it prose.
 */
export function isMenuRow(line: string): boolean {
  if (SEPARATED_ROW.test(line) || isSectionRow(line)) return true;
  if (/[.!?]$/.test(line)) return false;
  const words = line.split(/[\s|:\u00B7\u2022\u203A\u00BB>/\u2630&\u25B6]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  let labels = 0;
  for (const w of words) {
    if (SITE_LABELS.has(w.toLowerCase())) labels++;
    else if (!/^\p{Ll}*\p{Lu}/u.test(w)) return false;
  }
  return labels >= LABEL_SHARE * words.length;
}

/**
 * A time of day: "14:05", "9.12am", "09.12 BST". With a stop, only before "am", "pm" or a zone: "₹6.75 crore",
 * "up 2.35%" are amounts.
 */
const CLOCK =
  /\b\d{1,2}(?::[0-5]\d\b|\.[0-5]\d\s*(?:[ap]\.?m\.?|GMT|BST|[ECMP][SD]T|ET|UTC)\b)(?:\s*(?:[ap]\.?m\.?|GMT|BST|[ECMP][SD]T|ET|UTC)\b)?/i;
const TEMPERATURE = /\d\s*\u00B0/;
/**
 * A weather widget is a few words ("London, UK 14°", "Sunny 23°C Dublin"); a headline may give a
 * temperature too ("Dhaulagarh at 48.6°C: hottest day in five decades as …").
 */
const WEATHER_WIDGET_WORDS = 7;
/** "Login / Register", "Regions / Valle del Cauca": short labels parted by a slash, a menu or a breadcrumb. */
const SLASHED_WORDS = /^\S+(?: \S+){0,2} \/ \S+(?: \S+){0,2}$/;
/** A byline, or the line under it that says where the reporter filed from ("Reporting from Oudewaard, …"). */
const BYLINE = /^(?:by|reporting from)\s+\p{Lu}/iu;
/**
 * "Tom Ashworth at the Saltings", "Ana Roe in Kyiv": a byline without "By" that says where the reporter was
 * (match reports, correspondents): a known given name and a surname, then "at" or "in" and a place.
 */
const FILED_FROM =
  /^(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}$/u;

function isFiledFromByline(line: string): boolean {
  const given = FILED_FROM.exec(line.trim())?.[1];
  return given !== undefined && GIVEN_NAME_GENDERS.has(given.toLowerCase());
}

/** A breadcrumb's separator ("Courts › Fraud trial", "News > Courts"): no headline holds one. */
const BREADCRUMB = /\s[\u203A>]\s/u;
/** The heading of a list of key points, alone on its line ("Key points", "Summary", "What we know so far"). */
export const KEY_POINTS_HEADING =
  /^(?:key (?:points|events|facts|developments)|(?:quick )?summary|at a glance|in brief|main points|highlights|what we know(?: so far)?|the story so far)\s*:?$/i;
/** A point of a list ("- Prime Minister X paid tribute in parliament", "• …"): never the headline. */
export const LIST_ITEM = /^[-\u2022\u25AA\u25BA\u00B7*\u2013\u2014]\s+/u;
/** A line wholly in brackets. */
const BRACKETED_LINE = /^\(.*\)$/;
/**
 * A ticker's or alert banner's label ("BREAKING: …", "Just in: …", "Weather Alert: Red Flag Warning …",
 * "FLOOD ALERT: …", "Travel: …", "Road report: …", "Ferry update: …", "TYPHOON UPDATE: …", "Live updates:
 * …", a station's "Now playing: …"), or a
 * traffic ticker's road ("Peradeniya Road: slow traffic …"): another line above this one's headline.
 */
const TICKER =
  /^(?:breaking(?: news)?|just in|latest|today|trending|developing|live|watch|(?:(?:weather|traffic|travel|severe weather|amber|news|breaking news|first|flood|fire|wildfire|storm|heat|snow|wind|tsunami|water|power|health) )?alert|(?:road|traffic|travel|weather|snow|surf|river) report|(?:travel|traffic|roads)(?: (?:news|update|info))?|(?:ferry|ferries|rail|trains?|bus|buses|flights?|airport|transport|tube|metro|weather|sport|markets?|school closures?) (?:update|status|info|alert)s?|(?:[\w-]+ ){1,2}updates?|now playing|on air(?: now)?|coming up)\s*[:|\u2013\u2014-]\s/i;
/** A traffic ticker's road and its item ("Peradeniya Road: slow traffic near the junction"). */
const ROAD_TICKER =
  /^(?:\p{Lu}[\p{L}'\u2019-]+ )+(?:Road|Street|Avenue|Highway|Motorway|Bypass|Expressway|Bridge|Junction|Tunnel)\s*:\s/u;

/** A ticker's label opening the line, if one does ("BREAKING: ", "Peradeniya Road: "). */
function tickerLabel(line: string): RegExpExecArray | null {
  return TICKER.exec(line) ?? ROAD_TICKER.exec(line);
}

/**
 * A short control of the page ("Watch live TV", "Sign in to comment", "Listen to this article"), or an appeal
 * for readers' money ("Support the Herald", "Donate", "Become a member").
 */
const CONTROL =
  /^(?:watch|listen|sign (?:in|up)|log ?in|subscribe|support|donate|become a (?:member|supporter|subscriber)|give (?:a )?gift|gift (?:this |an )?(?:article|subscription)|download|follow us|join|contact|read more|see all|share|view (?:full[- ]size |larger |the |all )?(?:image|photo|picture|gallery|slideshow)s?|enlarge (?:image|photo|this image)|(?:your|my)(?: [\w-]+){0,2} (?:account|profile|settings|saved articles|newsletters?))\b/i;
const CONTROL_WORDS = 5;

/**
 * An appeal for readers' money of any length that asks for it twice or prices it ("Support independent
 * Pacific journalism — subscribe from $5 a month").
 */
const PRICED_APPEAL =
  /^(?:support|subscribe|donate|become a)\b.*\b(?:subscribe|subscription|donate|donation|(?:a|per) (?:month|week|year))\b/i;

/** An appeal after a label saying whom it is for ("For newsrooms: Subscribe to the Crossland wire"). */
const LABELLED_APPEAL = /^[\p{L} ]{1,25}:\s*(?:subscribe|sign up|donate|become a|download)\b/iu;

/** A short control of the page or an appeal for readers' money ("Support The Quayside", "Sign in"). */
export function isPageControl(line: string): boolean {
  return (
    (CONTROL.test(line) && wordCount(line) <= CONTROL_WORDS) ||
    PRICED_APPEAL.test(line) ||
    LABELLED_APPEAL.test(line)
  );
}
const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * A row of prices ("BTC $ 61,200   ETH $ --", "FTSE 100 8,210 ▲ DOW 39,000"): two tickers with a price; a
 * market's arrow and its move ("ASX 200 ▲ 0.4% | AUD 64.9 US cents"); two moves ("FTSE 8,412.6 +0.4%
 * DOW 41,208 -0.2%"); or one quote ending in its move ("Brent crude $71.94 +0.62%").
 */
const PRICE_ROW =
  /\b\p{Lu}{2,5}\s*[$\u20AC\u00A3\u00A5][^$\u20AC\u00A3\u00A5]*\b\p{Lu}{2,5}\s*[$\u20AC\u00A3\u00A5]|[\u25B2\u25BC]\s*[+-]?\d|[+\u2212-]\d+(?:[.,]\d+)?%.*[+\u2212-]\d+(?:[.,]\d+)?%|\d\s+[+\u2212-]\d+(?:[.,]\d+)?%$/u;

/** A line that reads like a headline: several words, some capitalised, not a fragment, menu, date or widget. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25) return false;
  if (!/\p{Lu}/u.test(line) || /[:;,]$/.test(line) || isMenuRow(line)) return false;
  if (
    CLOCK.test(line) ||
    (TEMPERATURE.test(line) && words <= WEATHER_WIDGET_WORDS) ||
    SLASHED_WORDS.test(line) ||
    BYLINE.test(line) ||
    isFiledFromByline(line)
  )
    return false;
  // "(Reporting by …; Editing by …)", "(Additional reporting by …)": an aside in brackets, never a headline.
  if (BREADCRUMB.test(line) || BRACKETED_LINE.test(line) || LIST_ITEM.test(line)) return false;
  if (tickerLabel(line) || PRICE_ROW.test(line) || isPageControl(line)) return false;
  if (MONTH_DAY.test(line) && /\d{4}|\d:\d/.test(line)) return false;
  // Mastheads and menus are capitalised words only; a headline has a small word ("to", "in") or runs long,
  // or is shouted whole, small words and all ("CITY GO BACK IN FOR SAMBA STARLET").
  return (
    words >= 8 || /(?:^|\s)\p{Ll}/u.test(line) || (words >= SHOUTED_HEADLINE_WORDS && SHOUTED_GLUE.test(line))
  );
}

/** Fewest words of a headline written all in capitals (a masthead has fewer: "THE DAILY CLARION"). */
const SHOUTED_HEADLINE_WORDS = 5;
/** A line all in capitals with a small word that holds a headline together ("… BACK IN FOR …"). */
const SHOUTED_GLUE =
  /^(?=[^\p{Ll}]*$).*\b(?:IN|FOR|TO|OF|ON|AT|AS|AFTER|OVER|WITH|FROM|INTO|AND|IS|ARE|WAS|WILL)\b/u;

const STAMP = /^(?:published|posted|updated|last updated)\b|^\d+ (?:minutes?|mins?|hours?|hrs?|days?) ago$/i;

/** A byline, a date stamp or a short line with a year: where a page's furniture gives way to its article. */
export function isBylineOrStamp(line: string): boolean {
  return (
    BYLINE.test(line) ||
    STAFF_CREDIT.test(line) ||
    NAME_AND_DESK.test(line) ||
    isFiledFromByline(line) ||
    STAMP.test(line) ||
    yearStamp(line) ||
    (INLINE_STAMP.test(line) && wordCount(line) <= MAX_STAMP_LINE_WORDS)
  );
}

/** A masthead's tagline giving the year the paper was founded ("… desde 1958", "since 1921", "Est. 1887"). */
const FOUNDED_TAGLINE =
  /\b(?:since|desde|depuis|seit|dal|sinds|est\.?|established|founded|fond[ée]e?|fundad[oa]|gegr[üu]ndet)\s+(?:in\s+)?(?:1[6-9]|20)\d{2}\b/i;
/** Most words of such a tagline. */
const TAGLINE_WORDS = 10;
/** Most words of a line that is a stamp by its year alone ("Published 2026", "Spring 2026 issue"). */
const YEAR_ONLY_STAMP_WORDS = 6;
/** Most words of a line read as a date stamp by its year and a day, a time or a numeric date. */
const YEAR_STAMP_WORDS = 16;
/** A time or a numeric date beside a year ("17:34", "12.03.2026"); a day of a month is `MONTH_DAY`. */
const TIME_OR_NUMERIC_DATE = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;

/**
 * A date stamp told by its year: a short line with one, or a longer one that gives a day, a time or a
 * numeric date too (not a headline that names a year: "Former finance chief says she warned bank boss in 2025").
 */
function yearStamp(line: string): boolean {
  // ("O jornal do Vale do Anjo desde 1958", "Serving the valley since 1921": a masthead's tagline.)
  if (FOUNDED_TAGLINE.test(line) && wordCount(line) <= TAGLINE_WORDS) return true;
  if (!/\b(?:19|20)\d{2}\b/.test(withYearApart(line))) return false;
  const words = wordCount(line);
  return (
    words <= YEAR_ONLY_STAMP_WORDS ||
    (words <= YEAR_STAMP_WORDS && (MONTH_DAY.test(line) || TIME_OR_NUMERIC_DATE.test(line)))
  );
}

/**
 * A byline without "By": a name and the writer's desk ("Nomsa Hadebe, Political Reporter", "Ana Roe, Ottawa
 * Bureau"); or "Additional reporting by …".
 */
const NAME_AND_DESK =
  /^(?:\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){1,3},\s+(?:[\p{L}-]+\s+){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Jj]ournalist|Bureau)|[Aa]dditional reporting by\s.+)$/u;

/** A newsroom's credit for a story ("Northline News staff, with files from Meridian Wire", "Staff and agencies"). */
const STAFF_CREDIT =
  /^(?:(?:\p{Lu}[\p{L}\d'\u2019.-]*\s+){1,4}staff(?:,? (?:and agencies|with files from\s.+))?|(?:Staff and agencies|[Ww]ith files from\s.+))$/u;

/** "Jonah Whitfield · NPB News · Posted: Oct 22, 2026 11:30 AM ET | …": a byline run on into its date stamp. */
const INLINE_STAMP = /\b(?:posted|published|updated)\b:?\s.{0,40}?\b(?:19|20)\d{2}\b/i;
const MAX_STAMP_LINE_WORDS = 30;

/** A line that starts the article under its headline: a byline, a date stamp, or a paragraph of prose. */
export function opensArticle(line: string): boolean {
  // A closing quote mark ends prose only after the sentence's own stop: a headline may end on a quoted word
  // ("… tells court he is \"ashamed\"").
  return isBylineOrStamp(line) || (wordCount(line) >= 12 && /[.!?]["\u201D]?$/.test(line));
}

/** A headline that ends like a sentence ("The chip shortage is easing. Here's why.") is short. */
const SHORT_HEADLINE_WORDS = 10;

/** A line for comparing: spacing, case and accents aside ("Sgùrr Mòr" is "Sgurr Mor" left unaccented). */
export const comparableLine = (s: string) => withoutAccents(normalizeWhitespace(s)).toLowerCase();

/** Ends like a sentence (punctuation, maybe inside a closing quote or bracket): prose, not a headline. */
function endsSentence(line: string): boolean {
  return /[.!?\u2026]["'\u201D\u2019)\]]*$/u.test(line);
}

/** Fewest long words (four letters or more) that show a line's title case. */
const TITLE_CASE_WORDS = 4;

/**
 * Every word of four letters or more capitalised, and at least four of them: a headline's title case, which
 * prose never writes ("The River Stopped Short. The Fight Over Who Gets Flooded Did Not.").
 */
function inTitleCase(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= TITLE_CASE_WORDS && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Ends in a question mark, maybe inside a closing quote or bracket ("… 'Are there any left?'"). */
function asksQuestion(line: string): boolean {
  return /\?["'\u201D\u2019)\]]*$/u.test(line);
}

export interface Headline {
  text?: string;
  /** Index of the headline's line in the body (where the article starts), 0 when unknown. */
  at: number;
}

/** The first headline-like line from `from` on that opens the article (a byline, date or paragraph within three lines). */
/** Most words of a label naming a series of stories by its year ("US midterm elections 2026", "Euro 2028"). */
const SERIES_LABEL_WORDS = 4;

/** A few words ending in a year, over the headline: the series the story belongs to, not its headline. */
function isSeriesLabel(line: string): boolean {
  return wordCount(line) <= SERIES_LABEL_WORDS && /\b(?:19|20)\d{2}$/.test(line.trim());
}

/** A line of this many words or fewer under a headline is a label or a name, not the standfirst. */
const SHORT_LABEL_WORDS = 2;

/** What separates the labels of a menu row ("Home | News | Horn of Africa | Opinion"). */
const LABEL_SEPARATOR = /\s+[|\u2022\u00B7>\u203A]\s+/u;

/** The labels of the page's menu rows, folded: a line that repeats one is a section's label, no headline. */
function menuLabels(lines: readonly PageLine[]): ReadonlySet<string> {
  const labels = new Set<string>();
  for (const line of lines)
    if (LABEL_SEPARATOR.test(line.text) && isMenuRow(line.text))
      for (const label of line.text.split(LABEL_SEPARATOR)) labels.add(label.trim().toLowerCase());
  return labels;
}

/** Most lines a list of key points under its heading runs to. */
const KEY_POINT_LINES = 8;

/**
 * "Summary" / "The two workers landed at 11:20" / "They were met by relatives" / … / "Edited by …": the lines
 * of a key-points list under its heading, with or without bullets, up to the byline or date under it (or a
 * line ending like a sentence): points of the story, never its headline, and nothing that pushes the byline
 * away from the headline over them.
 */
function keyPointLines(lines: readonly PageLine[]): ReadonlySet<number> {
  const points = new Set<number>();
  for (const [h, heading] of lines.entries()) {
    if (!KEY_POINTS_HEADING.test(heading.text.trim())) continue;
    for (let i = h + 1; i < lines.length && i <= h + KEY_POINT_LINES; i++) {
      const text = (lines[i] as PageLine).text;
      if (isBylineOrStamp(text) || KEY_POINTS_HEADING.test(text.trim()) || endsSentence(text)) break;
      points.add(i);
    }
  }
  return points;
}

function articleHeadline(
  lines: readonly PageLine[],
  outlet: string | undefined,
  from: number,
  labels: ReadonlySet<string>,
): (Headline & { stamped: boolean }) | undefined {
  const points = keyPointLines(lines);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as PageLine;
    // ("LIVE: Roe certified winner by 2 votes" over the standfirst and byline: a live page's headline may
    // carry the label a ticker has; so it is one only when no headline stands under it before the byline.)
    const labelled = isLabelledHeadline(line.text) && !headlineBelow(lines, i, points);
    if (line.furniture || !(isHeadlineLike(line.text) || labelled)) continue;
    if (
      labels.has(line.text.trim().toLowerCase()) ||
      points.has(i) ||
      promotesSection(line.text, lines, labels)
    )
      continue;
    if (namesOnlyTheSite(line.text, outlet) || inVerticalMenu((k) => lines[k]?.text, i)) continue;
    if (isTicker(line.text)) continue;
    // ("Cup 2026: Final standings | Tarrano champions" over "Live: Kestria name interim coach" and the date
    // stamp: a live page's labelled headline is never a standfirst; the line over it is a promotion.)
    // (A badge alone on its line between them, "LIVE", stands aside too.)
    let under = i + 1;
    while (lines[under]?.furniture || LONE_BADGE.test(lines[under]?.text.trim() ?? '')) under++;
    const below = lines[under];
    if (below !== undefined && isLabelledHeadline(below.text) && !headlineBelow(lines, under, points))
      continue;
    if (isSeriesLabel(line.text) && isHeadlineLike(lines[i + 1]?.text ?? '')) continue;
    // Furniture counts here: "Published" and "Share this" sit between a headline and its article; a list
    // of key points under it ("Summary" / "- …" / "- …") does not push the byline out of reach.
    // Nor do short labels ("Business live", "Analysis") or a byline name without "By".
    const next = lines
      .slice(i + 1)
      .filter(
        (l, k) =>
          !KEY_POINTS_HEADING.test(l.text.trim()) &&
          !points.has(i + 1 + k) &&
          !LIST_ITEM.test(l.text) &&
          (opensArticle(l.text) || wordCount(l.text) > SHORT_LABEL_WORDS),
      )
      .slice(0, 3);
    // A line that ends like a sentence is prose, unless it asks a question over a byline or a date line
    // ("Can the talks be rescued?" / "By Jane Doe", "Wed 11 Mar 2026 18.20 GMT") or is written in title
    // case as headlines are ("The River Stopped Short. The Fight Over It Did Not.").
    const opens = endsSentence(line.text)
      ? (asksQuestion(line.text) || inTitleCase(line.text)) && next.some((l) => isBylineOrStamp(l.text))
      : next.some((l) => opensArticle(l.text));
    if (opens) return { text: line.text, at: i, stamped: next.some((l) => isBylineOrStamp(l.text)) };
  }
  return undefined;
}

/** A live page's badge alone on its line ("LIVE", "Breaking news"). */
const LONE_BADGE = /^(?:live|breaking(?: news)?|developing|just in)$/i;

/** "LIVE: Roe certified winner …", "Today: Bypass closed until Friday": a ticker's label, then a headline. */
function isLabelledHeadline(line: string): boolean {
  const label = tickerLabel(line);
  return label !== null && isHeadlineLike(line.slice(label[0].length));
}

/** How many lines under a labelled line are looked through for a headline before the byline (a menu may stand between). */
const HEADLINE_BELOW_LINES = 25;

/** Whether a headline-like or labelled line stands under line `i`, before the byline or date stamp (key points aside). */
function headlineBelow(lines: readonly PageLine[], i: number, points: ReadonlySet<number>): boolean {
  for (let j = i + 1; j < lines.length && j <= i + HEADLINE_BELOW_LINES; j++) {
    const line = lines[j] as PageLine;
    if (isBylineOrStamp(line.text)) return false;
    // ("LIVE: Peru police say …" / "Follow our live coverage of the bus crash … including two Canadians": the
    // longer line right under it is its standfirst.)
    // (Not a labelled headline of its own: "BREAKING: Toll rises to seven" over "Live updates: Toll … rises
    // to 7, two still missing"; nor one that reads as a headline rather than a standfirst: "BREAKING: Storm
    // threat shifts east" over "Tornadoes tear through Oklahoma, killing at least 7; town devastated".)
    if (
      j === i + 1 &&
      wordCount(line.text) > wordCount((lines[i] as PageLine).text) &&
      !isLabelledHeadline(line.text) &&
      readsAsStandfirst(line.text)
    )
      continue;
    // ("BREAKING | Panel votes …" over "LIVE: Panel votes … as …": a labelled headline under it counts.)
    const headline = isHeadlineLike(line.text) || isLabelledHeadline(line.text);
    if (!line.furniture && !points.has(j) && headline && !endsSentence(line.text)) return true;
  }
  return false;
}

/** More words than a headline has: a line this long under a labelled one is its standfirst. */
const STANDFIRST_WORDS = 15;

/**
 * Whether a line under a labelled headline reads as its standfirst: the site speaking to its readers ("Follow
 * our live coverage of …"), a sentence with its stop, or more words than a headline has.
 */
function readsAsStandfirst(line: string): boolean {
  return FIRST_OR_SECOND_PERSON.test(line) || endsSentence(line) || wordCount(line) > STANDFIRST_WORDS;
}

/** The site speaking to its readers ("Discover one of our …", "Follow our live coverage …"); not "US". */
export const FIRST_OR_SECOND_PERSON = /\b(?:[Ww]e|[Oo]ur|[Yy]ou|[Yy]our|us)\b/;

/**
 * A label and a colon or a dash opening a line ("ERUPTION: Live map of closures …", "EARTHQUAKE 2026 – LIVE
 * UPDATES, …").
 */
const OPENING_LABEL = /^([\p{L}][\p{L}\p{N} &'\u2019-]{1,30}?)(?::|\s+[\u2013\u2014])\s/u;

/**
 * "ERUPTION: Live map of closures and escorted visit times" on a page whose menu has "Eruption": a banner
 * promoting a section of the site, not the page's title.
 */
function promotesSection(line: string, lines: readonly PageLine[], labels: ReadonlySet<string>): boolean {
  const label = OPENING_LABEL.exec(line)?.[1]?.trim().toLowerCase();
  // (Not a live page's label, "Live: …", though the menu has "Live" too.)
  if (label === undefined || tickerLabel(line)) return false;
  // (A menu in a row, or one label per line.)
  return (
    labels.has(label) ||
    lines.some((l, i) => l.text.trim().toLowerCase() === label && inVerticalMenu((k) => lines[k]?.text, i))
  );
}

/** Most words of a line promoting one of the site's products ("CPA Pro for newsrooms"). */
const PROMOTION_WORDS = 6;

/**
 * "CPA Pro for newsrooms" on a page whose masthead line is "CPA": a short line opening with the masthead's
 * name promotes one of the site's products, and is no headline.
 */
function promotesTheSite(line: string, masthead: string | undefined): boolean {
  if (masthead === undefined || masthead === line || wordCount(masthead) > 3) return false;
  return line.startsWith(`${masthead} `) && wordCount(line) <= PROMOTION_WORDS;
}

/** Fewest words of each of two items that make a line parted by bars a ticker. */
const TICKER_ITEM_WORDS = 3;

/**
 * "Kelvara 6°C Light rain | Mill Road: delays near the gates", "TRAVEL: Delays on the A61 | Kiln Road
 * reopened": items of a weather or travel ticker parted by bars, two of them of several words; no headline
 * the page shows (a title line at the top of the page is read as one before this; "LIVE | …" is a badge).
 */
function isTicker(line: string): boolean {
  return line.split(' | ').filter((item) => wordCount(item) >= TICKER_ITEM_WORDS).length >= 2;
}

/**
 * "News from The Associated Press", "Reuters - Home": a title that names the site and little else; or the
 * masthead and its tagline ("Meridian News — Trusted reporting since 1962").
 */
function namesOnlyTheSite(line: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const at = line.toLowerCase().indexOf(outlet.toLowerCase());
  if (at === 0 && line.slice(outlet.length).search(TAGLINE_SEPARATOR) === 0) return true;
  return at >= 0 && wordCount(line) - wordCount(outlet) <= 3;
}

/** Most words of a menu's label standing on a line of its own ("Markets", "Olje og energi"). */
const MENU_LABEL_WORDS = 3;
/** Fewest labels in a row that make a menu written one label per line. */
const MIN_MENU_LINES = 5;

/**
 * "Latest" / "Markets" / "Safety at Sea" / "Vessels" / "Policy": a short line among five or more short lines
 * in a row is one label of a menu written one per line, though it is no label the page's boilerplate knows.
 */
export function inVerticalMenu(textAt: (k: number) => string | undefined, i: number): boolean {
  const label = (k: number) => {
    const text = textAt(k);
    return (
      text !== undefined &&
      wordCount(text) <= MENU_LABEL_WORDS &&
      !endsSentence(text) &&
      !isBylineOrStamp(text)
    );
  };
  let from = i;
  let to = i;
  if (!label(i)) {
    // ("Sport" / "Breakfast with Lenny Doherty" / "Podcasts": a programme's longer name among short labels,
    // two at least on each side.)
    const text = textAt(i);
    if (text === undefined || wordCount(text) > LONG_MENU_LABEL_WORDS || endsSentence(text)) return false;
    if (!label(i - 1) || !label(i - 2) || !label(i + 1) || !label(i + 2)) return false;
  }
  while (label(from - 1)) from--;
  while (label(to + 1)) to++;
  return to - from + 1 >= MIN_MENU_LINES;
}

/** Most words of a longer label a vertical menu holds among short ones. */
const LONG_MENU_LABEL_WORDS = 5;

/** How far below a masthead its menu may stand (under a tagline or two). */
const MENU_REACH = 3;

/**
 * Where the article's part of a page starts when the page opens with its masthead ("Portwise" /
 * "Analysis and commentary on shipping" / "Home  Analysis  About"): after the menu under it, so the tagline
 * is never the headline. 0 for any other page.
 */
function belowMasthead(lines: readonly PageLine[], outlet: string | undefined): number {
  const first = lines[0]?.text;
  if (first === undefined || !namesOnlyTheSite(first, outlet)) return 0;
  const text = (k: number) => lines[k]?.text;
  for (let i = 1; i <= MENU_REACH && i < lines.length; i++) {
    if (isMenuRow((lines[i] as PageLine).text)) return i + 1;
    // (A menu written one label per line: after its last label.)
    if (inVerticalMenu(text, i)) {
      let end = i;
      while (inVerticalMenu(text, end + 1)) end++;
      return end + 1;
    }
  }
  return 0;
}

/** "(transcript)", "[VIDEO]", "(updated)": a short label in brackets a title adds after the headline. */
const TRAILING_LABEL = /\s*[([][^()[\]]{1,20}[)\]]\s*$/u;
/**
 * A kind of piece labelling a title ("Analysis: …", "Opinion | …", "Explainer – …", "LIVE UPDATES: …"): the
 * page's section label, shown over the headline if at all, not part of it.
 */
const GENRE_LABEL =
  /^(?:analysis|opinion|comment|commentary|explainer|review|editorial|interview|exclusive|fact check|obituary|profile|live(?: updates| blog)?|breaking(?: news)?|(?:news|press|media) release)\s*[:|\u2013\u2014-]\s+/iu;

/** A badge in capitals before a headline on its line ("LIVE", "BREAKING NEWS", "WATCH"): one or two words. */
const BADGE = /^\p{Lu}{2,}(?: \p{Lu}{2,})?\s+(?=\p{Lu}\p{Ll})/u;

/** A wire service's version tag before a headline ("UPDATE 2-", "REFILE-", "CORRECTED-UPDATE 1-"). */
const WIRE_VERSION = /^(?:(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT|REPEAT)(?: \d+)?-)+(?=\S)/u;

/** The title as the page shows it when the two differ only in accents the title left out. */
function withAccentsShown(title: string, shown: string): string {
  return shown !== title && withoutAccents(shown) === title ? shown : title;
}

/** Fewest words of a visible headline the title only lengthens. */
const MIN_HEADLINE_PREFIX = 4;

/** Share of the title's words a visible headline must keep to be the same headline reworded. */
const SAME_HEADLINE = 0.75;
/**
 * The share for a visible headline directly over the article's byline or date stamp: an editor's own
 * wording of the story the title names ("Jury Finds X Guilty …" under the title "X Convicted Of …").
 */
const SAME_STORY = 0.4;

function sameHeadline(visible: string, title: string, share = SAME_HEADLINE): boolean {
  const words = (s: string) =>
    new Set(
      comparableLine(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== ''),
    );
  const mine = words(visible);
  const theirs = words(title);
  let kept = 0;
  for (const w of theirs) if (mine.has(w)) kept++;
  return theirs.size > 0 && kept >= share * theirs.size;
}

/**
 * "Brraaiins! How Zombies Overran Pop Culture" in title case (which `isHeadlineLike` leaves to mastheads and
 * menus), on the page's first line and again, alone on its line, right over the byline or date stamp: the
 * page's <title> shown as its headline.
 */
function repeatedAsHeadline(lines: readonly PageLine[], first: PageLine): boolean {
  const words = wordCount(first.text);
  if (words < 3 || words > 25 || !/\p{Lu}/u.test(first.text)) return false;
  const wanted = comparableLine(first.text);
  const start = lines.indexOf(first);
  return lines.some(
    (l, i) =>
      i > start &&
      comparableLine(l.text) === wanted &&
      lines.slice(i + 1, i + 3).some((next) => isBylineOrStamp(next.text)),
  );
}

/**
 * Finds the headline and where the article starts. `site` is the page's title line and where it stands, if
 * it has one; `outlet`
 * the outlet found so far (a first line that only names it is no headline).
 */
export function chooseHeadline(
  lines: readonly PageLine[],
  options: { site?: PlacedSiteTitle; outlet?: string },
): Headline {
  const { site } = options;
  const labels = menuLabels(lines);
  // Under a title line, the headline readers see is below it; under a masthead, below its menu.
  const body = articleHeadline(
    lines,
    options.outlet,
    site ? site.at + 1 : belowMasthead(lines, options.outlet),
    labels,
  );
  if (site) {
    const wanted = comparableLine(site.headline);
    const at = lines.findIndex((l, i) => i > site.at && comparableLine(l.text) === wanted);
    // ("Sgùrr Mòr repairs …" shown under the title "Sgurr Mor repairs …": the spelling with its accents.)
    if (at > 0) return { text: withAccentsShown(site.headline, (lines[at] as PageLine).text), at };
    // "Ep. 114: The postdoc who pulled the thread (transcript)" over a page headed without the label: what
    // the page shows.
    const unlabelled = comparableLine(site.headline.replace(TRAILING_LABEL, ''));
    const shown = lines.findIndex((l, i) => i > site.at && comparableLine(l.text) === unlabelled);
    if (unlabelled !== wanted && shown > 0) return { text: (lines[shown] as PageLine).text, at: shown };
    // "Analysis: Harrowgate’s ballpark fight …" over a page headed "ANALYSIS" then the headline alone.
    const ungenred = comparableLine(site.headline.replace(GENRE_LABEL, ''));
    const plain = lines.findIndex((l, i) => i > site.at && comparableLine(l.text) === ungenred);
    if (ungenred !== wanted && plain > 0) return { text: (lines[plain] as PageLine).text, at: plain };
    // The page shows the same headline worded a little differently from its <title> (which is often
    // written for search engines, "… live: …"): readers see the page's. The one over the byline may be
    // worded afresh.
    // "JOAO GOES AWOL" on a line of its own over "Pessanha skips …", the title "JOAO GOES AWOL: Pessanha
    // skips …": a kicker over the headline, which readers see with it.
    // "LIVE  Hallowmere by-election: …" under the title "Hallowmere by-election: …": a badge in capitals the
    // page shows before the headline, no part of it.
    // "UPDATE 2-Former chief tells trial …" under the title "Former chief tells trial …": likewise a wire
    // service's version tag.
    for (const tag of [BADGE, WIRE_VERSION]) {
      const found = body?.text ? tag.exec(body.text) : null;
      if (body?.text && found && comparableLine(body.text.slice(found[0].length)) === wanted)
        return { text: site.headline, at: body.at };
    }
    // (Not a topic's label in title case over the headline, "Hurricane Teodora" over "Keys mayor and …",
    // which the title puts first as a series tag: readers see the headline alone.)
    const kicker = body ? lines[body.at - 1] : undefined;
    if (
      body?.text &&
      kicker &&
      !/\p{Ll}/u.test(kicker.text) &&
      comparableLine(`${kicker.text}: ${body.text}`) === wanted
    )
      return { text: site.headline, at: body.at };
    // "Smith and Davidson banned for a year" under the title "Smith and Davidson banned for a year … over
    // Hamilton ball-tampering": the title is the headline lengthened for search engines; readers see the page's.
    if (
      body?.text &&
      wordCount(body.text) >= MIN_HEADLINE_PREFIX &&
      wanted.startsWith(comparableLine(body.text))
    )
      return { text: body.text, at: body.at };
    const share = body?.stamped ? SAME_STORY : SAME_HEADLINE;
    if (body?.text && sameHeadline(body.text, site.headline, share)) return { text: body.text, at: body.at };
    return { text: site.headline, at: body?.at ?? 0 };
  }
  // The page's first line (after furniture) is its title when it reads like one: scraped pages start with
  // the <title>, extracted articles with the headline. A short one may end in a period ("Here's why.").
  // (Not a section's label the menu row holds too, "Horn of Africa" over the headline.)
  const firstAt = lines.findIndex((l, i) => !l.furniture && !inVerticalMenu((k) => lines[k]?.text, i));
  const first = lines[firstAt];
  // ("Cup 2026: Final standings | Tarrano champions" right over "Live: Kestria name interim coach": a
  // promotion over a live page's labelled headline, not the page's title.)
  const overLabelled = body?.text !== undefined && body.at === firstAt + 1 && isLabelledHeadline(body.text);
  if (
    first &&
    !overLabelled &&
    // (Not a weather or travel ticker, "Vaalrand 24°C Partly cloudy | Port Elwyn 21°C Windy".)
    !isTicker(first.text) &&
    !tickerLabel(first.text) &&
    !promotesTheSite(first.text, lines[0]?.text) &&
    !labels.has(first.text.trim().toLowerCase()) &&
    !promotesSection(first.text, lines, labels) &&
    (isHeadlineLike(first.text) || repeatedAsHeadline(lines, first)) &&
    (!endsSentence(first.text) || wordCount(first.text) <= SHORT_HEADLINE_WORDS) &&
    !namesOnlyTheSite(first.text, options.outlet)
  )
    return { text: first.text, at: body?.at ?? lines.indexOf(first) };
  if (body) return body;
  const any = lines.findIndex((l) => !l.furniture && isHeadlineLike(l.text) && !endsSentence(l.text));
  return any >= 0 ? { text: (lines[any] as PageLine).text, at: any } : { at: 0 };
}
