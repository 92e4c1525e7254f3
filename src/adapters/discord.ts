/**
 * Discord adapter (discord.js v14): one command per story (`/summit <sub>`) and `/quote speaker:` with
 * speaker autocomplete; the "next page" button; subscriptions from chat (members with Manage Channels);
 * posting and editing digests and alerts. Answers as embeds (split across messages when needed), never
 * pinging anyone; errors answer ephemerally.
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  SnowflakeUtil,
} from 'discord.js';
import type { Briefing } from '../briefing.ts';
import { mayBeSlow } from '../commands/answers.ts';
import { type Command, isSubscriptionCommand, parsePage, parseSlashCommand } from '../commands/parse.ts';
import { answerSubscription, type Permission } from '../commands/subscriptions.ts';
import type { Env } from '../config.ts';
import type { Logger } from '../log.ts';
import { ErrorCode, StartupError } from '../errors.ts';
import { DISCORD } from '../render/limits.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';
import { decodePageToken, isPageToken } from '../render/paging.ts';
import { truncate } from '../render/sources.ts';
import type { Speaker } from '../quotes/speakerSearch.ts';
import { type AnswerDeps, answerAllowed, isPublic, rateLimited, storyOf } from './answer.ts';
import { DEFAULT_DRAIN_MS, InFlight } from './inFlight.ts';
import { discordError } from './platformErrors.ts';
import { registerCommands } from './discordCommands.ts';
import { plural } from '../text/plural.ts';

const NO_MENTIONS = { parse: [] as [] };

export interface DiscordAdapter {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts messages to a channel (digests, alerts); resolves with their ids. Fails with a PlatformError. */
  post(channelId: string, messages: DiscordMessage[]): Promise<string[]>;
  /** Replaces the content of a message the bot posted (an alert more outlets reported). */
  edit(channelId: string, messageId: string, message: DiscordMessage): Promise<void>;
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
  const text = (name: string) => options.getString(name) ?? '';
  if (i.commandName === 'quote') {
    // `story:` narrows /quote to one story: the same as typing `/<story> quote <name>`.
    const story = text('story');
    return story
      ? { name: story, args: `quote ${text('speaker')}` }
      : { name: 'quote', args: text('speaker') };
  }
  const group = options.getSubcommandGroup(false);
  const sub = options.getSubcommand(false) ?? '';
  if (group === 'subscribe')
    return { name: i.commandName, args: `subscribe ${sub} ${text('time')} ${text('zone')}` };
  if (sub === 'unsubscribe') return { name: i.commandName, args: `unsubscribe ${text('what')}` };
  return { name: i.commandName, args: `${sub} ${text('words')}` };
}

/** Reads a chat-input interaction into a Command through the one parser (cleaned and capped like chat text). */
export function commandFromInteraction(
  i: Pick<ChatInputCommandInteraction, 'commandName' | 'options'>,
  keywords: string | readonly string[],
): Command {
  const { name, args } = invocationOf(i);
  return parseSlashCommand(name, args, keywords);
}

/**
 * Autocomplete choices for the speaker option: fuzzy matches in one story or in every story (each name
 * once, with its quotes counted over them), ≤ 25, names ≤ 100 characters.
 */
export function speakerChoices(
  deps: AnswerDeps,
  typed: string,
  story?: string,
): { name: string; value: string }[] {
  const entries = story ? deps.stories.all.filter((e) => e.story.keyword === story) : deps.stories.all;
  const byName = new Map<string, Speaker>();
  for (const { store } of entries) {
    const speakers = store.current.speakers;
    const found = typed.trim() === '' ? speakers.speakers : speakers.find(typed, DISCORD.autocompleteChoices);
    for (const s of found.slice(0, DISCORD.autocompleteChoices)) {
      const seen = byName.get(s.name);
      byName.set(s.name, seen ? { ...seen, quoteCount: seen.quoteCount + s.quoteCount } : s);
    }
  }
  const merged = [...byName.values()];
  if (entries.length > 1 && typed.trim() === '') merged.sort((a, b) => b.quoteCount - a.quoteCount);
  return merged.slice(0, DISCORD.autocompleteChoices).map((s) => ({
    name: truncate(`${s.name} (${plural(s.quoteCount, 'quote')})`, DISCORD.choiceName),
    value: truncate(s.name, DISCORD.choiceName),
  }));
}

/** The footer of an answer: the newest article of the story it comes from. */
function footer(deps: AnswerDeps, command?: Command): string {
  const newest = (command ? storyOf(deps, command) : deps.stories.first).store.current.articles[0]?.published;
  return `newsdesk${newest ? ` · articles up to ${newest}` : ''}`;
}

/** The help command of the story a command asks (or the first story). */
function helpName(deps: AnswerDeps, command?: Command): string {
  return (command ? storyOf(deps, command) : deps.stories.first).story.keyword;
}

/** Discord's rule for subscriptions: in a server channel, by members who may manage channels. */
export function discordPermission(i: Pick<Interaction, 'inGuild' | 'memberPermissions'>): Permission {
  if (!i.inGuild())
    return {
      allowed: false,
      reason:
        'Subscriptions belong to server channels: type the command in the channel that should get the posts.',
    };
  return i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)
    ? { allowed: true }
    : {
        allowed: false,
        reason: 'Only members who may manage channels (Manage Channels) can change its subscriptions.',
      };
}

/** What the adapter sends for one message of an answer: embeds (and a button) only, never a mention. */
export interface DiscordPayload {
  content?: string;
  embeds?: DiscordMessage['embeds'];
  components?: DiscordMessage['components'];
  allowedMentions: typeof NO_MENTIONS;
  flags?: MessageFlags.Ephemeral;
}

/**
 * A briefing as the payloads the adapter sends (one per message), ephemeral when only the asker should see
 * it (or `ephemeral` says so: a next page is for whoever pressed the button).
 */
export function discordPayloads(
  briefing: Briefing,
  footerText: string,
  ephemeral = !isPublic(briefing),
): DiscordPayload[] {
  return renderDiscord(briefing, footerText).map((m) => ({
    embeds: m.embeds,
    ...(m.components ? { components: m.components } : {}),
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
async function deliver(
  i: ChatInputCommandInteraction | ButtonInteraction,
  payloads: DiscordPayload[],
): Promise<void> {
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
  const command = commandFromInteraction(i, deps.stories.keywords);
  // The rate limit is checked before any defer, so its answer is an ephemeral reply from the start.
  const limited = rateLimited(deps, i.user.id);
  if (limited) return deliver(i, discordPayloads(limited, footer(deps, command)));
  if (isSubscriptionCommand(command) && deps.subscriptions) {
    // The store may wait for its lock: deferred in public (a refusal then goes out as an ephemeral follow-up).
    await i.deferReply();
    const briefing = await answerSubscription(
      command,
      { platform: 'discord', channel: i.channelId, user: i.user.id },
      async () => discordPermission(i),
      { ...deps.subscriptions, now: new Date() },
    );
    return deliver(i, discordPayloads(briefing, footer(deps, command)));
  }
  if (mayBeSlow(storyOf(deps, command).store.current, command)) {
    await i.deferReply(
      command.name === 'digest' || command.name === 'help' ? { flags: MessageFlags.Ephemeral } : {},
    );
  }
  await deliver(i, discordPayloads(answerAllowed(deps, command), footer(deps, command)));
}

/** "Show more": the next page, ephemeral, for whoever pressed the button. */
async function page(i: ButtonInteraction, deps: AnswerDeps): Promise<void> {
  const asked = decodePageToken(i.customId);
  const command: Command = asked
    ? parsePage(asked, deps.stories.keywords)
    : { name: 'help', unknown: 'that button' };
  const briefing = rateLimited(deps, i.user.id) ?? answerAllowed(deps, command);
  await deliver(i, discordPayloads(briefing, footer(deps, command), true));
}

async function complete(i: AutocompleteInteraction, deps: AnswerDeps): Promise<void> {
  const story = i.commandName === 'quote' ? (i.options.getString('story') ?? undefined) : undefined;
  await i.respond(speakerChoices(deps, String(i.options.getFocused()), story));
}

/** Tells the asker that something failed, ephemerally; if even that fails, logs it with its code. */
async function fallback(
  i: ChatInputCommandInteraction | ButtonInteraction,
  keyword: string,
  log: Logger,
  text?: string,
) {
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
    drainMs?: number;
    /** False in a shard process: the manager registers. */
    register?: boolean;
  },
): DiscordAdapter {
  const { log } = deps;
  const keyword = helpName(deps);
  const inFlight = new InFlight();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(env.DISCORD_API_URL ? { rest: { api: env.DISCORD_API_URL } } : {}),
  });
  const handle = async (interaction: Interaction) => {
    if (interaction.isAutocomplete()) return complete(interaction, deps);
    // Chat commands, and the buttons this adapter made (a page token in the custom id).
    if (!interaction.isChatInputCommand() && !(interaction.isButton() && isPageToken(interaction.customId)))
      return;
    if (inFlight.closing)
      return fallback(interaction, keyword, log, 'newsdesk is restarting; ask again in a minute.');
    try {
      if (interaction.isButton()) await page(interaction, deps);
      else await answer(interaction, deps);
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
          stories: deps.stories.all.map((e) => e.story),
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
    async edit(channelId, messageId, message) {
      try {
        await client.rest.patch(`/channels/${channelId}/messages/${messageId}`, {
          body: { embeds: message.embeds, allowed_mentions: message.allowed_mentions },
        });
      } catch (error) {
        throw discordError(error, 'edit message');
      }
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
