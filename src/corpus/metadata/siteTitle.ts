/**
 * The page's own title line, as a scraped page often starts with the HTML <title>: "Headline | Site",
 * "Headline - Site", "Headline | Section | Site". The headline is the first part, the site the last.
 */
import { wordCount } from '../../text/normalize.ts';
import { outletKey } from './outlet.ts';

export interface SiteTitle {
  headline: string;
  site: string;
}

/** Separators between a headline and a site name, spaced on both sides (a hyphen inside a word is not one). */
const SEPARATORS = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ', ' \u00B7 ', ' \u2022 ', ' \u00BB '];

const MAX_SITE_WORDS = 6;
const DOMAIN =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.uk|org|net|co|news|tv|info|io|uk|us|ca|au|in|ie)$/iu;

/** A site name: a few words, the first capitalised (or a domain), no sentence punctuation. */
function isSiteName(text: string): boolean {
  if (text === '' || wordCount(text) > MAX_SITE_WORDS || text.length > 60) return false;
  if (DOMAIN.test(text)) return true;
  return /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?:;,]$/.test(text) && !/\d{1,2}:\d{2}/.test(text);
}

/** Splits a title line into headline and site, or undefined when the line carries no site name. */
export function parseSiteTitle(line: string): SiteTitle | undefined {
  let last = -1;
  let separator = '';
  for (const s of SEPARATORS) {
    const at = line.lastIndexOf(s);
    if (at > last) [last, separator] = [at, s];
  }
  if (last <= 0) return undefined;
  const site = line.slice(last + separator.length).trim();
  const headline = (line.split(separator)[0] ?? '').trim();
  if (!isSiteName(site) || wordCount(headline) < 3) return undefined;
  return { headline, site };
}

/**
 * A headline without a site suffix that names the outlet ("Headline | The Harbour Times" under the masthead
 * "The Harbour Times"): a title line the page repeats below its masthead. Any other last part stays.
 */
export function withoutOutletSuffix(headline: string, outlet: string): string {
  const site = parseSiteTitle(headline);
  return site && outletKey(site.site) === outletKey(outlet) ? site.headline : headline;
}
