/**
 * Colour: a sentence about a private person the story meets in passing — a vox pop, a bystander's anecdote
 * ("Mateo Ruiz, 21, a civil engineering student, was rinsing his eyes …", "Gus Penn, a taxi driver whose
 * daughter …", "In Dunmore, Declan and Maura Fenn, who run a dairy farm, …"). Reporters introduce such a
 * person in the sentence itself (an age, a description with "a", a clause about their life); the story's own
 * actors are named again across its articles. Colour tells how events touch people, not where the story
 * stands, so the status ranks it low.
 */
import type { Article } from '../corpus/types.ts';
import { GIVEN_NAME_GENDERS, OFFICE_WORDS } from '../lexicon/index.ts';
import { comparable } from '../text/normalize.ts';
import { ANONYMITY } from './features.ts';

/** A short scene-setting opener before the name ("In Dunmore, ", "Outside the court, "). */
const SCENE = `(?:(?:In|On|At|Outside|Inside|Near|Across|Back in|Along) [^,]{1,40}, )?`;
/** Two to four capitalised words, maybe two people of one family ("Declan and Maura Fenn"). */
const NAME = String.raw`(\p{Lu}[\p{L}'\u2019-]+(?: (?:and )?\p{Lu}[\p{L}'\u2019-]+){1,3})`;
/** How the sentence introduces the person: an age, "a …", "the 71-year-old …", a clause about their life. */
const INTRODUCTION = String.raw`, (?:\d{1,3},|an? (\p{Ll}[^,]{0,60})|the \d{1,3}-year-old\b|who (?:runs?|owns?|lives?|has lived|works?|worked|drives?)\b|whose\b)`;

/** What the person is, written before the name ("Retired ferry engineer Des Achterberg, 71, …"). */
const ROLE_BEFORE = String.raw`(?:(\p{Lu}\p{Ll}+(?: \p{Ll}+){1,3}) )?`;

const INTRODUCED_PERSON = new RegExp(`^${SCENE}${ROLE_BEFORE}${NAME}${INTRODUCTION}`, 'u');

/** A description of an office, not of a private person ("a spokeswoman for the ministry"). */
function describesOffice(description: string): boolean {
  return description.split(/[^\p{L}-]+/u).some((word) => OFFICE_WORDS.has(word));
}

/** Whether a word appears in an article's text (whole word). */
function names(article: Article, word: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  return article.sentences.some((s) => pattern.test(s.text));
}

/** A sentence opening with a given name and a family name ("Malcolm Peverell spent 26 years …"). */
const OPENS_WITH_FULL_NAME = new RegExp(
  `^${SCENE}(\\p{Lu}\\p{Ll}+) (\\p{Lu}[\\p{L}'\u2019-]+)\\b(?!['\u2019])`,
  'u',
);

/** The family name of the person a sentence introduces as a private person, if it does. */
function introducedPrivatePerson(text: string): string | undefined {
  const match = INTRODUCED_PERSON.exec(text);
  if (!match) {
    // "Malcolm Peverell spent 26 years inspecting bridges …": a person the sentence gives no office.
    const opening = OPENS_WITH_FULL_NAME.exec(text);
    if (!opening || !GIVEN_NAME_GENDERS.has(comparable(opening[1] as string))) return undefined;
    if (describesOffice(text.toLowerCase())) return undefined;
    return opening[2];
  }
  const [, role, name, description] = match;
  // "Finance Minister Celia Brannock, 54," carries the office in the capitalised run itself.
  if ([role, name, description].some((part) => part !== undefined && describesOffice(part.toLowerCase())))
    return undefined;
  return (name as string).split(' ').pop();
}

/**
 * Someone unnamed opening the sentence who asked not to be named: "A longshore worker leaving the picket
 * line, who asked not to be named because …, was cautious." (A vox pop; an official's anonymity is news, so
 * not a description of an office: "A senior official, who asked not to be named, said the talks …".)
 */
const ANONYMOUS_OPENING = /^(?:an?|one|another) ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)\b/u;

function anonymousPasserBy(text: string): boolean {
  const opening = ANONYMOUS_OPENING.exec(text.charAt(0).toLowerCase() + text.slice(1));
  return opening !== null && ANONYMITY.test(text) && !describesOffice(opening[1] as string);
}

/** A sentence that opens with a person named again: "Mr Fenn said …", "Ruiz, who …". */
const NAMED_AGAIN = new RegExp(
  `^${SCENE}(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? )?(?:\\p{Lu}[\\p{L}'\u2019-]+ )?(\\p{Lu}[\\p{L}'\u2019-]+)\\b`,
  'u',
);

/**
 * The colour of a story: per article, the family names of the private people it introduces in passing (see
 * above) and whom under half of the articles name.
 */
export class Colour {
  readonly #people = new Map<string, Set<string>>();

  constructor(articles: readonly Article[]) {
    const counted = new Map<string, boolean>();
    for (const article of articles) {
      for (const sentence of article.sentences) {
        const surname = introducedPrivatePerson(sentence.text);
        if (surname === undefined) continue;
        let passing = counted.get(surname);
        if (passing === undefined) {
          let named = 0;
          for (const a of articles) if (names(a, surname)) named++;
          passing = named < articles.length / 2;
          counted.set(surname, passing);
        }
        if (!passing) continue;
        const people = this.#people.get(article.id) ?? new Set<string>();
        people.add(surname);
        this.#people.set(article.id, people);
      }
    }
  }

  /** Whether a sentence of this article is about one of its private people (introduced or named again). */
  has(articleId: string, text: string): boolean {
    if (anonymousPasserBy(text)) return true;
    const people = this.#people.get(articleId);
    if (people === undefined) return false;
    const introduced = introducedPrivatePerson(text);
    if (introduced !== undefined) return people.has(introduced);
    const again = NAMED_AGAIN.exec(text);
    return again !== null && people.has(again[1] as string);
  }
}
