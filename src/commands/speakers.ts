import type { Speaker } from '../domain/types.ts';
import { DISCORD_LIMITS, joinLinesWithin } from '../presentation/limits.ts';
import { safeText } from '../presentation/safeText.ts';
import { COLOR, plural, speakerHeading } from '../presentation/text.ts';
import type { Command, Reply } from './types.ts';
import { orUnavailable } from './unavailable.ts';

export const speakers: Command = {
  name: 'speakers',
  usage: '/speakers',
  description: 'Everyone quoted in the indexed articles, most quoted first.',
  options: [],
  checks: { busyWork: true },
  run: (context) =>
    orUnavailable(async () => {
      const list = await context.desk.speakers();
      return { text: () => speakersText(list), reply: () => speakersReply(list) };
    }),
};

export function speakersText(list: readonly Speaker[]): string {
  if (list.length === 0) return 'No one is quoted in the indexed articles.';
  return list
    .map((speaker) => {
      const others = speaker.aliases.filter((alias) => alias !== speaker.name);
      return `${speakerHeading(speaker)}: ${speaker.statementCount} statement(s)${speaker.quoteCount > speaker.statementCount ? ` (${speaker.quoteCount} reports)` : ''}${others.length > 0 ? `; also “${others.join('”, “')}”` : ''}`;
    })
    .join('\n');
}

export function speakersReply(list: readonly Speaker[]): Reply {
  if (list.length === 0) return { content: 'No one is quoted in the indexed articles.', ephemeral: true };
  const lines = list.map((speaker) => {
    const others = speaker.aliases.filter((alias) => alias !== speaker.name).slice(0, 4);
    const also = others.length > 0 ? `; also “${others.map((alias) => safeText(alias, 60)).join('”, “')}”` : '';
    const copies = speaker.quoteCount > speaker.statementCount ? ` (${plural(speaker.quoteCount, 'report')})` : '';
    return `**${safeText(speakerHeading(speaker), 150)}** — ${plural(speaker.statementCount, 'statement')}${copies}${also}`;
  });
  return {
    embeds: [
      {
        color: COLOR.info,
        title: `Who is quoted (${list.length})`,
        description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more speaker')}.`),
        footer: { text: 'Most quoted first · /quote <name> shows what they said' },
      },
    ],
  };
}
