import { COMMANDS } from '../commands/index.ts';
import { helpText } from '../commands/help.ts';
import type { Command, CommandContext, CommandInput } from '../commands/types.ts';
import type { Desk } from '../core/desk.ts';
import { printable } from '../domain/printable.ts';

export interface ConsoleReply {
  output: string;
  quit?: boolean;
}

const QUIT_WORDS = new Set(['quit', 'exit']);

/** Every spelling the console accepts for each command, derived from the command list. */
function commandsBySpelling(commands: readonly Command[]): Map<string, Command> {
  const bySpelling = new Map<string, Command>();
  for (const command of commands) for (const spelling of [command.name, ...(command.aliases ?? [])]) bySpelling.set(spelling.toLowerCase(), command);
  return bySpelling;
}

const BY_SPELLING = commandsBySpelling(COMMANDS);

/**
 * One console line to one answer. "/ask x", "ask x" and a bare question are the same; the rest of
 * the line is the command's first text option. Unknown commands get help, never an exception.
 */
export async function runConsoleLine(desk: Desk, line: string): Promise<ConsoleReply> {
  const trimmed = line.trim();
  if (!trimmed) return { output: '' };
  const match = /^(?<slash>\/?)(?<word>[^\s/]+)(?:\s+(?<argument>.*))?$/s.exec(trimmed);
  const word = match?.groups?.word?.toLowerCase() ?? '';
  const context: CommandContext = { desk, commands: COMMANDS, discord: null };
  if (QUIT_WORDS.has(word)) return { output: 'Bye.', quit: true };
  const command = BY_SPELLING.get(word);
  if (!command) {
    if (trimmed.startsWith('/')) return { output: `Unknown command “${printable(trimmed.split(/\s/)[0] ?? '')}”.\n${helpText(COMMANDS)}` };
    return { output: await runCommand(BY_SPELLING.get('ask'), context, trimmed) };
  }
  return { output: await runCommand(command, context, match?.groups?.argument ?? '') };
}

async function runCommand(command: Command | undefined, context: CommandContext, argument: string): Promise<string> {
  if (!command) return helpText(COMMANDS);
  const first = command.options.find((option) => option.type === 'string');
  const input: CommandInput = first ? { [first.name]: argument } : {};
  const outcome = await command.run(context, input);
  return outcome.text();
}
