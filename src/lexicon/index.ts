/** The one lexicon: generic English news vocabulary used by people, quotes, corpus and summary rules. */
export * from './givenNames.ts';
export * from './people.ts';
export * from './speech.ts';
export * from './words.ts';
export * from './usStates.ts';
