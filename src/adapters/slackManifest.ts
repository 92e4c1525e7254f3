/**
 * The Slack app manifest for the configured stories: one slash command per story and `/quote`, the
 * interactivity the "next page" button needs, and the scopes the bot uses. HTTP (Slack calls the bot's
 * public URL) or Socket Mode. `npm run -s cli -- slack-manifest` prints it; slack/*.yml are its output for
 * the shipped config. Values are written as JSON strings, which YAML reads as they are.
 */
import type { CommandStory } from './discordCommands.ts';

/** The placeholder for the bot's public URL in the HTTP manifest. */
export const EXAMPLE_URL = 'https://newsdesk.example.com';

/** The bot scopes, each with why newsdesk needs it. */
const SCOPES: readonly (readonly [scope: string, why: string])[] = [
  ['commands', 'slash commands'],
  ['chat:write', 'answers, digests and alerts'],
  ['channels:history', 'after a crash, the digest and alerts look for their own post (public channels)'],
  ['groups:history', '… and in private channels'],
  ['users:read', 'subscriptions: whether the user is a workspace admin or owner'],
  ['channels:read', 'subscriptions: who created the channel, whether the bot is in it (public)'],
  ['groups:read', '… (private channels)'],
];

/** The bot scopes by name: the manifest's, and what an OAuth install asks for. */
export const BOT_SCOPES: readonly string[] = SCOPES.map(([scope]) => scope);

export interface ManifestOptions {
  socketMode: boolean;
  /** The bot's public base URL (HTTP mode); default: the placeholder. */
  url?: string;
}

const q = (value: string) => JSON.stringify(value);

function storyDescription(story: CommandStory): string {
  const title = story.title?.trim();
  return title
    ? `${title}: the latest, with sources`
    : 'Latest on the story (status, search, sources, timeline, who, digest, help)';
}

/** The manifest as YAML text. */
export function slackManifest(stories: readonly CommandStory[], options: ManifestOptions): string {
  const base = (options.url ?? EXAMPLE_URL).replace(/\/+$/, '');
  const events = `${base}/slack/events`;
  const url = options.socketMode ? [] : [`      url: ${q(events)}`];
  const header = options.socketMode
    ? [
        '# Slack app manifest for newsdesk in Socket Mode (no public URL needed), made by',
        '# `npm run -s cli -- slack-manifest --socket-mode` from the configured stories.',
        '# After creating the app: Basic Information → App-Level Tokens → generate one with scope',
        '# connections:write and set it as SLACK_APP_TOKEN.',
      ]
    : [
        '# Slack app manifest for newsdesk (HTTP mode: Slack calls your public URL), made by',
        '# `npm run -s cli -- slack-manifest [--url https://your.host]` from the configured stories.',
        '# Create the app at api.slack.com/apps → "Create New App" → "From an app manifest" and paste this.',
        '# For Socket Mode (no public URL) use manifest.socket-mode.yml instead.',
      ];
  const commands = [
    ...stories.map((s) => ({
      command: `/${s.keyword}`,
      description: storyDescription(s),
      hint: '[status | search <words> | sources | timeline | who | quote <name> | digest | subscribe digest [HH:MM] [zone] | subscribe alerts | unsubscribe | subscriptions | help]',
    })),
    {
      command: '/quote',
      description:
        stories.length > 1
          ? 'What a person said, in every story, with sources'
          : 'What a person said, with sources',
      hint: '<name>',
    },
  ];
  return [
    ...header,
    'display_information:',
    '  name: newsdesk',
    `  description: ${q(stories.length > 1 ? 'Short, sourced briefings on developing stories.' : 'Short, sourced briefings on a developing story.')}`,
    'features:',
    '  bot_user:',
    '    display_name: newsdesk',
    '    always_online: true',
    '  slash_commands:',
    ...commands.flatMap((c) => [
      `    - command: ${q(c.command)}`,
      ...url,
      `      description: ${q(c.description)}`,
      `      usage_hint: ${q(c.hint)}`,
      '      should_escape: false',
    ]),
    'oauth_config:',
    // Many workspaces (OAuth): where Bolt's installer takes Slack's answer (HTTP mode: the public URL).
    ...(options.socketMode ? [] : ['  redirect_urls:', `    - ${q(`${base}/slack/oauth_redirect`)}`]),
    '  scopes:',
    '    bot:',
    ...SCOPES.flatMap(([scope, why]) => [`      # ${why}`, `      - ${scope}`]),
    'settings:',
    '  interactivity:',
    '    # The "Show more" button of long answers.',
    '    is_enabled: true',
    ...(options.socketMode ? [] : [`    request_url: ${q(events)}`]),
    '  org_deploy_enabled: false',
    `  socket_mode_enabled: ${options.socketMode}`,
    '  token_rotation_enabled: false',
    '',
  ].join('\n');
}
