/**
 * The page's own title line, as a scraped page often starts with the HTML <title>: "Headline | Site",
 * "Headline - Site", "Headline | Section | Site". The headline is the first part, the site the last.
 */
import { PUBLIC_BODY_NOUNS } from '../../lexicon/index.ts';
import { normalizeWhitespace, wordCount } from '../../text/normalize.ts';
import { outletKey } from './outlet.ts';

export interface SiteTitle {
  headline: string;
  site: string;
}

/** A title line found on a page, and the index of its line. */
export interface PlacedSiteTitle extends SiteTitle {
  at: number;
}

/** Separators between a headline and a site name, spaced on both sides (a hyphen inside a word is not one). */
const SEPARATORS = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ', ' \u00B7 ', ' \u2022 ', ' \u00BB ', ' : '];
/** Most words of a site after a spaced colon ("… : The Two-Way : NPR"), which also parts a headline's halves. */
const COLON_SITE_WORDS = 2;

const MAX_SITE_WORDS = 6;
/**
 * What a site says of itself after its name ("… | CD Castrovera – Official Website", "… - Home", "… | Le
 * Messager Continental – English edition"): not the name, which stands before it.
 */
const SITE_TAGLINE =
  /^(?:(?:the\s+)?official\s+(?:web\s?site|site|page)|home(?:\s?page)?|(?:(?:english|international|global|us|uk|european?|asia|africa|americas)\s+)?edition|english)$/i;
const DOMAIN =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.uk|org|net|co|news|tv|info|io|uk|us|ca|au|in|ie)$/iu;

/** "Nov. 29, 2016", "29 November 2016", "11/29/2016": a date where a title line's site name would stand. */
const DATE_ONLY =
  /^(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})$/u;

/** Most words of a public body's full name as a site ("Ministry of Foreign Affairs of the Republic of Almeren"). */
const MAX_BODY_SITE_WORDS = 10;
/** Lower-case words inside a body's name. */
const BODY_NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'on']);

/** A public body's full name: capitalised words joined by "of", "the" …, headed by a body noun. */
function isBodyName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= MAX_BODY_SITE_WORDS &&
    words.every((w) => /^\p{Lu}/u.test(w) || BODY_NAME_JOINERS.has(w)) &&
    words.some((w) => PUBLIC_BODY_NOUNS.has(w.toLowerCase()))
  );
}

/** A site name: a few words, the first capitalised (or a domain), no sentence punctuation, no date. */
function isSiteName(text: string): boolean {
  if (text === '' || text.length > 90 || DATE_ONLY.test(text)) return false;
  if ((wordCount(text) > MAX_SITE_WORDS || text.length > 60) && !isBodyName(text)) return false;
  if (DOMAIN.test(text)) return true;
  return /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?:;,]$/.test(text) && !/\d{1,2}:\d{2}/.test(text);
}

/**
 * Splits a title line into headline and site, or undefined when the line carries no site name. A date
 * after the last separator ("Headline - Nov. 29, 2016") is left off: the site, if any, is before it, and
 * a title line dated that way without one has no site (`site` is empty).
 */
export function parseSiteTitle(line: string): SiteTitle | undefined {
  for (const separator of SEPARATORS) {
    const at = line.lastIndexOf(separator);
    if (at <= 0 || !DATE_ONLY.test(line.slice(at + separator.length).trim())) continue;
    const headline = line.slice(0, at).trim();
    return parseSiteTitle(headline) ?? (wordCount(headline) >= 3 ? { headline, site: '' } : undefined);
  }
  // Every separator, last first: the site is after the last one, or between an earlier one and the
  // tagline after it ("Headline :: Stingray Alley - the Skelbrook Stingrays fan site").
  const cuts: { at: number; separator: string }[] = [];
  for (const separator of SEPARATORS)
    for (let at = line.indexOf(separator); at > 0; at = line.indexOf(separator, at + 1))
      cuts.push({ at, separator });
  cuts.sort((a, b) => b.at - a.at);
  let end = line.length;
  for (const { at, separator } of cuts) {
    const site = line.slice(at + separator.length, end).trim();
    const parts = line.split(separator).map((part) => part.trim());
    // ("LIVE | Headline | Site": a badge of a word or two before the headline.)
    const headline =
      wordCount(parts[0] ?? '') < 3 && parts.length > 2 ? (parts[1] as string) : (parts[0] ?? '');
    const fits = (separator !== ' : ' || wordCount(site) <= COLON_SITE_WORDS) && !SITE_TAGLINE.test(site);
    if (fits && isSiteName(site) && wordCount(headline) >= 3) return { headline, site };
    end = at;
  }
  return undefined;
}

/** A headline after a site name has at least this many words ("Ferry vote | The Harbour Times" is not one). */
const MIN_SITE_FIRST_HEADLINE_WORDS = 5;

/**
 * A title line written site first ("The Harbour Times - Headline"): one separator, a site name before it
 * and a longer headline after it; undefined otherwise.
 */
function parseSiteFirst(line: string): SiteTitle | undefined {
  for (const separator of SEPARATORS) {
    const at = line.indexOf(separator);
    if (at <= 0 || line.indexOf(separator, at + 1) >= 0) continue;
    const site = line.slice(0, at).trim();
    const headline = line.slice(at + separator.length).trim();
    if (
      isSiteName(site) &&
      wordCount(headline) >= MIN_SITE_FIRST_HEADLINE_WORDS &&
      wordCount(headline) > wordCount(site)
    )
      return { headline, site };
  }
  return undefined;
}

/**
 * "The Space Review: Seeking a bigger role for a big rocket": a site name and a colon before the headline
 * the page then shows on a line of its own (without that, "Lena Waithe: Black people have to …" is a
 * headline quoting someone).
 */
function colonSiteFirst(line: string, later: ReadonlySet<string>): SiteTitle | undefined {
  const at = line.indexOf(': ');
  if (at <= 0) return undefined;
  const site = line.slice(0, at).trim();
  const headline = line.slice(at + 2).trim();
  if (!isSiteName(site) || wordCount(headline) < 3 || !later.has(comparableLine(headline))) return undefined;
  return { headline, site };
}

/** How far down a scraped page its <title> line may stand: under skip links, a masthead and a menu. */
const TITLE_LINE_REACH = 15;

const comparableLine = (s: string) => normalizeWhitespace(s).toLowerCase();

/**
 * The page's title line: its first line (furniture aside), or a line further down under skip links, a
 * masthead or a menu whose headline the page then shows on a line of its own (so it is the <title>, not a
 * headline that happens to hold a " | ").
 */
export function findSiteTitle(
  lines: readonly { text: string; furniture: boolean }[],
): PlacedSiteTitle | undefined {
  const reach = Math.min(lines.length, TITLE_LINE_REACH);
  for (let at = 0; at < reach; at++) {
    const line = lines[at] as { text: string; furniture: boolean };
    if (line.furniture) continue;
    const later = new Set(lines.slice(at + 1).map((l) => comparableLine(l.text)));
    // Site first when the page then shows that site name as its masthead; not when it shows the name after
    // the last separator too ("Media Release - Headline | Court of Arbitration for Sport" under both).
    const first = parseSiteFirst(line.text);
    const last = parseSiteTitle(line.text);
    const lastShown =
      last !== undefined && last.site !== first?.headline && later.has(comparableLine(last.site));
    const site =
      first && later.has(comparableLine(first.site)) && !lastShown
        ? first
        : (last ?? colonSiteFirst(line.text, later));
    if (!site || isMastheadAndTagline(site.headline, lines)) continue;
    if (at === 0 || later.has(comparableLine(site.headline))) return { ...site, at };
  }
  return undefined;
}

/**
 * "WCKR 9 News | Halbrook's News Leader": the first part is the outlet, as a byline or copyright line
 * below names it ("By Dana Brightwell, WCKR 9 News"), and the second its tagline; no title line.
 */
function isMastheadAndTagline(first: string, lines: readonly { text: string }[]): boolean {
  const name = comparableLine(first);
  return lines.some((l) => {
    const text = comparableLine(l.text);
    return (
      (/^by\s/.test(text) && text.endsWith(`, ${name}`)) ||
      (text.includes('\u00A9') && text.includes(name) && text !== name)
    );
  });
}

/**
 * A headline without the outlet's name before or after it ("Headline | The Harbour Times", "The Harbour
 * Times - Headline" under the masthead "The Harbour Times"): a title line the page repeats below its
 * masthead. Any other first or last part stays.
 */
export function withoutOutletName(headline: string, outlet: string): string {
  const site = parseSiteTitle(headline);
  if (site && outletKey(site.site) === outletKey(outlet)) return site.headline;
  for (const separator of SEPARATORS) {
    const at = headline.indexOf(separator);
    if (at <= 0) continue;
    const rest = headline.slice(at + separator.length).trim();
    if (outletKey(headline.slice(0, at)) === outletKey(outlet) && wordCount(rest) >= 3) return rest;
  }
  return headline;
}
