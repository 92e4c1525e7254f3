/** Discord application commands of newsdesk (one per story, and `/quote`), and their registration through REST. */
import { REST, Routes, SlashCommandBuilder } from 'discord.js';
import { truncate } from '../render/sources.ts';

/** What a story's command is built from. */
export interface CommandStory {
  keyword: string;
  title?: string;
}

/** Discord's limit on a command's or option's description. */
const DESCRIPTION = 100;

/** `/<story> <sub>`: every story command has the same subcommands; subscribe is a group (digest, alerts). */
function storyCommand(story: CommandStory) {
  const about = story.title?.trim()
    ? `${story.title.trim()}: the latest, with sources`
    : 'Latest on the story, with sources';
  return new SlashCommandBuilder()
    .setName(story.keyword)
    .setDescription(truncate(about, DESCRIPTION))
    .addSubcommand((s) => s.setName('status').setDescription('The latest state of the story'))
    .addSubcommand((s) =>
      s
        .setName('search')
        .setDescription('Sentences that mention some words')
        .addStringOption((o) =>
          o.setName('words').setDescription('What to look for').setRequired(true).setMaxLength(200),
        ),
    )
    .addSubcommand((s) => s.setName('sources').setDescription('The articles behind the answers'))
    .addSubcommand((s) => s.setName('timeline').setDescription('Dated events in order'))
    .addSubcommand((s) => s.setName('who').setDescription('The people in the story'))
    .addSubcommand((s) => s.setName('digest').setDescription('Preview of the daily digest'))
    .addSubcommandGroup((g) =>
      g
        .setName('subscribe')
        .setDescription('Post the digest or alerts in this channel (Manage Channels)')
        .addSubcommand((s) =>
          s
            .setName('digest')
            .setDescription('The daily digest in this channel')
            .addStringOption((o) =>
              o
                .setName('time')
                .setDescription('HH:MM, 24-hour (default: the bot’s schedule)')
                .setMaxLength(5),
            )
            .addStringOption((o) =>
              o
                .setName('zone')
                .setDescription('Time zone, e.g. Europe/Berlin (default: UTC)')
                .setMaxLength(64),
            ),
        )
        .addSubcommand((s) => s.setName('alerts').setDescription('Each new development as it breaks')),
    )
    .addSubcommand((s) =>
      s
        .setName('unsubscribe')
        .setDescription('Stop the digest or alerts in this channel (Manage Channels)')
        .addStringOption((o) =>
          o
            .setName('what')
            .setDescription('Only the digest or only alerts (default: both)')
            .addChoices({ name: 'digest', value: 'digest' }, { name: 'alerts', value: 'alerts' }),
        ),
    )
    .addSubcommand((s) => s.setName('subscriptions').setDescription('What this channel is subscribed to'))
    .addSubcommand((s) => s.setName('help').setDescription('What newsdesk can do'));
}

/** One command per story and `/quote speaker:<name>` (with autocomplete, and a story choice when several). */
export function commandDefinitions(stories: readonly CommandStory[] | string) {
  const list = typeof stories === 'string' ? [{ keyword: stories }] : stories;
  const quote = new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What a person said, with sources')
    .addStringOption((o) =>
      o
        .setName('speaker')
        .setDescription('Who (typos are fine)')
        .setRequired(false)
        .setAutocomplete(true)
        .setMaxLength(100),
    );
  if (list.length > 1)
    quote.addStringOption((o) =>
      o
        .setName('story')
        .setDescription('Only this story (default: every story)')
        .addChoices(...list.slice(0, 25).map((s) => ({ name: s.keyword, value: s.keyword }))),
    );
  return [...list.map((s) => storyCommand(s).toJSON()), quote.toJSON()];
}

export interface RegisterOptions {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  /** The stories (or the one story's keyword). */
  stories: readonly CommandStory[] | string;
}

/**
 * Registers the commands: to one guild when `guildId` is set (instant, for development), otherwise
 * globally (can take up to an hour to appear). Uses PUT, so it replaces what was registered before: a story
 * removed from the config loses its command.
 */
export async function registerCommands(options: RegisterOptions): Promise<number> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const body = commandDefinitions(options.stories);
  await rest.put(route, { body });
  return body.length;
}
