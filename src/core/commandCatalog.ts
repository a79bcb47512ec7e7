/** The commands the bot offers, described once for /help in the console and on Discord. */
export interface CommandInfo {
  name: string;
  usage: string;
  description: string;
  moderatorOnly?: boolean;
}

export const COMMANDS: readonly CommandInfo[] = [
  { name: 'ask', usage: '/ask <question>', description: 'The passages that best answer a question, each with its source.' },
  { name: 'quote', usage: '/quote <speaker>', description: 'What a person is reported to have said, quote by quote, with sources.' },
  { name: 'speakers', usage: '/speakers', description: 'Everyone quoted in the indexed articles, most quoted first.' },
  { name: 'sources', usage: '/sources', description: 'The articles that are indexed, and any files that were skipped.' },
  { name: 'reindex', usage: '/reindex', description: 'Reread the seeds folder and report what changed.', moderatorOnly: true },
  { name: 'help', usage: '/help', description: 'This list.' },
];
