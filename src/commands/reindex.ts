import type { ReindexResult } from '../core/newsDesk.ts';
import { DISCORD_LIMITS, joinLinesWithin } from '../presentation/limits.ts';
import { safeText } from '../presentation/safeText.ts';
import { COLOR, plural, reindexLines } from '../presentation/text.ts';
import type { Command, Outcome, Reply } from './types.ts';

export const reindex: Command = {
  name: 'reindex',
  usage: '/reindex',
  description: 'Reread the seeds folder and report what changed.',
  options: [],
  // It runs one at a time on its own, so it never waits for a place among questions.
  checks: { moderatorOnly: true, busyWork: false },
  guildOnly: true,
  // Reading and analysing the folder can take longer than Discord's 3 s.
  slow: true,
  refuse: (context) => (context.desk.isReindexing ? reindexOutcome({ status: 'busy' }) : null),
  async run(context) {
    context.log?.('reindex started');
    const result = await context.desk.reindex({
      ...(context.signal ? { signal: context.signal } : {}),
      ...(context.onFile ? { onFile: context.onFile } : {}),
    });
    context.log?.('reindex finished', { status: result.status, ...('durationMs' in result ? { ms: Math.round(result.durationMs) } : {}) });
    return reindexOutcome(result);
  },
};

export function reindexOutcome(result: ReindexResult): Outcome {
  return { text: () => reindexLines(result).join('\n'), reply: () => reindexReply(result) };
}

export function reindexReply(result: ReindexResult): Reply {
  const lines = reindexLines(result).map((line) => safeText(line));
  if (result.status === 'busy') return { content: lines.join(' '), ephemeral: true };
  if (result.status === 'cancelled') return { content: lines.join(' ') };
  return {
    embeds: [
      {
        color: result.status === 'done' ? COLOR.ok : COLOR.failed,
        title: result.status === 'done' ? 'Reindex done' : 'Reindex failed',
        description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more line')}.`),
      },
    ],
  };
}
