/** Discord application commands of newsdesk, and their registration through REST. */
import { REST, Routes, SlashCommandBuilder } from 'discord.js';

/** `/summit <sub>` and `/quote speaker:<name>` (with autocomplete), as registration JSON. */
export function commandDefinitions(keyword: string) {
  const summit = new SlashCommandBuilder()
    .setName(keyword)
    .setDescription('Latest on the story, with sources')
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
    .addSubcommand((s) => s.setName('help').setDescription('What newsdesk can do'));
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
  return [summit.toJSON(), quote.toJSON()];
}

export interface RegisterOptions {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  keyword: string;
}

/**
 * Registers the commands: to one guild when `guildId` is set (instant, for development), otherwise
 * globally (can take up to an hour to appear). Uses PUT, so it replaces what was registered before.
 */
export async function registerCommands(options: RegisterOptions): Promise<number> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const body = commandDefinitions(options.keyword);
  await rest.put(route, { body });
  return body.length;
}
