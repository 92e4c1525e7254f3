/**
 * The outlet a scraped page names, as a reader says it: "The Telegraph", not "Copyright of Telegraph Media
 * Group Limited"; "CNN", not "CNN.com" or "Cable News Network". Candidates come from the page's title line,
 * a "Source:" line, the copyright line, a byline, an author bio, a wire dateline and "originally published
 * on …"; legal suffixes are dropped, and the spelling is the fullest one the page itself uses.
 */
import { comparable, escapeRegExp, wordCount } from '../../text/normalize.ts';
import { withoutDateline } from '../dateline.ts';
import { inVerticalMenu, isMenuRow, isPageControl, TAGLINE_SEPARATOR } from './headline.ts';

/**
 * A capitalised word, an initialism ("U.S.") or a place name's abbreviation before its next word ("St.
 * Boniface"); any other period before a space ends the name.
 */
const NAME_WORD =
  "(?:(?:\\p{Lu}\\.){2,}|(?:St|Ste|Mt|Ft)\\.(?= \\p{Lu})|[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N}'\u2019&-]|\\.(?=\\p{L}))*)";
/** A proper name: capitalised words, with "of", "and", "&" between them ("The Associated Press"). */
const PROPER_NAME = `${NAME_WORD}(?: (?:${NAME_WORD}|of|and|&))*`;

/** A company's legal forms ("Ltd", "Inc.", "GmbH"). */
const COMPANY_FORMS =
  'ltd|limited|llc|l\\.l\\.c|inc|incorporated|plc|l\\.p|lp|corp|corporation|s\\.a|s\\.l|b\\.v|n\\.v|s\\.p\\.a|s\\.r\\.l|gmbh|ag|pty|pvt|dac|clg';
/**
 * Legal forms written in capitals or a fixed case, which in any case would be words ("AS", "AB", "Oy"):
 * Nordic, Dutch, Central European and Asian companies ("Vestfjord Lokalradio AS", "Sanoma Oyj").
 */
const CASED_COMPANY_FORMS =
  'AS|ASA|A/S|ApS|AB|Oy|Oyj|hf|ehf|SA|SAS|SARL|SpA|BV|NV|Kft|Zrt|s\\.r\\.o|a\\.s|d\\.o\\.o|sp\\. z o\\.o|Sdn Bhd|Bhd|Pte|K\\.K|A\\.Ş|Ltd\\. Şti';
const CASED_LEGAL_SUFFIX = new RegExp(`[\\s,]+(?:${CASED_COMPANY_FORMS})\\.?$`, 'u');
/** Words of a company's legal name that readers never say ("Ltd", "Media Group", "Holdings"). */
const LEGAL_SUFFIX = new RegExp(
  // (Turkish owners too: "… Gazetecilik ve Yayıncılık A.Ş.", journalism and publishing.)
  `[\\s,]+(?:${COMPANY_FORMS}|co|company|group|media|publications|publishing|holdings|digital|network|enterprises|newspapers?|trust|foundation|society|community interest|cooperative|co-operative|and|&|gazetecilik|yayıncılık|yayincilik|ve)\\.?$`,
  'i',
);
/** A company's legal form alone, which a site's own title may carry after its name. */
const COMPANY_FORM = new RegExp(`[\\s,]+(?:${COMPANY_FORMS})\\.?$`, 'i');
const RIGHTS = /[.,]?\s*(?:all|some) rights reserved.*$/i;
/** A place in brackets before a company's legal form ("Standard Media House (Kesora) Plc"). */
const PLACE_BEFORE_FORM = new RegExp(`\\s*\\([^()]{1,30}\\)(?=\\s+(?:${COMPANY_FORMS})\\b)`, 'i');
/** Words an initialism skips ("The Associated Press" is "AP"). */
const MINOR_WORDS = new Set(['the', 'of', 'and', '&', 'for']);
const DOMAIN_SUFFIX = /\.(?:com|co\.uk|org|net|co|news|tv|info|io|uk|us|ca|au|in|ie)$/i;

export type OutletSource =
  | 'site'
  | 'source-line'
  | 'opening-masthead'
  | 'copyright'
  | 'masthead'
  | 'byline'
  | 'bio'
  | 'dateline'
  | 'published-on'
  | 'legal-owner'
  | 'site-control';

export interface OutletCandidate {
  name: string;
  source: OutletSource;
}

/** A name without legal suffixes and trailing punctuation ("Bloomberg L.P." → "Bloomberg"). */
export function withoutLegalSuffix(raw: string): { name: string; legal: boolean } {
  let name = raw.replace(RIGHTS, '').trim();
  let legal = false;
  for (let prev = ''; prev !== name; ) {
    prev = name;
    name = name
      .replace(LEGAL_SUFFIX, () => {
        legal = true;
        return '';
      })
      .replace(CASED_LEGAL_SUFFIX, () => {
        legal = true;
        return '';
      })
      .replace(/\s+\d{4}$/, '')
      .replace(/[\s,.;:'\u2019-]+$/u, '')
      .trim();
  }
  return { name, legal };
}

/** Whether an outlet's name is a domain ("CNN.com"). */
export function isDomainName(name: string): boolean {
  return DOMAIN_SUFFIX.test(name);
}

/** The identity of an outlet name: case, "The", a domain suffix, spaces and hyphens aside. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(DOMAIN_SUFFIX, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const proper = new RegExp(`^(${PROPER_NAME})`, 'u');

/** The proper name at the start of a text, cut before "of", "and" or "&" that end it. */
function leadingName(text: string): string | undefined {
  const name = proper.exec(text.trim())?.[1]?.replace(/(?: (?:of|and|&))+$|['\u2019.-]+$/u, '');
  return name && wordCount(name) <= 6 ? name : undefined;
}

const COPYRIGHT_MARK = /(?:\u00A9|\([Cc]\)|\bcopyright\b)/i;
/** A page's clock printed whole into its copyright line ("© 1996-Thu Dec 15 06:14:35 EST 2016 …"): its year. */
const PRINTED_CLOCK =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \p{Lu}\p{Ll}{2} \d{1,2} \d{2}:\d{2}:\d{2} \p{Lu}{2,5} (\d{4})\b/u;

/**
 * The name in a copyright line: "© 2016 The Associated Press.", "© Copyright of Telegraph Media Group
 * Limited 2015", "Copyright © The Press-Enterprise.". A brand before the mark ("Vanity Fair © Condé Nast")
 * is the outlet; the owner after it is only its legal owner.
 */
function copyrightName(written: string): OutletCandidate | undefined {
  if (written.length > 300) return undefined;
  const line = written.replace(PRINTED_CLOCK, '$1');
  const mark = COPYRIGHT_MARK.exec(line);
  if (!mark) return undefined;
  const before = line.slice(0, mark.index).trim();
  // "All Rights Reserved © 2020": the notice, not a name.
  const brand =
    before !== '' && wordCount(before) <= 5 && !RIGHTS.test(before) ? leadingName(before) : undefined;
  if (brand && brand === before) return { name: brand, source: 'copyright' };
  if (mark.index > 0 && before !== '') return undefined;
  const after = line
    .slice(mark.index)
    .replace(RIGHTS, '')
    .replace(/^(?:\s*(?:\u00A9|\([Cc]\)|copyright\b|of\b|\d{4}(?:\s*[-\u2013]\s*\d{4})?,?))+\s*/i, '')
    // "© Provided by The Guardian": a syndicated article credits its publisher.
    .replace(/^(?:provided|supplied|courtesy)\s+(?:by|of)\s+/i, '')
    // "Standard Media House (Kesora) Plc": where a company is registered, before its legal form.
    .replace(PLACE_BEFORE_FORM, '');
  const found = leadingName(after);
  if (!found || /^copyright$/i.test(found)) return undefined;
  const { name, legal } = withoutLegalSuffix(found);
  if (name === '') return undefined;
  return { name, source: legal ? 'legal-owner' : 'copyright' };
}

/** "By Jane Doe and Sam Lee, CNN", "By Jane Doe | The Columbia Courier". */
const BYLINE = new RegExp(`^By [^,|]{2,80}(?:,| \\|) (${PROPER_NAME})$`, 'u');
/** An author bio's employer: "… is a correspondent for the Harbor Times", "… a staff writer at The Monthly". */
const BIO_EMPLOYER = new RegExp(`\\b(?:for|at|with) (?:the )?(${PROPER_NAME})`, 'u');
/** A wire dateline: "SEOUL, South Korea (AP) —", "ISTANBUL, Aug 10 (Reuters) -", "New York (CNN) —". */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'-]*(?: (?:\\p{Lu}[\\p{L}.'-]*|de|del|da|do|of|la|le|el)){0,3}(?:,[^()]{1,40})? \\((${PROPER_NAME})\\) ?[-\u2013\u2014]`,
  'u',
);
/** "CNNMoney (New York) First published November 29, 2016": the outlet, its bureau, then the stamp. */
const BUREAU_STAMP = new RegExp(
  `^(${PROPER_NAME}) \\(\\p{Lu}[\\p{L} .,'-]{1,40}\\) (?:[Ff]irst published|[Pp]ublished|[Uu]pdated)\\b`,
  'u',
);
/** "Originally published on Live Science.", "This article was first published by The Conversation." */
const PUBLISHED_ON = new RegExp(`\\b(?:[Oo]riginally|[Ff]irst) published (?:on|in|by) (${PROPER_NAME})`, 'u');
const SOURCE_LINE = /^source:\s*([^,;]+)/i;
/**
 * "More from Space.com", "SUBSCRIBE TO SPACE.COM", "Log in with your Medical News Today account": the page's
 * controls naming its own site. The last resort, for a page that names its outlet nowhere else.
 */
const SITE_CONTROL_LEAD =
  /^(?:more (?:from|on)|subscribe to|welcome to|get the most out of|sign up for(?: a)?(?: free)?|log in (?:to|with) your)\s+(?:the\s+)?/i;
/** The site's name after such a lead: capitalised words (or capitals, "SPACE.COM"), then the line's end or "account". */
const SITE_CONTROL_NAME =
  /^((?:\p{Lu}|\p{N})[\p{L}\p{N}.&'\u2019-]*(?:\s+(?:\p{Lu}|\p{N})[\p{L}\p{N}.&'\u2019-]*){0,3})(?=\s+(?:account|newsletter)\b|[.!:](?:\s|$)|$)/u;

/** "Business Reporter", "Transport correspondent": what a byline gives after the comma may be the writer's job. */
const JOURNALIST_ROLE =
  /^(?:head|chief|senior|deputy|associate|managing|executive|assistant)\b|\b(?:reporter|correspondent|editor|writer|columnist|contributor|producer|journalist|critic|analyst|staff|desk|bureau chief)$/i;

function bylineOutlet(line: string): string | undefined {
  const name = matched(BYLINE, line);
  return name && !JOURNALIST_ROLE.test(name) ? name : undefined;
}

/** Words that make a name a publication's ("Seldon Gazette", "Harbour Times"), not a section's or a place's. */
const PUBLICATION_WORD =
  /\b(?:gazette|times|news|post|herald|tribune|journal|chronicle|observer|courier|daily|weekly|express|mail|mirror|standard|press|telegraph|guardian|independent|record|echo|sentinel|star|sun|bulletin|dispatch|examiner|inquirer|register|reporter|today|wire|newswire|agency|(?:wire|news|press) service|radio|magazine|monthly)$/i;
/** A publication word that names a sister product of an outlet rather than the outlet ("CNN Radio"). */
const SISTER_PRODUCT = /\b(?:radio|magazine|weekly|monthly)$/i;

/** Ends in a publication word that is the outlet's own ("… News"), not a sister product's ("… Radio"). */
function endsAsOwnPublication(text: string): boolean {
  return PUBLICATION_WORD.test(text) && !SISTER_PRODUCT.test(text);
}
/** How far down the page a masthead may stand: above the headline, among the menu lines. */
const MASTHEAD_LINES = 12;

/**
 * A line near the top that is only a publication's name ("Seldon Gazette"): the masthead. A line in capitals
 * is a section label ("STRANGE NEWS") or a logo's text: it counts only as the page writes it elsewhere.
 */
/** Most words of an item of a menu printed one item per line ("Politics" / "U.S. News" / "Local"). */
const MENU_ITEM_WORDS = 2;

/** Whether the lines on both sides of line `i` are short menu items: it is one of them, no masthead. */
function inMenuColumn(lines: readonly string[], i: number): boolean {
  const item = (line: string | undefined) =>
    line !== undefined && wordCount(line) <= MENU_ITEM_WORDS && !/[.!?]$/.test(line);
  return i > 0 && item(lines[i - 1]) && item(lines[i + 1]);
}

/**
 * "Home" / "News" / "Tides & Fishing" / "Church Times" / "Sport": a label inside a menu written one label per
 * line (not its first line, which may be the masthead over it), however much it looks like a paper's name.
 */
function withinLongMenu(lines: readonly string[], i: number): boolean {
  const at = (k: number) => lines[k];
  return i > 0 && inVerticalMenu(at, i - 1) && inVerticalMenu(at, i);
}

/** Words of a site's section headings ("Local News", "World", "Breaking News"): no publication's name. */
const SECTION_WORDS = new Set(
  (
    'local national world international breaking latest top news business sports sport politics opinion ' +
    'entertainment lifestyle health science tech technology weather crime education travel culture arts ' +
    'metro region regional state city us uk u.s. home'
  ).split(' '),
);

/** A line made only of section words ("Local News"), as a section heading is. */
function isSectionName(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|/&,]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w));
}

function mastheads(lines: readonly string[]): string[] {
  const found: string[] = [];
  const top = lines.slice(0, MASTHEAD_LINES);
  for (const [i, l] of top.entries()) {
    const tagged = taggedMasthead(l, lines);
    if (tagged) found.push(tagged);
    if (wordCount(l) > 5 || isAccountControl(l) || inMenuColumn(top, i) || isSectionName(l)) continue;
    if (withinLongMenu(top, i)) continue;
    if (l === l.toUpperCase()) {
      const written = writtenElsewhere(l, lines);
      if (written) found.push(written);
      // ("THE KESORA STANDARD" opening the page, which calls itself "the Standard" in its text.)
      else if (i === 0 && wordCount(l) >= 2 && PUBLICATION_WORD.test(l)) found.push(casedAsWritten(l, lines));
    } else if (wordCount(l) >= 2 && PUBLICATION_WORD.test(l) && leadingName(l) === l) found.push(l);
    else if (leadingName(l) === l && namedAsPublication(l, lines)) found.push(l);
  }
  return found;
}

/**
 * "The Columbia Courier | Portland, Oregon", "Harbourline | News, weather and travel …": a name and a
 * tagline on a top line, when the page writes that name on another line that is no menu (a byline, a bio,
 * "told Harbourline"; one word, in a sentence). A section beside the site ("Sport | Olympics") is named
 * only in the menus.
 */
function taggedMasthead(line: string, lines: readonly string[]): string | undefined {
  const [head, ...rest] = line.split(TAGLINE_SEPARATOR);
  if (head === undefined || rest.length !== 1 || wordCount(head) > 4 || leadingName(head) !== head)
    return undefined;
  const named = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(head)}(?![\\p{L}\\p{N}])`, 'u');
  const single = wordCount(head) === 1;
  const elsewhere = lines.some(
    (l) =>
      l !== line &&
      l !== head &&
      named.test(l) &&
      !isMenuRow(l) &&
      (!single || (wordCount(l) >= PROSE_WORDS && /[.!?]$/.test(l))),
  );
  return elsewhere ? head : undefined;
}

/** Whether the lines write `caps`'s words, in that order, not all in capitals ("Hill Capital FM"). */
function writtenInLowerCase(caps: string, lines: readonly string[]): boolean {
  const words = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(caps)}(?![\\p{L}])`, 'iu');
  return lines.some((line) => {
    const at = words.exec(line);
    return at !== null && at[0] !== at[0].toUpperCase();
  });
}

/** A broadcaster's dial position closing its name: "98.4 FM", "1040", "96.4" (not a year: "Election 2026"). */
const DIAL = /^(.+?) (?:\d{2,3}\.\d(?: ?(?:FM|MHz))?|\d{2,4} ?(?:AM|FM|kHz)|(?!(?:19|20)\d{2}$)\d{3,4})$/;

/** "Radio Nalu 98.4 FM", "CHLH NewsTalk 1040": a station's name, which ends in where it is on the dial. */
function isStationName(text: string): boolean {
  const name = DIAL.exec(text)?.[1];
  return name !== undefined && leadingName(name) === name;
}

/** How many lines (taglines) may stand between an opening masthead and the menu under it. */
const MASTHEAD_TAGLINES = 2;

/** A link for screen readers opening a page ("Skip to main content", "Skip to navigation"). */
const SKIP_LINK = /^skip to\b/i;

/**
 * The name a page opens with, above its menu: "THE HARBOUR STANDARD" or "Tradewinds" / "Analysis and
 * commentary on global trade" / "Home   Analysis   About", "Sierra FM · The voice of the mountain". A site's
 * own name heads its page; the copyright line under the article often names only the company that owns it.
 * An initialism the tagline spells out is named in full ("TPS | Transatlantic Press Service").
 */
function openingMasthead(lines: readonly string[]): string | undefined {
  const first = lines[0];
  if (first === undefined || isMenuRow(first) || isAccountControl(first)) return undefined;
  const [head = '', ...rest] = first.split(TAGLINE_SEPARATOR);
  if (rest.length > 1 || wordCount(head) > 5 || !/\p{L}/u.test(head)) return undefined;
  const capitals = head === head.toUpperCase();
  // ("Owenbeg FM 96.4" over its tagline, "▶ Listen Live" and what is playing: a station's name needs no menu;
  // nor does a call sign, "KPHR 90.7", in capitals as call signs are.)
  if (isStationName(head) && (!capitals || CALL_SIGN.test(DIAL.exec(head)?.[1] ?? ''))) return head;
  // ("HILL CAPITAL FM 94.2" over its tagline, "Listen Live" and what is playing, on a page that writes
  // "Hill Capital FM" elsewhere: a station's name in capitals, as the page writes it.)
  const station = capitals && isStationName(head) ? (DIAL.exec(head)?.[1] as string) : undefined;
  if (station !== undefined && writtenInLowerCase(station, lines.slice(1)))
    return casedAsWritten(head, lines);
  if (!capitals && leadingName(head) !== head) return undefined;
  // ("Allied Press Syndicate" / "APS" / "Top News" …: the name's initials under it belong to the masthead.)
  const initials = lines[1] !== undefined && initialsOf(head) === lines[1].trim() && head.includes(' ');
  const start = initials ? 2 : 1;
  const below = lines.slice(start, start + 1 + MASTHEAD_TAGLINES);
  // (Or a menu written one label per line under it: "HYDRO REVIEW" / "Dams" / "Hydropower" / …, maybe
  // after a tagline: "DeltaNews 24" / "Delta Omroep | English service" / "Watch live" / "Listen" / ….)
  const menu = below.findIndex(
    (l, j) => isMenuRow(l) || isAccountControl(l) || inVerticalMenu((k) => lines[k], start + j),
  );
  if (menu < 0) return undefined;
  const name = capitals ? casedAsWritten(head, lines) : head;
  // ("SBN" / "SBN Sport" / "Home" / "News" …: the desk's name, though the menu's column takes it in.)
  const desk = rest[0] ?? below[0];
  if (desk !== undefined && isSubBrand(desk, name, lines)) return desk;
  const tagline = rest[0] ?? (menu > 0 ? below[0] : undefined);
  return tagline !== undefined && initialsOf(tagline) === name && leadingName(tagline) === tagline
    ? tagline
    : name;
}

/** Most words a sub-brand adds to its masthead's name ("SBN" / "SBN Sport"). */
const SUB_BRAND_WORDS = 2;

/**
 * "SBN" / "SBN Sport": a line under the masthead that is its name and a word or two more, which the page
 * names as who it is ("told SBN Sport"), is the desk the page is published by.
 */
function isSubBrand(line: string, name: string, lines: readonly string[]): boolean {
  if (!line.startsWith(`${name} `) || leadingName(line) !== line) return false;
  const added = wordCount(line) - wordCount(name);
  return added >= 1 && added <= SUB_BRAND_WORDS && namedAsPublication(line, lines);
}

/**
 * A name in capitals as the page writes its words elsewhere ("THE HARBOUR STANDARD" → "The Harbour
 * Standard"): each word as the page most often capitalises it; a short word the page only writes in capitals
 * is an initialism ("LBN NEWS" → "LBN News"), one it also writes in lower case a word.
 */
function casedAsWritten(caps: string, lines: readonly string[]): string {
  // Words are matched without case or accents: capitals may drop what a letter carries ("KUZEY POSTASI" is
  // the page's "Kuzey Postası", whose dotless i no lower-casing of "I" gives back).
  const spellings = new Map<string, Map<string, number>>();
  for (const w of caps.split(' ')) spellings.set(comparable(w), new Map());
  // (A short word the page also writes in lower case is a word, not an initialism: "TRANSNORDIC NEWS
  // AGENCY" on a page that says "news" is "Transnordic News Agency".)
  const lowerCase = new Set<string>();
  for (const line of lines)
    for (const token of line.split(/[^\p{L}\p{N}'\u2019&-]+/u)) {
      const key = comparable(token);
      const forms = spellings.get(key);
      if (forms && /^\p{Lu}/u.test(token) && token !== token.toUpperCase())
        forms.set(token, (forms.get(token) ?? 0) + 1);
      else if (forms && /^\p{Ll}+$/u.test(token)) lowerCase.add(key);
    }
  return caps
    .split(' ')
    .map((w) => {
      const forms = [...(spellings.get(comparable(w)) ?? new Map<string, number>())];
      forms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      // ("ST. BONIFACE JOURNAL": the word's period is the name's, though the page's words are read without it.)
      const best = forms[0]?.[0];
      if (best !== undefined) return best + (/[.]$/.test(w) ? '.' : '');
      return w.length <= 4 && !lowerCase.has(comparable(w)) ? w : w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/** The capitals of a name's words, minor words aside ("Transatlantic Press Service" → "TPS"). */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether initials stand for a name: its words' initials ("CPW", Consolidated Press Wire), or letters of
 * it in order that take in every word's initial ("TEW", TransEuropa Wire).
 */
function abbreviates(initials: string, name: string): boolean {
  if (initialsOf(name) === initials) return true;
  const words = name
    .split(/\s+/)
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w.toUpperCase());
  // Letters k.. of the initials spelled by words j..: each word gives its initial, then maybe more of its letters.
  const spells = (j: number, k: number): boolean => {
    if (j === words.length) return k === initials.length;
    const word = words[j] as string;
    if (word[0] !== initials[k]) return false;
    if (spells(j + 1, k + 1)) return true;
    let next = k + 1;
    for (let i = 1; i < word.length && next < initials.length; i++)
      if (word[i] === initials[next] && spells(j + 1, ++next)) return true;
    return false;
  };
  return words.length > 0 && spells(0, 0);
}

/** Words of the page's account controls: "Sign In   Register", "Log in | My account". */
const ACCOUNT_WORDS = new Set([
  'sign',
  'in',
  'up',
  'out',
  'log',
  'login',
  'register',
  'subscribe',
  'my',
  'account',
]);

function isAccountControl(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ACCOUNT_WORDS.has(w));
}

/**
 * Whether the page names this as its publisher elsewhere: "seen by The Meridian", "told NewsLine 24",
 * "Photo: NewsLine 24", "Support The Meridian", "The Meridian's correspondent", "Thanks for reading
 * Bytecask!", or prints it twice on its own near the top. A section name in the menu ("Latin America") is
 * not written so.
 */
function namedAsPublication(name: string, lines: readonly string[]): boolean {
  const n = escapeRegExp(name);
  const agent = new RegExp(
    `(?:\\b(?:told|seen by|obtained by|according to|support|cookies on|about|contact|sign up to|subscribe to|thanks for reading|welcome to)|(?:photograph|photo|image|picture)s?:[^.]*?[/:]?)\\s*${n}(?![\\p{L}\\p{N}])|^${n}['\u2019]s (?:[\\p{Ll}-]+ ){0,3}(?:correspondent|reporter|editor|writer)\\b|\\b${n}['\u2019]s (?:[\\p{Ll}-]+ ){0,3}(?:correspondent|reporter|editor|writer)\\b|\\b(?:is|was) an? (?:[\\p{Ll}-]+ ){0,2}${n} (?:contributor|columnist|correspondent|reporter|editor|writer)\\b`,
    'iu',
  );
  let named = 0;
  for (const line of lines) if (line !== name && agent.test(line)) named++;
  // "Mashable, Inc." on a line of its own: the company that publishes the page, under the masthead's name.
  for (const line of lines)
    if (line.startsWith(name) && line.length <= name.length + 20) {
      const company = withoutLegalSuffix(line);
      if (company.legal && company.name === name) named++;
    }
  // A newsletter's name printed again on a line of its own near the top (its logo, then its header).
  if (lines.slice(0, MASTHEAD_LINES * 2).filter((l) => l === name).length >= 2) named++;
  return named >= PUBLICATION_NAMINGS;
}
/** How many times the page must name a top line as its publisher for it to be the masthead. */
const PUBLICATION_NAMINGS = 2;

/** A line of this many words that ends like a sentence is running text, not a menu or a label. */
const PROSE_WORDS = 8;

/**
 * A logo's capitals ("DAILY BEACON") as the page writes the name elsewhere ("the Daily Beacon", "Helix is
 * published by …"), or undefined: a section label in capitals ("STRANGE NEWS") is not written so.
 */
function writtenElsewhere(caps: string, lines: readonly string[]): string | undefined {
  if (!/^\p{Lu}[\p{Lu}\p{N}'’&-]*(?: [\p{Lu}\p{N}'’&-]+){0,3}$/u.test(caps) || caps.length < 3)
    return undefined;
  const titled = caps
    .toLowerCase()
    .replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const written = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(titled)}(?![\\p{L}])`, 'u');
  // One word in capitals is often a section ("WORLD"): its name must be written in a sentence.
  const single = !caps.includes(' ');
  return lines.some(
    (line) =>
      line !== caps &&
      written.test(line) &&
      (!single || (wordCount(line) >= PROSE_WORDS && /[.!?]$/.test(line))),
  )
    ? titled
    : undefined;
}

function matched(re: RegExp, line: string): string | undefined {
  const name = re.exec(line)?.[1];
  return name === undefined ? undefined : leadingName(name);
}

export interface OutletOptions {
  /** The page's title line, if it carries a site name. */
  site?: string;
  /** Tells an author bio from other lines. */
  isBio: (line: string) => boolean;
}

/** Every outlet name the page gives, in order of trust. */
export function outletCandidates(lines: readonly string[], options: OutletOptions): OutletCandidate[] {
  const found: OutletCandidate[] = [];
  // A site's title names it as readers know it ("… - Tamarack Public Media"): only a legal form goes.
  if (options.site)
    found.push({ name: options.site.replace(COMPANY_FORM, '').trim() || options.site, source: 'site' });
  const each = (source: OutletSource, read: (line: string) => string | undefined) => {
    for (const line of lines) {
      const name = read(line);
      if (name) found.push({ name, source });
    }
  };
  // (Not under a quotation: "“…” ¶ Source: Russian Defense Ministry, October 25" names whose words they are.)
  lines.forEach((line, i) => {
    const name = matched(SOURCE_LINE, line);
    if (name && !/^["'\u201C\u2018]/u.test(lines[i - 1] ?? '')) found.push({ name, source: 'source-line' });
  });
  // ("Skip to main content" / "Meridian" / "World" …: a link for screen readers comes before the masthead,
  // a name alone on its line; not an appeal, "Support The Quayside", nor a section, "Sport | Athletics".)
  const skipped = lines.findIndex((l) => !SKIP_LINK.test(l));
  const afterSkip = lines[skipped] ?? '';
  const opening =
    skipped <= 0
      ? openingMasthead(lines)
      : leadingName(afterSkip) === afterSkip && !isSectionName(afterSkip) && !isPageControl(afterSkip)
        ? openingMasthead(lines.slice(skipped))
        : undefined;
  if (opening) found.push({ name: opening, source: 'opening-masthead' });
  for (const line of lines) {
    const c = copyrightName(line);
    if (c && !isBylinedAuthor(c.name, lines)) found.push(c);
  }
  for (const name of mastheads(lines)) found.push({ name, source: 'masthead' });
  each('byline', bylineOutlet);
  each('bio', (l) => (options.isBio(l) ? matched(BIO_EMPLOYER, l) : undefined));
  each('dateline', (l) => matched(DATELINE, l) ?? matched(BUREAU_STAMP, l));
  each('published-on', (l) => matched(PUBLISHED_ON, l));
  if (found.length === 0) {
    const named = siteControlName(lines);
    if (named) found.push({ name: named, source: 'site-control' });
  }
  const rank: OutletSource[] = [
    'site',
    'source-line',
    'opening-masthead',
    'copyright',
    'masthead',
    'byline',
    'bio',
    'dateline',
    'published-on',
    'legal-owner',
    'site-control',
  ];
  return found.sort((a, b) => rank.indexOf(a.source) - rank.indexOf(b.source));
}

/**
 * The site the page's controls name most often (`SITE_CONTROL_LEAD`), twice at least, spelled as most often
 * written in mixed case ("Space.com" over "SPACE.COM"); undefined when none is.
 */
function siteControlName(lines: readonly string[]): string | undefined {
  const counts = new Map<string, { n: number; spellings: Map<string, number> }>();
  for (const line of lines) {
    const text = line.trim();
    const lead = SITE_CONTROL_LEAD.exec(text);
    const name = lead ? SITE_CONTROL_NAME.exec(text.slice(lead[0].length))?.[1] : undefined;
    if (name === undefined) continue;
    const key = outletKey(name);
    const entry = counts.get(key) ?? { n: 0, spellings: new Map<string, number>() };
    entry.n++;
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + (name === name.toUpperCase() ? 0 : 1));
    counts.set(key, entry);
  }
  const [best] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (best === undefined || best.n < SITE_CONTROL_NAMINGS) return undefined;
  return [...best.spellings].sort((a, b) => b[1] - a[1])[0]?.[0];
}
/** How many of the page's controls must name a site. */
const SITE_CONTROL_NAMINGS = 2;

/** A date stamp's line: a month's name or a numeric date, with a year ("Jun 11, 2025", "11/06/2025"). */
const STAMP_LINE = /\b(?:19|20)\d{2}\b/;

/**
 * "© 2025 Juniper Abelson" on a newsletter whose byline is "Juniper Abelson" above the date: the copyright
 * is the writer's, and the outlet is the newsletter's own name.
 */
function isBylinedAuthor(name: string, lines: readonly string[]): boolean {
  // (No writer's name opens with "The": "The Guardian" over the date on a syndicating site is the publisher.)
  if (/^the\s/i.test(name)) return false;
  return lines.some(
    (line, i) =>
      (line === name || line === `By ${name}`) &&
      STAMP_LINE.test(lines.slice(i + 1, i + 3).find((l) => l.trim() !== '') ?? ''),
  );
}

/**
 * The spelling readers see: the fullest candidate of the same outlet ("The Press-Enterprise" over "Press
 * Enterprise"); a domain without its suffix where the page names the bare brand on its own ("CNN.com" →
 * "CNN" after "(CNN) —"); the masthead's full name ending in it ("Bloomberg Businessweek"); "The" where the
 * page writes "The Telegraph".
 */
function displayName(chosen: string, all: readonly OutletCandidate[], lines: readonly string[]): string {
  const key = outletKey(chosen);
  const same = all.filter((c) => outletKey(c.name) === key && !DOMAIN_SUFFIX.test(c.name));
  let name = chosen;
  for (const c of same) if (c.name.length > name.length) name = c.name;
  // "CPW Consolidated Press Wire": a masthead giving the initials and the name they stand for is the name.
  const initialled = /^(\p{Lu}{2,6}) (\p{Lu}.+)$/u.exec(name);
  if (initialled && abbreviates(initialled[1] as string, initialled[2] as string))
    name = initialled[2] as string;
  // "TheHill", "FoxNews.com": a name run together that the page also writes apart ("The Hill's request for
  // comment", "Fox News' correspondent").
  const joined = name.replace(DOMAIN_SUFFIX, '');
  const apart = joined.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})|^(The)(?=\p{Lu})/gu, '$1$2 ');
  if (apart !== joined && !joined.includes(' ') && lines.some((l) => l.includes(apart))) name = apart;
  const attested = (brand: string) =>
    lines.some(
      (l) => l === brand || l.includes(`(${brand})`) || new RegExp(`^By .*, ${escapeRegExp(brand)}$`).test(l),
    );
  // "CNN Politics": a section's site under the brand the page's byline, dateline or a line of its own names.
  const section = SECTION_SITE.exec(name)?.[1];
  if (section !== undefined && attested(section)) name = section;
  if (DOMAIN_SUFFIX.test(name) || CAMEL_BRAND.test(name)) {
    const bare = name.replace(DOMAIN_SUFFIX, '');
    // "CNNPolitics.com": a section's site under the brand the page's byline or dateline names ("CNN").
    const brand = CAMEL_BRAND.exec(bare)?.[1];
    if (attested(bare)) name = bare;
    else if (brand !== undefined && attested(brand)) name = brand;
  }
  name = expandedPlace(name, lines) ?? name;
  const top = lines.slice(0, Math.max(20, Math.ceil(lines.length / 4)));
  const spelled = spelledOut(name, top) ?? publicationOfInitials(name, lines);
  if (spelled) return spelled;
  // ("The Chronicle" in the title line, "The Cormorant Harbour Chronicle" a line of its own: the fuller.)
  const core = name.replace(/^The (?=\p{Lu})/u, '');
  const ending = new RegExp(
    `^(?:${core === name ? '' : 'The '})(?:\\p{Lu}[\\p{L}'\u2019.&-]* ){1,3}${escapeRegExp(core)}$`,
    'u',
  );
  // (Not the name's own initials before it: "CPW Consolidated Press Wire" is Consolidated Press Wire.)
  const initials = `${initialsOf(name)} ${name}`;
  // (Not a byline: "By The New York Times".)
  const masthead = top.find(
    (l) =>
      ending.test(l) &&
      l !== initials &&
      !INTERFACE_VERB.test(l) &&
      !MENU_HEADING.test(l) &&
      !/^By\s/.test(l),
  );
  if (masthead) name = masthead;
  else {
    // "Yahoo" over a line of its own "Yahoo News": the publication's full name (not a sister product's,
    // "… Radio", "… Magazine").
    // ("MERIDIAN" over "Meridian Wire Service": up to three words.)
    const named = new RegExp(`^${escapeRegExp(name)}(?: \\p{Lu}\\p{Ll}+){1,3}$`, 'u');
    const fuller = top.find((l) => named.test(l) && endsAsOwnPublication(l));
    if (fuller) name = fuller;
  }
  // "told The Associated Press": a capital "The" inside a line is part of the name. A lower-case one ("told
  // the BBC", "for the Financial Times") is grammar, and so is a capital one opening a sentence.
  // "The Meridian Trust Principles" names something else of the outlet's: the name must end there.
  const withThe = new RegExp(
    `(?:\\p{Ll}[,;:]?|[\\d\u2014\u2013-]) The ${escapeRegExp(name)}\\b(?! \\p{Lu})`,
    'u',
  );
  // ("PORT ALDOUS, WESC. - The Wescona Department … today issued": after a dateline's dash, a sentence opens.)
  if (!/^the\s/i.test(name) && lines.some((l) => withThe.test(withoutDateline(l)))) name = `The ${name}`;
  // A masthead in capitals with its "THE" ("THE DAILY CLARION" above a title line's "… | Daily Clarion").
  const capitalsWithThe = `THE ${name.toUpperCase()}`;
  if (!/^the\s/i.test(name) && top.some((l) => l === capitalsWithThe)) name = `The ${name}`;
  return name;
}

/**
 * A brand and the section of its site ("CNN Politics", "Harbour Times Opinion", a company's "Westmark
 * Electric Newsroom"): the brand. Not sport, business or money: "BBC Sport", "Fox Business" are outlets of
 * their own.
 */
const SECTION_SITE =
  /^(.+?) (?:Politics|Health|Travel|Style|Opinion|Entertainment|World|Tech|Technology|Science|Weather|Lifestyle|Culture|Newsroom|Press Room|Media Centre|Media Center)$/;

/** The brand a run-together site name opens with: "CNN" of "CNNPolitics", "Fox" of "FoxBusiness". */
const CAMEL_BRAND = /^(\p{Lu}{2,}|\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/u;

/**
 * "LA Times", "NY Daily News": a name that opens with a place's initials, as the page writes it in full
 * somewhere ("Photo: … / Los Angeles Times", "a New York Daily News reporter"). Only the capitalised words
 * those initials stand for, directly before the rest of the name.
 */
function expandedPlace(name: string, lines: readonly string[]): string | undefined {
  const m = /^(\p{Lu}{2,3}) (\p{Lu}.*)$/u.exec(name);
  if (!m) return undefined;
  const initials = m[1] as string;
  const words = [...initials].map((c) => `${c}\\p{Ll}+`).join(' ');
  const full = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words}) ${escapeRegExp(m[2] as string)}(?![\\p{L}\\p{N}])`,
    'u',
  );
  for (const line of lines) {
    const found = full.exec(line);
    if (found) return `${found[1]} ${m[2]}`;
  }
  return undefined;
}

/**
 * "CPA" under the masthead line "Continental Press Agency", "RAN News" where the masthead reads "RAN | Radio
 * Aubrin News" or "WAPA  Western Africa Press Agency": an initialism the page spells out on a line of its
 * own, just after the initialism's own line, or beside it on the masthead, is named in full. A copyright line that spells it ("©
 * Cable News Network") does not count: readers say "CNN".
 */
function spelledOut(name: string, top: readonly string[]): string | undefined {
  // "RAN News" where the page spells out "Radio Aubrin News": initials, maybe with the word they end in
  // ("OBR 98.3 FM" over "Ongpo Bay Radio": or with where the station is on the dial).
  const m = /^(\p{Lu}{2,6})(?: (\p{Lu}\p{Ll}+))?$/u.exec(DIAL.exec(name)?.[1] ?? name);
  if (!m) return undefined;
  const initials = m[1] as string;
  // ("CPA News" where the page spells out "Caledonian Press Association": the agency, whose news it is.)
  const spellsInitials = (text: string) => initialsOf(text) === initials && leadingName(text) === text;
  const spells = (text: string) =>
    spellsInitials(text) && (m[2] === undefined || text.endsWith(` ${m[2]}`) || AGENCY_WORD.test(text));
  // ("CPA NEWS", the masthead in capitals.)
  const isName = (line: string) => line.toUpperCase() === name.toUpperCase() || line === initials;
  // ("KVR 97.4" over "Kell Valley Radio", the byline's "KVR News": the initials alone on the masthead, maybe
  // with the dial, over what they stand for, whatever word the byline adds.)
  const initialsOnly = (line: string) => (DIAL.exec(line)?.[1] ?? line) === initials;
  for (let i = 0; i < top.length; i++) {
    const line = top[i] as string;
    // "RAN | Radio Aubrin News", "APN - Asia Pacific Newswire": a masthead and the tagline that spells it out.
    const [head, tagline, ...more] = line.split(INITIALS_SEPARATOR);
    if (tagline !== undefined && more.length === 0 && head === initials && spells(tagline)) return tagline;
    // "WAPA  Western Africa Press Agency": the masthead's initials and, beside them, what they stand for.
    if (line.startsWith(`${initials} `) && spells(line.slice(initials.length + 1)))
      return line.slice(initials.length + 1);
    if (!isName(line) && !initialsOnly(line)) continue;
    const next = top[i + 1];
    if (next === undefined) continue;
    if (spells(next) || (initialsOnly(line) && spellsInitials(next))) return next;
  }
  return undefined;
}

/** Between a masthead's initials and what they stand for: a bar, a dash or a bullet ("APN - Asia Pacific Newswire"). */
const INITIALS_SEPARATOR = /\s+[|\u2014\u2013\u00B7\u2022-]\s+/;
/** The last word of an agency's name, complete without the product word after its initials ("CPA News"). */
const AGENCY_WORD = /\s(?:Agency|Association|Newswire|Wire|Press|Syndicate)$/;

/**
 * "NYP" (from "© NYP Holdings, Inc.") on a page with a line of its own "New York Post": initials that a
 * publication's name on a line of its own anywhere on the page stands for.
 */
function publicationOfInitials(name: string, lines: readonly string[]): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return undefined;
  return lines.find(
    (l) => initialsOf(l) === name && endsAsOwnPublication(l) && leadingName(l) === l && wordCount(l) <= 5,
  );
}

/** "All About NPR", "More From The Herald": a menu's heading that ends in the outlet's name. */
const MENU_HEADING = /^(?:all|more|best|latest|top|inside)\s/i;

/** "Search AeroBrief", "Subscribe to The Harbour Times": a control of the page that names the outlet. */
const INTERFACE_VERB =
  /^(?:search|subscribe|follow|download|support|join|visit|contact|about|read|listen to|watch)\b/i;

/** The outlet a page names, or undefined when it names none. */
export function inferOutlet(lines: readonly string[], options: OutletOptions): string | undefined {
  const candidates = outletCandidates(lines, options);
  const first =
    unsupportedSite(candidates, lines) ??
    agencyOfSite(candidates) ??
    siteWithoutPlace(candidates, lines) ??
    candidates[0];
  if (!first) return undefined;
  // A page naming only the company in its copyright line: that company's publication, as the page's own
  // links name it.
  const brand =
    first.source === 'legal-owner'
      ? (ownersPublication(first.name, lines) ?? creditedPublication(lines))
      : first.source === 'copyright'
        ? ownBrandPublication(first.name, candidates)
        : undefined;
  return withoutEdition(brand ?? displayName(first.name, candidates, lines), lines);
}

/**
 * "… - Northgate News" over a wire's "TARNBURY, Oct 21 (Northgate) -": the agency is named as its own
 * dateline names it, without the site's "News" (an agency's initials, "(AP)", are left to the rest), unless
 * the page's masthead gives the site's name.
 */
function agencyOfSite(candidates: readonly OutletCandidate[]): OutletCandidate | undefined {
  const site = candidates[0];
  if (site?.source !== 'site' || !/ News$/.test(site.name)) return undefined;
  const agency = site.name.slice(0, -' News'.length);
  if (agency === agency.toUpperCase()) return undefined;
  // ("ORBIS NEWS" heading the page says the site's name is the outlet's.)
  if (candidates.some((c) => c.source.endsWith('masthead') && c.name === site.name)) return undefined;
  return candidates.find((c) => c.source === 'dateline' && c.name === agency);
}

/** "… US", "… UK": the country of a site's edition after the outlet's name. */
const REGION_EDITION = /^(?:US|UK|EU|AU|NZ)$/;

/** Sources where a page prints its own name: its masthead, or a staff byline ("By …, WAFT 7 News"). */
const OWN_NAME_SOURCES: ReadonlySet<OutletSource> = new Set(['opening-masthead', 'masthead', 'byline']);

/**
 * "… | WAFT 7 News Ashford Falls" under a masthead "WAFT 7 NEWS | Your Ashford Falls News Leader", "… | The
 * Lantern US" under "THE LANTERN": a site title that adds the station's city or the edition's country to
 * the name the page's masthead or byline gives is that name. The city must be one the page names beside
 * its masthead or in a dateline in capitals ("ASHFORD FALLS, Mich. -").
 */
function siteWithoutPlace(
  candidates: readonly OutletCandidate[],
  lines: readonly string[],
): OutletCandidate | undefined {
  const site = candidates[0];
  // ("Fox News Latino" on a line of its own is the name.)
  if (site?.source !== 'site' || lines.includes(site.name)) return undefined;
  for (const c of candidates) {
    if (!OWN_NAME_SOURCES.has(c.source) || site.name.charAt(c.name.length) !== ' ') continue;
    const stem = site.name.slice(0, c.name.length);
    const rest = site.name.slice(c.name.length + 1);
    if (outletKey(stem) !== outletKey(c.name) || !PLACE_WORDS.test(rest)) continue;
    if (REGION_EDITION.test(rest) || namesPlace(rest, stem, lines)) return { name: stem, source: 'site' };
  }
  return undefined;
}

/** One to three capitalised words: a place's name. */
const PLACE_WORDS = /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}$/u;

/**
 * Whether the page names a place after its masthead and a separator ("PRAIRIE 7 NEWS | WINNIPEG", "WAFT 7
 * NEWS | Your Ashford Falls News Leader") or in a dateline.
 */
function namesPlace(place: string, masthead: string, lines: readonly string[]): boolean {
  const dateline = new RegExp(`^${escapeRegExp(place.toUpperCase())}(?:,| [-\u2013\u2014])`, 'u');
  const beside = new RegExp(
    `^${escapeRegExp(masthead)}\\s*[|\u00B7\u2022\u2013\u2014-]\\s*(?:.*\\s)?${escapeRegExp(place)}\\b`,
    'iu',
  );
  return lines.some((l) => dateline.test(l) || beside.test(l));
}

/** Sources that name the page's publisher in its own text (not an author's byline or a bio). */
const PUBLISHER_SOURCES: ReadonlySet<OutletSource> = new Set([
  'source-line',
  'opening-masthead',
  'copyright',
  'masthead',
  'dateline',
]);

/**
 * "… | Hosted" (a wire's hosting site) on a page whose copyright and dateline say "The Associated Press":
 * a site title the page never names again yields to a publisher the page names otherwise (undefined: the
 * site title stands, or there is none).
 */
function unsupportedSite(
  candidates: readonly OutletCandidate[],
  lines: readonly string[],
): OutletCandidate | undefined {
  const site = candidates[0];
  if (site?.source !== 'site') return undefined;
  const bare = site.name.replace(DOMAIN_SUFFIX, '');
  // "GBS News" on a page that names "GBS" throughout ("GBS Player", "Elsewhere on GBS"): the brand
  // before the publication word counts as naming the site.
  const brand = /^(\p{Lu}{2,5}) news$/iu.exec(bare)?.[1];
  const forms = [bare, CAMEL_BRAND.exec(bare)?.[1], brand].filter((f): f is string => f !== undefined);
  const named = (form: string) => {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu');
    // The title line itself is the first that ends in the site's name.
    return lines.filter((l) => word.test(l)).length > 1;
  };
  if (forms.some(named)) return undefined;
  // Only for a publisher two other sources agree on ("© The Associated Press" and the dateline's "(AP)"): a
  // copyright line alone may name a parent company ("© The Printers (Mysore)").
  const same = (a: OutletCandidate, b: OutletCandidate) =>
    outletKey(a.name) === outletKey(b.name) || initialsOf(a.name) === b.name || initialsOf(b.name) === a.name;
  const publishers = candidates.filter((c) => PUBLISHER_SOURCES.has(c.source));
  return publishers.find((c) => publishers.some((o) => o !== c && o.source !== c.source && same(c, o)));
}

/** Sources that name the publication a page's writers work for. */
const STAFF_SOURCES: ReadonlySet<OutletSource> = new Set(['bio', 'byline', 'dateline']);

/**
 * "© 2019 NBC UNIVERSAL" on a page whose writer "is a reporter for NBC News": the owner's brand names a
 * publication the page's bio, byline or dateline gives in full.
 */
function ownBrandPublication(owner: string, candidates: readonly OutletCandidate[]): string | undefined {
  const brand = owner.split(/\s+/)[0]?.toLowerCase();
  if (brand === undefined || brand.length < 2) return undefined;
  return candidates.find((c) => {
    const words = c.name.split(/\s+/);
    return (
      STAFF_SOURCES.has(c.source) &&
      words.length >= 2 &&
      words[0]?.toLowerCase() === brand &&
      c.name.toLowerCase() !== owner.toLowerCase() &&
      endsAsOwnPublication(c.name)
    );
  })?.name;
}

/** Fewest lines that must open with a publication's name for it to be the page's own. */
const OWN_LINKS = 2;

/**
 * "© NBCUniversal Media, LLC" on a page whose links read "NBC News Now", "NBC News Site Map": the
 * publication, the owner's brand and a publication word, that most lines of the page open with.
 */
function ownersPublication(owner: string, lines: readonly string[]): string | undefined {
  const brand = CAMEL_BRAND.exec(owner)?.[1] ?? owner.split(' ')[0];
  if (brand === undefined || brand.length < 2) return undefined;
  const opening = new RegExp(`^${escapeRegExp(brand)} (\\p{Lu}\\p{Ll}+)\\b`, 'u');
  const counts = new Map<string, number>();
  for (const line of lines) {
    const word = opening.exec(line)?.[1];
    if (word !== undefined && endsAsOwnPublication(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= OWN_LINKS ? `${brand} ${best[0]}` : undefined;
}

/** A photo credit: the photographer, a slash, and whom they shoot for ("(Matt Stone/Boston Herald)"). */
const PHOTO_CREDIT = new RegExp(`\\([^()/]{2,60}/\\s*(${PROPER_NAME})\\)`, 'gu');

/**
 * "© 2023 MediaNews Group" (which owns many papers) on a page whose photos are credited "(Matt Stone/Boston
 * Herald)": the publication its staff photographers shoot for, the one most credited, named as a
 * publication is.
 */
function creditedPublication(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const m of line.matchAll(PHOTO_CREDIT)) {
      const name = (m[1] as string).trim();
      if (wordCount(name) >= 2 && PUBLICATION_WORD.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * "El Correo Serrano (English edition)", "Nachrichten English", "Scottish Parliament Website": the outlet
 * without its edition.
 */
function withoutEdition(name: string, lines: readonly string[] = []): string {
  const edition = name.replace(/\s*\([^()]*\)$/, '').replace(EDITION, '');
  const bare = edition
    .replace(FREQUENCY, '$1')
    .replace(FM_DIAL, '')
    .replace(CALL_SIGN_AND_DIAL, '')
    .replace(AM_DIAL, '');
  // ("Valley 97.5", "Magic 105.4": a one-word name is the brand only with its dial; not a North American
  // call sign the page writes without it, "WMVR 89.3" that "told WMVR".)
  if (bare === '') return name;
  if (bare !== edition && wordCount(bare) < 2 && !(CALL_SIGN.test(bare) && writtenWithoutDial(bare, lines)))
    return edition;
  // "NSEM PA 98.7 FM" on a page that calls itself "Nsem Pa FM": the band after the dial is the name's.
  const band = bare !== edition ? BAND_AFTER_DIAL.exec(edition)?.[1] : undefined;
  const withBand = band === undefined ? '' : `${bare} ${band}`.toLowerCase();
  return band !== undefined && lines.some((line) => line.toLowerCase().includes(withBand))
    ? `${bare} ${band}`
    : bare;
}

/** A North American station's call sign ("WMVR", "KQED", "CBC" aside: three letters after K, W or C). */
const CALL_SIGN = /^[KWC][A-Z]{3}$/;

/** Lines that write a call sign with no number after it for it to stand for the station. */
const CALL_SIGN_LINES = 2;

/** Whether the page writes a call sign on lines of their own without the dial ("told WMVR", "WMVR News"). */
function writtenWithoutDial(sign: string, lines: readonly string[]): boolean {
  const alone = new RegExp(`\\b${sign}\\b(?!['\u2019]?\\s*\\d)`);
  return lines.filter((l) => alone.test(l)).length >= CALL_SIGN_LINES;
}

/** "… 98.7 FM": the band a station's dial is written with. */
const BAND_AFTER_DIAL = /\d\s*(FM|AM)$/;

/** "Coastline Talk 98.6": an FM frequency (87.5–108 MHz) after a station's name, whatever the name. */
const FM_DIAL = /\s+(?:8[89]|9\d|10[0-8])[.,]\d(?:\s*(?:FM|MHz))?$/;
/** "Radyo Bayanihan DZBY 882": a call sign and an AM frequency (530–1710 kHz) after the name. */
const CALL_SIGN_AND_DIAL = /\s+\p{Lu}{3,4}\s+(?:[5-9]\d\d|1[0-7]\d\d)(?:\s*(?:AM|kHz))?$/u;

/** "Kōtuku Talk 1098": an AM frequency (530–1710 kHz) after a station's name of two words or more. */
const AM_DIAL = /(?<=\p{L}+\s+\p{L}+)\s+(?:[5-9]\d\d|1[0-7]\d\d)(?:\s*(?:AM|kHz))?$/u;

/** "Kestle FM 101.8", "Radio Aubrin 96.4 FM": a station's frequency after its name, which readers leave out. */
const FREQUENCY = /(\b(?:FM|AM|Radio)\b.*?)\s+\d{2,3}(?:[.,]\d{1,2})?(?:\s*(?:FM|MHz))?$/;

/** "… English", "… International Edition", "… UK edition", "… Website" after an outlet's name. */
const EDITION =
  /\s+(?:English|(?:English|International|Global|US|UK|Europe|Asia|Africa) [Ee]dition|[Ww]eb ?[Ss]ite)$/;
