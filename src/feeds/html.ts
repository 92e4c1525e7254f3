/** Small helpers over linkedom for the bits of HTML that feeds and pages carry. */
import { parseHTML } from 'linkedom';

/** Parses a whole page. linkedom's document is typed as the DOM's. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Collapses runs of whitespace (including no-break and line/paragraph separators) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0\u2028\u2029]+/gu, ' ').trim();
}

/** The readable text of an HTML fragment (feed titles and summaries may hold markup and entities). */
export function htmlToText(html: string): string {
  // Most titles are plain text: no DOM for those (a bare "&" is text too).
  if (!/<|&#?\w+;/.test(html)) return collapseWhitespace(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return collapseWhitespace(document.body?.textContent ?? '');
}

const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, dd, td';

/**
 * The paragraphs of an HTML fragment: the text of each innermost block element, in order. Text sitting
 * directly in a container (no block around it) becomes a paragraph of its own.
 */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body;
  if (!body) return [];
  const out: string[] = [];
  const visit = (node: Node) => {
    let loose = '';
    const flush = () => {
      const text = collapseWhitespace(loose);
      if (text !== '') out.push(text);
      loose = '';
    };
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const isBlock = el.matches(BLOCKS);
      const hasBlocks = el.querySelector(BLOCKS) !== null;
      if (isBlock && !hasBlocks) {
        flush();
        const text = collapseWhitespace(el.textContent ?? '');
        if (text !== '') out.push(text);
      } else if (
        hasBlocks ||
        /^(DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|UL|OL|DL|TABLE|TBODY|TR|FIGURE)$/.test(el.tagName)
      ) {
        flush();
        visit(el);
      } else if (el.tagName === 'BR') {
        loose += '\n';
        flush();
      } else {
        loose += el.textContent ?? '';
      }
    }
    flush();
  };
  visit(body as unknown as Node);
  return out;
}
