/**
 * Discord adapter (discord.js v14): `/summit <sub>` and `/quote speaker:` with speaker autocomplete.
 * Answers as embeds (split across messages when needed), never pinging anyone; errors answer ephemerally.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  SnowflakeUtil,
} from 'discord.js';
import type { Briefing } from '../briefing.ts';
import type { Command } from '../commands/parse.ts';
import type { Env } from '../config.ts';
import { StartupError } from '../errors.ts';
import { DISCORD } from '../render/limits.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';
import { truncate } from '../render/sources.ts';
import { type AnswerDeps, answerCommand, isPublic } from './answer.ts';
import { registerCommands } from './discordCommands.ts';
import { discordError } from './platformErrors.ts';
import { plural } from '../text/plural.ts';

const NO_MENTIONS = { parse: [] as [] };

export interface DiscordAdapter {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts messages to a channel (the digest uses it); resolves with their ids. Fails with a PlatformError. */
  post(channelId: string, messages: DiscordMessage[]): Promise<string[]>;
  /**
   * The id of a message this bot posted since `since` with an embed footer containing `footer` (how a
   * digest is found again after a crash).
   */
  findMarked(channelId: string, footer: string, since: Date): Promise<string | undefined>;
}

/** History pages read when looking for a digest (100 messages each) before giving up. */
const HISTORY_PAGES = 10;

interface ChannelMessage {
  id: string;
  author?: { id?: string };
  embeds?: { footer?: { text?: string } }[];
}

/** Reads a chat-input interaction into a Command. */
export function commandFromInteraction(i: ChatInputCommandInteraction, keyword: string): Command {
  if (i.commandName === 'quote') return { name: 'quote', query: i.options.getString('speaker') ?? '' };
  if (i.commandName !== keyword) return { name: 'help', unknown: i.commandName };
  const sub = i.options.getSubcommand(false) ?? 'status';
  switch (sub) {
    case 'search':
      return { name: 'search', query: i.options.getString('words') ?? '' };
    case 'status':
    case 'sources':
    case 'timeline':
    case 'who':
    case 'digest':
      return { name: sub };
    default:
      return { name: 'help', ...(sub === 'help' ? {} : { unknown: sub }) };
  }
}

/** Autocomplete choices for the speaker option: fuzzy matches, ≤ 25, names ≤ 100 characters. */
export function speakerChoices(deps: AnswerDeps, typed: string): { name: string; value: string }[] {
  const speakers = deps.store.current.speakers;
  const found = typed.trim() === '' ? speakers.speakers : speakers.find(typed, DISCORD.autocompleteChoices);
  return found.slice(0, DISCORD.autocompleteChoices).map((s) => ({
    name: truncate(`${s.name} (${plural(s.quoteCount, 'quote')})`, DISCORD.choiceName),
    value: truncate(s.name, DISCORD.choiceName),
  }));
}

function footer(deps: AnswerDeps): string {
  const newest = deps.store.current.articles[0]?.published;
  return `newsdesk${newest ? ` · articles up to ${newest}` : ''}`;
}

/** Commands that may take a while on a large corpus; they are deferred first. */
function mayBeSlow(command: Command, deps: AnswerDeps): boolean {
  if (command.name === 'digest') return true;
  const cache = deps.store.current.cache;
  return (
    (command.name === 'status' || command.name === 'timeline' || command.name === 'who') &&
    !cache.has(command.name)
  );
}

async function answer(i: ChatInputCommandInteraction, deps: AnswerDeps, keyword: string): Promise<void> {
  const command = commandFromInteraction(i, keyword);
  const slow = mayBeSlow(command, deps);
  if (slow) await i.deferReply({ flags: command.name === 'digest' ? MessageFlags.Ephemeral : undefined });
  const briefing: Briefing = answerCommand(deps, command, i.user.id);
  const ephemeral = !isPublic(briefing);
  const [first, ...rest] = renderDiscord(briefing, footer(deps));
  const payload = (m: DiscordMessage) => ({ embeds: m.embeds, allowedMentions: NO_MENTIONS });
  if (slow) await i.editReply(payload(first as DiscordMessage));
  else
    await i.reply({
      ...payload(first as DiscordMessage),
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
  for (const m of rest)
    await i.followUp({ ...payload(m), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

async function complete(i: AutocompleteInteraction, deps: AnswerDeps): Promise<void> {
  await i.respond(speakerChoices(deps, String(i.options.getFocused())));
}

export function createDiscordAdapter(env: Env, deps: AnswerDeps & { keyword: string }): DiscordAdapter {
  const { log, keyword } = deps;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(env.DISCORD_API_URL ? { rest: { api: env.DISCORD_API_URL } } : {}),
  });
  client.on(Events.InteractionCreate, async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await complete(interaction, deps);
      else if (interaction.isChatInputCommand()) await answer(interaction, deps, keyword);
    } catch (error) {
      log.error({ err: { message: (error as Error).message } }, 'discord interaction failed');
      if (interaction.isChatInputCommand() && !interaction.replied) {
        const message = {
          content: 'Sorry, that did not work. Try /summit help.',
          allowedMentions: NO_MENTIONS,
        };
        await (interaction.deferred
          ? interaction.editReply(message)
          : interaction.reply({ ...message, flags: MessageFlags.Ephemeral })
        ).catch(() => {});
      }
    }
  });
  client.on(Events.Error, (error) => log.error({ err: { message: error.message } }, 'discord client error'));
  return {
    client,
    async start() {
      if (env.DISCORD_REGISTER === '1') {
        const count = await registerCommands({
          token: env.DISCORD_TOKEN as string,
          appId: env.DISCORD_APP_ID as string,
          keyword,
          ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
          ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
        });
        log.info({ count, guild: env.DISCORD_GUILD_ID ?? 'global' }, 'discord commands registered');
      }
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(env.DISCORD_TOKEN);
      } catch (error) {
        throw new StartupError(
          `Discord login failed (${(error as { code?: string }).code ?? (error as Error).message}); check DISCORD_TOKEN and the network`,
        );
      }
      await ready;
      log.info({ user: client.user?.tag }, 'discord adapter ready');
    },
    async stop() {
      await client.destroy();
    },
    async post(channelId, messages) {
      const ids: string[] = [];
      for (const m of messages) {
        try {
          const sent = (await client.rest.post(`/channels/${channelId}/messages`, {
            body: { embeds: m.embeds, allowed_mentions: m.allowed_mentions },
          })) as { id?: string };
          if (sent?.id) ids.push(sent.id);
        } catch (error) {
          throw discordError(error, 'create message');
        }
      }
      return ids;
    },
    async findMarked(channelId, footer, since) {
      let after = SnowflakeUtil.generate({ timestamp: since.getTime() }).toString();
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let batch: ChannelMessage[];
        try {
          batch = (await client.rest.get(`/channels/${channelId}/messages`, {
            query: new URLSearchParams({ after, limit: '100' }),
          })) as ChannelMessage[];
        } catch (error) {
          throw discordError(error, 'get channel messages');
        }
        const mine = (m: ChannelMessage) => !client.user || m.author?.id === client.user.id;
        const found = batch.find((m) => mine(m) && m.embeds?.some((e) => e.footer?.text?.includes(footer)));
        if (found) return found.id;
        if (batch.length < 100) return undefined;
        after = batch.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
      }
      return undefined;
    },
  };
}
