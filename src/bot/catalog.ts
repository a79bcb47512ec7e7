import { COMMANDS } from '../core/commandCatalog.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';

/** A slash command's description, from the one catalog the console's /help uses too. */
export function describeCommand(name: string): string {
  const info = COMMANDS.find((command) => command.name === name);
  if (!info) throw new Error(`No catalog entry for /${name}`);
  return truncate(info.description, DISCORD_LIMITS.commandDescription);
}
