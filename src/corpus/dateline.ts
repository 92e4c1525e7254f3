/** Datelines that open a story's first paragraph, before its prose. */

/**
 * A wire dateline opening the first paragraph: "ORRINDALE, Wessmark (NWS) - ", "ISTANBUL, Aug 10 (Reuters) -
 * ", "New York (CNN) — ". Metadata reads it from the page's lines; the prose starts after it, so a summary
 * quoting the lead does not carry it.
 */
const WIRE_DATELINE =
  /^\p{Lu}[\p{L}.'-]*(?: (?:\p{Lu}[\p{L}.'-]*|de|del|da|do|of|la|le|el)){0,3}(?:,[^()]{1,40})? \([\p{L}\p{N} .&'-]{1,40}\) ?[-\u2013\u2014]+ ?(?=\p{Lu}|["\u201C])/u;

/**
 * A local paper's dateline: the place in capitals, maybe its region, and a dash ("PORT HALLAM - ",
 * "VELLMOUTH, England — ", "SAN LORIÉN – ").
 */
const PLACE_DATELINE =
  /^\p{Lu}{2,}\.?(?:[ '-]\p{Lu}{2,}\.?){0,3}(?:, \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})? [-\u2013\u2014]+ (?=\p{Lu}|["\u201C])/u;

/** The paragraph without the dateline that opens it, if one does. */
export function withoutDateline(paragraph: string): string {
  return paragraph.replace(WIRE_DATELINE, '').replace(PLACE_DATELINE, '');
}
