import { createInterface } from 'node:readline';
import type { Desk } from '../core/desk.ts';
import { runConsoleLine } from './consoleCommands.ts';

export const EMPTY_ARGUMENTS = 'Nothing to answer: give a question or a command, e.g. npm start -- ask "who was elected mayor?", npm start -- quote Smith, or npm start -- help.';

/**
 * Console mode: the bot's commands in a terminal, with no Discord token needed.
 * - arguments: one command, then exit (`npm start -- ask "what did Perry warn?"`);
 * - a terminal: an interactive prompt;
 * - piped input: one command per line, then exit.
 */
export async function runConsole(desk: Desk, args: string[], io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean }): Promise<void> {
  const write = (text: string) => {
    if (text) io.output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  if (args.length > 0) {
    const line = args.join(' ');
    // `npm start -- ""` (an empty argument, e.g. an unset shell variable) must not print nothing.
    if (!line.trim()) write(EMPTY_ARGUMENTS);
    else write((await runConsoleLine(desk, line)).output);
    return;
  }
  if (io.interactive) {
    const { articles, passages, quotes } = await desk.sources();
    write(
      `Console mode (no DISCORD_TOKEN set): ${articles.length} article(s), ${passages} passages, ${quotes} quotes indexed.\nType /help for commands, or just ask a question. /quit leaves.`,
    );
  }
  const lines = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  if (io.interactive) {
    lines.setPrompt('news> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const reply = await runConsoleLine(desk, line);
    write(reply.output);
    if (reply.quit) break;
    if (io.interactive) lines.prompt();
  }
  lines.close();
}
