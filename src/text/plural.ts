/** "1 quote", "3 quotes", "1 person", "2 people": a count with its noun (regular plural unless given). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
