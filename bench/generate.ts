/**
 * A deterministic synthetic corpus for the benchmark: seeded PRNG, 20–40 sentences per article, quotes
 * attributed with "said X" in several patterns, ~2,000 distinct speakers, dates spread over a year.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  'Ana Ben Carla Dmitri Elena Farid Grace Hiro Ines Jonas Kofi Lena Marco Nadia Omar Priya Quinn Rosa Sami Tara Umar Vera Wei Xenia Yusuf Zoe Aled Bea Cyrus Dalia Emil Fatima Goran Hana Ivo Jana Karim Lucia Mateo Nora'.split(
    ' ',
  );
const LAST =
  'Abara Brandt Costa Dufresne Eriksen Ferreira Gallo Haddad Ito Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quintero Rahman Sato Tanaka Ueda Varga Weber Xu Yilmaz Zielinski Adeyemi Bauer Castillo Demir Ekwueme Fischer Garcia Hoffmann Ivanova Jovanovic Kim Larsen Mendes Novak'.split(
    ' ',
  );
const TITLES = [
  'Minister',
  'Senator',
  'Governor',
  'Mayor',
  'Ambassador',
  'President',
  'spokeswoman',
  'spokesman',
  'economist',
  'union leader',
];
const PLACES =
  'Valemont Northport Rivenhall Ashford Calder Dunmore Eastwick Fairhaven Glenrock Harbourne Ironbridge Juniper Kestrel Lowmoor Marlow'.split(
    ' ',
  );
const OUTLETS = [
  'Global Wire',
  'Northern Ledger',
  'Riverside Courier',
  'The Daily Signal',
  'Metro Times',
  'Coastal Herald',
  'Evening Post',
  'Capital Report',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function words(rand: () => number, count: number): string[] {
  // A vocabulary of ~6,000 pronounceable words with a Zipf-like frequency.
  const syll = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'ta',
    'po',
    'si',
    'de',
    'ga',
    'ven',
    'tor',
    'lan',
    'mar',
    'sel',
    'dor',
    'bri',
    'cal',
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let j = 0; j < n; j++) w += syll[Math.floor(rand() * syll.length)];
    out.push(w);
  }
  return out;
}

export interface SyntheticCorpus {
  files: { id: string; text: string }[];
  speakers: string[];
  vocabulary: string[];
}

export function generateCorpus(articles: number, seed = 42): SyntheticCorpus {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length * rand() ** 2.5)] as T;
  const vocabulary = [...new Set(words(rand, 7000))].slice(0, 6000);
  const speakers: string[] = [];
  for (const f of FIRST) for (const l of LAST) speakers.push(`${f} ${l}`);
  const roles = new Map(speakers.map((s) => [s, pick(TITLES)]));
  const phrase = (n: number) => Array.from({ length: n }, () => zipf(vocabulary)).join(' ');
  const files: { id: string; text: string }[] = [];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < articles; i++) {
    const date = new Date(start + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    const outlet = pick(OUTLETS);
    const people = Array.from({ length: 3 }, () => zipf(speakers));
    const place = pick(PLACES);
    const lines: string[] = [];
    const sentences = 20 + Math.floor(rand() * 21);
    lines.push(
      `${people[0]} and ${people[1]} met in ${place} on ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)} to discuss the ${phrase(2)} plan.`,
    );
    for (let s = 1; s < sentences; s++) {
      const who = pick(people);
      const role = roles.get(who) as string;
      const r = rand();
      if (r < 0.12)
        lines.push(`"The ${phrase(4)} will ${phrase(3)} before the ${phrase(2)}," ${role} ${who} said.`);
      else if (r < 0.2)
        lines.push(`${who.split(' ')[1]} said the ${phrase(3)} was "${phrase(3)} and ${phrase(2)}."`);
      else if (r < 0.25) lines.push(`"We ${phrase(3)} the ${phrase(2)}," said ${who}, who ${phrase(4)}.`);
      else
        lines.push(
          `The ${phrase(3)} in ${pick(PLACES)} ${phrase(4)} after ${phrase(3)}, officials said on ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}.`,
        );
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < lines.length; p += 2) paragraphs.push(lines.slice(p, p + 2).join(' '));
    const title = `${people[0]} and ${people[1]} discuss ${phrase(2)} in ${place}`;
    const text = `---\noutlet: ${outlet}\ntitle: "${title}"\npublished: ${date}\n---\n${title}\n\n${paragraphs.join('\n\n')}\n\nMost Popular\n\nLoad more\n`;
    files.push({ id: `synthetic-${String(i).padStart(6, '0')}`, text });
  }
  return { files, speakers, vocabulary };
}

/** A query with one typo (a swapped, dropped or changed letter), deterministic for a seed. */
export function typo(word: string, rand: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return `${word.slice(0, i)}${word[i] === 'e' ? 'a' : 'e'}${word.slice(i + 1)}`;
}
