/** Platform limits the renderers respect (DESIGN.md §4; Slack and Discord API documentation). */
export const SLACK = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 3000,
  /** Slack rejects messages whose blocks hold roughly 12,000 characters (msg_blocks_too_long): stay below. */
  messageChars: 11_000,
  fallbackText: 3000,
} as const;

export const DISCORD = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  /** Across all embeds of one message. */
  charsPerMessage: 6000,
  content: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;
