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
  type Interaction,
  MessageFlags,
  SnowflakeUtil,
} from 'discord.js';
import type { Briefing } from '../briefing.ts';
import { mayBeSlow } from '../commands/answers.ts';
import { type Command, parseSlashCommand } from '../commands/parse.ts';
import type { Env } from '../config.ts';
import type { Logger } from '../log.ts';
import { ErrorCode, StartupError } from '../errors.ts';
import { DISCORD } from '../render/limits.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';
import { truncate } from '../render/sources.ts';
import { type AnswerDeps, answerAllowed, isPublic, rateLimited } from './answer.ts';
import { DEFAULT_DRAIN_MS, InFlight } from './inFlight.ts';
import { discordError } from './platformErrors.ts';
import { registerCommands } from './discordCommands.ts';
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

/** The slash command an interaction names, as the name and argument text every platform parses alike. */
export function invocationOf(i: Pick<ChatInputCommandInteraction, 'commandName' | 'options'>): {
  name: string;
  args: string;
} {
  const options = i.options;
  if (i.commandName === 'quote') return { name: 'quote', args: options.getString('speaker') ?? '' };
  const sub = options.getSubcommand(false) ?? '';
  return { name: i.commandName, args: `${sub} ${options.getString('words') ?? ''}` };
}

/** Reads a chat-input interaction into a Command through the one parser (cleaned and capped like chat text). */
export function commandFromInteraction(
  i: Pick<ChatInputCommandInteraction, 'commandName' | 'options'>,
  keyword: string,
): Command {
  const { name, args } = invocationOf(i);
  return parseSlashCommand(name, args, keyword);
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

/** What the adapter sends for one message of an answer: embeds only, never a mention. */
export interface DiscordPayload {
  content?: string;
  embeds?: DiscordMessage['embeds'];
  allowedMentions: typeof NO_MENTIONS;
  flags?: MessageFlags.Ephemeral;
}

/** A briefing as the payloads the adapter sends (one per message), ephemeral when only the asker should see it. */
export function discordPayloads(briefing: Briefing, footerText: string): DiscordPayload[] {
  const ephemeral = !isPublic(briefing);
  return renderDiscord(briefing, footerText).map((m) => ({
    embeds: m.embeds,
    allowedMentions: NO_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  }));
}

/** The short answer when something failed outside the command itself; it names the configured command. */
export function fallbackPayload(keyword: string, text = 'Sorry, that did not work.'): DiscordPayload {
  return {
    content: `${text} Try /${keyword} help.`,
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/**
 * Sends an answer. A reply deferred in public cannot become ephemeral, so a private answer after a public
 * defer (a rate limit, an error) deletes the deferred reply and goes out as ephemeral follow-ups.
 */
async function deliver(i: ChatInputCommandInteraction, payloads: DiscordPayload[]): Promise<void> {
  const [first, ...rest] = payloads as [DiscordPayload, ...DiscordPayload[]];
  const ephemeral = first.flags === MessageFlags.Ephemeral;
  if (!i.deferred) await i.reply(first);
  else if (ephemeral && !i.ephemeral) {
    await i.deleteReply();
    await i.followUp(first);
  } else {
    const { flags: _, ...edit } = first;
    await i.editReply(edit);
  }
  for (const m of rest) await i.followUp(m);
}

async function answer(i: ChatInputCommandInteraction, deps: AnswerDeps): Promise<void> {
  const command = commandFromInteraction(i, deps.keyword);
  // The rate limit is checked before any defer, so its answer is an ephemeral reply from the start.
  const limited = rateLimited(deps, i.user.id);
  if (limited) return deliver(i, discordPayloads(limited, footer(deps)));
  if (mayBeSlow(deps.store.current, command)) {
    await i.deferReply(
      command.name === 'digest' || command.name === 'help' ? { flags: MessageFlags.Ephemeral } : {},
    );
  }
  await deliver(i, discordPayloads(answerAllowed(deps, command), footer(deps)));
}

async function complete(i: AutocompleteInteraction, deps: AnswerDeps): Promise<void> {
  await i.respond(speakerChoices(deps, String(i.options.getFocused())));
}

/** Tells the asker that something failed, ephemerally; if even that fails, logs it with its code. */
async function fallback(i: ChatInputCommandInteraction, keyword: string, log: Logger, text?: string) {
  const payload = fallbackPayload(keyword, text);
  try {
    if (i.replied) await i.followUp(payload);
    else if (i.deferred && !i.ephemeral) {
      await i.deleteReply();
      await i.followUp(payload);
    } else if (i.deferred) await i.editReply({ content: payload.content, allowedMentions: NO_MENTIONS });
    else await i.reply(payload);
  } catch (error) {
    const failure = discordError(error, 'fallback answer');
    log.error({ code: failure.code, err: { message: failure.message } }, 'discord fallback answer failed');
  }
}

export function createDiscordAdapter(
  env: Env,
  deps: AnswerDeps & {
    drainMs?: number /** False in a shard process: the manager registers. */;
    register?: boolean;
  },
): DiscordAdapter {
  const { log, keyword } = deps;
  const inFlight = new InFlight();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(env.DISCORD_API_URL ? { rest: { api: env.DISCORD_API_URL } } : {}),
  });
  const handle = async (interaction: Interaction) => {
    if (interaction.isAutocomplete()) return complete(interaction, deps);
    if (!interaction.isChatInputCommand()) return;
    if (inFlight.closing)
      return fallback(interaction, keyword, log, 'newsdesk is restarting; ask again in a minute.');
    try {
      await answer(interaction, deps);
    } catch (error) {
      const failure = discordError(error, 'interaction answer');
      log.error({ code: failure.code, err: { message: failure.message } }, 'discord interaction failed');
      await fallback(interaction, keyword, log);
    }
  };
  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight
      .track(() => handle(interaction))
      .catch((error: unknown) =>
        log.error({ err: { message: (error as Error).message } }, 'discord interaction failed'),
      );
  });
  client.on(Events.Error, (error) => log.error({ err: { message: error.message } }, 'discord client error'));
  return {
    client,
    async start() {
      if (env.DISCORD_REGISTER === '1' && deps.register !== false) {
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
      log.info(
        {
          user: client.user?.tag,
          ...(client.shard ? { shards: client.shard.ids, of: client.shard.count } : {}),
        },
        'discord adapter ready',
      );
    },
    /** Turns new interactions away, finishes those in flight (bounded by `drainMs`), then disconnects. */
    async stop() {
      const left = await inFlight.drain(deps.drainMs ?? DEFAULT_DRAIN_MS);
      if (left > 0) {
        log.warn(
          { code: ErrorCode.DrainTimedOut, unanswered: left },
          'discord adapter stopped with interactions in flight',
        );
      }
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
