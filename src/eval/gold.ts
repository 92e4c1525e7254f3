/**
 * Gold files for evaluation, in the format of the shared development set (`shared/eval/real-dev/gold.json`):
 * per article the outlet, title and date a reader sees; per speaker the queries a user would type and
 * substrings of every quote they speak (`must`) and of others' quotes that merely mention them (`never`).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const GoldArticle = z.object({
  outlet: z.string(),
  title: z.string(),
  /** YYYY-MM-DD, or null where the page gives no full date. */
  published: z.string().nullable(),
});

const GoldSpeaker = z.object({
  name: z.string(),
  /** Surname, full name, a one-letter typo. */
  queries: z.array(z.string()).min(1),
  must: z.array(z.string()),
  never: z.array(z.string()).default([]),
});

export const GoldSchema = z.object({
  source: z.string().optional(),
  articles: z.record(z.string(), GoldArticle).default({}),
  speakers: z.record(z.string(), GoldSpeaker).default({}),
  /** Substrings of quotes with no named person speaker: returned for anyone, they count as wrong. */
  unattributed: z.array(z.string()).default([]),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldSpeaker = z.infer<typeof GoldSpeaker>;

/** Reads and validates a gold file; the error names the file and the field. */
export async function readGold(file: string): Promise<Gold> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read gold file (${(error as Error).message})`);
  }
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
