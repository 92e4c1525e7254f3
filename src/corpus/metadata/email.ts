/**
 * A newsletter saved from a mail client: its header lines ("Subject: …", "From: …", "To: …", "Date: …") open
 * the page. The subject is the title line; the sender's name says who publishes it.
 */
import type { PageLine } from './headline.ts';

/** A header line of an e-mail: its field and value. */
const HEADER_LINE = /^(subject|from|to|date|sent|cc|reply-to):\s*(.*)$/i;
/** How far down the page the header may start (a mail client prints it first). */
const HEADER_REACH = 3;
/** Fewest header lines that make a page an e-mail (a subject and one more). */
const MIN_HEADER_LINES = 2;
/** A reply's or forward's mark before a subject: "Re:", "Fwd:", "FW:". */
const REPLY_MARK = /^(?:(?:re|fwd?|aw|tr)\s*:\s*)+/i;
/** The address after a sender's name: "<dispatch@news.example>". */
const ADDRESS = /\s*<[^<>]*>\s*$/;
/** "Danube Dispatch - Central Europe Today": a newsletter's name, then its publisher's. */
const NAME_THEN_PUBLISHER = /\s(?:-|\u2013|\u2014|\||from)\s/;

export interface EmailHeader {
  /** Index of the subject line among the page's lines. */
  subjectAt: number;
  /** The subject, without "Re:"/"Fwd:" marks. */
  subject: string;
  /** Index of the sender line, if there is one. */
  fromAt?: number;
  /** Index of the first line after the header. */
  end: number;
  /** Who publishes what the sender's name names: the publisher after a newsletter's name, else the name. */
  sender?: string;
}

/** The e-mail header opening the page, if it opens with one. */
export function emailHeader(lines: readonly PageLine[]): EmailHeader | undefined {
  let subjectAt = -1;
  let fromAt = -1;
  let count = 0;
  let end = 0;
  for (; end < lines.length; end++) {
    const field = HEADER_LINE.exec((lines[end] as PageLine).text)?.[1]?.toLowerCase();
    if (field === undefined) {
      if (count === 0 && end < HEADER_REACH) continue;
      break;
    }
    count++;
    if (field === 'subject' && subjectAt < 0) subjectAt = end;
    if (field === 'from' && fromAt < 0) fromAt = end;
  }
  if (count < MIN_HEADER_LINES || subjectAt < 0) return undefined;
  const subject = fieldValue(lines[subjectAt] as PageLine)
    .replace(REPLY_MARK, '')
    .trim();
  if (subject === '') return undefined;
  const sender = fromAt < 0 ? undefined : senderOf(fieldValue(lines[fromAt] as PageLine));
  return { subjectAt, subject, end, ...(fromAt < 0 ? {} : { fromAt }), ...(sender ? { sender } : {}) };
}

function fieldValue(line: PageLine): string {
  return HEADER_LINE.exec(line.text)?.[2] ?? '';
}

/** The sender's name without its address or quotes; its last part after a newsletter's name. */
function senderOf(from: string): string | undefined {
  const name = from
    .replace(ADDRESS, '')
    .replace(/^["']|["']$/g, '')
    .trim();
  if (name === '' || name.includes('@')) return undefined;
  const parts = name.split(NAME_THEN_PUBLISHER);
  return (parts[parts.length - 1] as string).trim() || undefined;
}

/**
 * The page's lines as metadata reads them: the subject line as its title line, the other header lines as
 * furniture. Lines of any other page are returned as they are.
 */
export function withEmailHeaderRead(
  lines: readonly PageLine[],
  header: EmailHeader | undefined,
): readonly PageLine[] {
  if (header === undefined) return lines;
  return lines.map((line, i) =>
    i === header.subjectAt
      ? { text: header.subject, furniture: false }
      : i < header.end
        ? { ...line, furniture: true }
        : line,
  );
}
