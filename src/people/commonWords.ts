/**
 * Lower-case words of a corpus, so that a capitalised word opening a sentence ("After", "Critics") is not
 * taken for a name. Learned from at most SAMPLE_ARTICLES articles spread over the corpus: the set
 * saturates long before that, and a full pass would cost a good share of a large build.
 */
import { finish, type Steps } from '../steps.ts';
import { hashOf, TermTable } from '../text/termTable.ts';

const SAMPLE_ARTICLES = 1000;

/** What the sample reads of an article: its sentences, paragraph by paragraph. */
export interface TextArticle {
  readonly paragraphs: readonly (readonly string[])[];
}

/** Whether text[from, to) is all a–z. */
function isLowerAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The lower-case words (a–z only, as written) of a sample of the articles. */
export function commonWords(articles: readonly TextArticle[]): Set<string> {
  return finish(commonWordSteps(articles));
}

/** `commonWords` in steps, a few sampled articles per step (see steps.ts). */
export function* commonWordSteps(articles: readonly TextArticle[]): Steps<Set<string>> {
  // Interned in place: most words recur, and only a new one becomes a string.
  const words = new TermTable();
  const step = Math.max(1, Math.ceil(articles.length / SAMPLE_ARTICLES));
  for (let i = 0, n = 0; i < articles.length; i += step, n++) {
    if (n % 16 === 15) yield;
    for (const sentences of (articles[i] as TextArticle).paragraphs) {
      for (const sentence of sentences) {
        let from = 0;
        while (from < sentence.length) {
          let to = sentence.indexOf(' ', from);
          if (to < 0) to = sentence.length;
          // Trailing punctuation ("said,") is not part of the word.
          let end = to;
          while (end > from && !isLowerAscii(sentence, end - 1, end)) end--;
          if (end > from && isLowerAscii(sentence, from, end))
            words.intern(sentence, from, end, hashOf(sentence, from, end));
          from = to + 1;
        }
      }
    }
  }
  return new Set(words.terms);
}
