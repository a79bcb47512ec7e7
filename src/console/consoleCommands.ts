import type { NewsDesk } from '../core/newsDesk.ts';
import { renderAsk, renderHelp, renderQuotes, renderReindex, renderSources, renderSpeakers } from './renderText.ts';

export interface ConsoleReply {
  output: string;
  quit?: boolean;
}

/**
 * One console line to one answer. "/ask x", "ask x" and a bare question are the same;
 * unknown commands get help, never an exception.
 */
export async function runConsoleLine(desk: NewsDesk, line: string): Promise<ConsoleReply> {
  const trimmed = line.trim();
  if (!trimmed) return { output: '' };
  const match = /^\/?(?<command>ask|quote|quotes|speakers|sources|reindex|help|quit|exit)\b\s*(?<argument>.*)$/is.exec(trimmed);
  if (!match?.groups) {
    if (trimmed.startsWith('/')) return { output: `Unknown command “${trimmed.split(/\s/)[0]}”.\n${renderHelp()}` };
    return { output: renderAsk(desk.ask(trimmed)) };
  }
  const command = (match.groups.command ?? '').toLowerCase();
  const argument = match.groups.argument ?? '';
  switch (command) {
    case 'ask':
      return { output: renderAsk(desk.ask(argument)) };
    case 'quote':
    case 'quotes':
      return { output: renderQuotes(desk.quotes(argument)) };
    case 'speakers':
      return { output: renderSpeakers(desk.speakers()) };
    case 'sources':
      return { output: renderSources(desk.sources()) };
    case 'reindex':
      return { output: renderReindex(await desk.reindex()) };
    case 'quit':
    case 'exit':
      return { output: 'Bye.', quit: true };
    default:
      return { output: renderHelp() };
  }
}
