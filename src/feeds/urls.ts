/**
 * Article addresses without what varies between two links to the same page: tracking parameters, the
 * fragment, `www.`, the scheme, query order. normalize-url does the work; this module names the parameters.
 */
import normalizeUrl from 'normalize-url';

/** Query parameters that say where a click came from, never which article it is. */
export const TRACKING_PARAMETERS: ReadonlyArray<RegExp | string> = [
  /^utm_\w+/i,
  /^(?:fb|g|dc|ms|tw|y|li)clid$/i,
  /^mc_[ce]id$/i,
  /^_?ga$/i,
  /^_hs(?:enc|mi)$/i,
  'igshid',
  'ref',
  'ref_src',
  'cmpid',
  'ocid',
  'smid',
  'sr_share',
  'share',
  'mbid',
];

/** The address to store and show: tracking parameters and the fragment removed, otherwise as given. */
export function cleanUrl(url: string): string {
  try {
    return normalizeUrl(url, {
      stripHash: true,
      stripWWW: false,
      removeQueryParameters: TRACKING_PARAMETERS,
      removeTrailingSlash: false,
      sortQueryParameters: false,
    });
  } catch {
    return url;
  }
}

/**
 * The identity of an article's address: two links with the same key reach the same article
 * (`https://www.x.test/a?utm_source=rss#top` and `http://x.test/a/`).
 */
export function urlKey(url: string): string {
  try {
    return normalizeUrl(url, {
      stripHash: true,
      stripWWW: true,
      stripProtocol: true,
      removeQueryParameters: TRACKING_PARAMETERS,
      removeTrailingSlash: true,
      removeDirectoryIndex: true,
      sortQueryParameters: true,
    }).toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}
