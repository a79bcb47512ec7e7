import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, requireClientId, type AppConfig } from '../config.ts';
import { slashCommands as defaultCommands } from './slashCommands.ts';
import type { BotCommand } from './types.ts';

export interface DeployOptions {
  /** REST base without the version (tests: a fake Discord); default discord.com. */
  api?: string;
  commands?: readonly BotCommand[];
}

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  names: string[];
}

/** The JSON Discord receives for each command. */
export function commandPayloads(commands: readonly BotCommand[] = defaultCommands): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

/**
 * Registers (overwrites) the bot's slash commands: in DISCORD_GUILD_ID when set — instant —
 * otherwise globally, which can take up to an hour to show up. Throws ConfigError when
 * DISCORD_TOKEN or DISCORD_CLIENT_ID is missing.
 */
export async function deployCommands(config: AppConfig, options: DeployOptions = {}): Promise<DeployResult> {
  const { token, clientId, guildId } = requireClientId(config);
  const api = options.api ?? config.discord?.apiUrl;
  const rest = new REST({ version: '10', ...(api ? { api } : {}) }).setToken(token);
  const body = commandPayloads(options.commands);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  await rest.put(route, { body });
  return { scope: guildId ? 'guild' : 'global', guildId, names: body.map((command) => command.name) };
}

/** `npm run deploy-commands`: one line on success, one line naming the problem on failure. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  try {
    const config = loadConfig(process.env, process.cwd());
    const result = await deployCommands(config);
    const where = result.scope === 'guild' ? `server ${result.guildId}` : 'all servers (global; may take up to an hour to appear)';
    process.stdout.write(`Registered ${result.names.length} commands (/${result.names.join(', /')}) in ${where}.\n`);
  } catch (error) {
    process.stderr.write(`Cannot deploy commands: ${describeError(error)}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  }
}

function describeError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'Discord rejected DISCORD_TOKEN (401). Reset it in the Developer Portal → Bot and copy it again.';
    if (error.status === 403 || error.code === 50001) {
      return `Discord refused access (${error.code}). Check DISCORD_CLIENT_ID is this bot's Application ID and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`;
    }
    return `Discord answered ${error.status} (code ${error.code}): ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) await main();
