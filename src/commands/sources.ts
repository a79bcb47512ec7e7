import type { SourcesSummary } from '../core/newsDesk.ts';
import { publicationLabel } from '../presentation/citationText.ts';
import { DISCORD_LIMITS, joinLinesWithin } from '../presentation/limits.ts';
import { safeText } from '../presentation/safeText.ts';
import { skippedVerb } from '../domain/article.ts';
import { COLOR, plural } from '../presentation/text.ts';
import type { Command, Reply, ReplyEmbed } from './types.ts';
import { orUnavailable } from './unavailable.ts';

export const sources: Command = {
  name: 'sources',
  usage: '/sources',
  description: 'The articles that are indexed, and any files that were skipped.',
  options: [],
  checks: { busyWork: true },
  run: (context) =>
    orUnavailable(async () => {
      const summary = await context.desk.sources();
      return { text: () => sourcesText(summary), reply: () => sourcesReply(summary) };
    }),
};

export function sourcesText(summary: SourcesSummary): string {
  const lines = [
    `${summary.articles.length} article(s), ${summary.passages} passages, ${summary.quotes} quotes from ${summary.speakers} speakers; indexed ${summary.indexedAt.toISOString()}.`,
  ];
  for (const article of summary.articles) {
    const meta = [publicationLabel(article), article.dateText, article.byline ? `by ${article.byline}` : null].filter(Boolean).join(', ');
    lines.push(
      `- “${article.headline}” (${meta}) — ${article.file}: ${article.passages} passages, ${article.quotes} quotes${article.readerComments > 0 ? `, ${article.readerComments} reader comments ${summary.includeComments ? 'indexed as comments' : 'not indexed'}` : ''}`,
    );
  }
  for (const skipped of summary.skipped) lines.push(`! ${skippedVerb(skipped)} ${skipped.file}: ${skipped.reason}`);
  return lines.join('\n');
}

export function sourcesReply(summary: SourcesSummary): Reply {
  const indexedAt = Math.floor(summary.indexedAt.getTime() / 1000);
  const head = `${plural(summary.articles.length, 'article')}, ${plural(summary.passages, 'passage')}, ${plural(summary.quotes, 'quote')} from ${plural(summary.speakers, 'speaker')}; indexed <t:${indexedAt}:R>.`;
  const lines = summary.articles.map((article) => {
    const meta = [publicationLabel(article), article.dateText, article.byline ? `by ${article.byline}` : null].filter(Boolean).join(', ');
    const comments = article.readerComments > 0 ? `, ${plural(article.readerComments, 'reader comment')} ${summary.includeComments ? 'indexed as comments' : 'not indexed'}` : '';
    return `• “${safeText(article.headline, 200)}” (${safeText(meta, 200)}) — ${safeText(article.file, 120)}: ${plural(article.passages, 'passage')}, ${plural(article.quotes, 'quote')}${comments}`;
  });
  const embed: ReplyEmbed = {
    color: COLOR.info,
    title: 'Indexed articles',
    description: joinLinesWithin([head, ...lines], DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more article')}.`),
  };
  if (summary.skipped.length > 0) {
    const skipped = summary.skipped.map((entry) => `• ${safeText(entry.file, 120)}: ${safeText(entry.reason, 300)}`);
    const name = summary.skipped.every((entry) => entry.partly)
      ? 'Files partly read'
      : summary.skipped.some((entry) => entry.partly)
        ? 'Files skipped or partly read'
        : 'Skipped files';
    embed.fields = [
      { name: `${name} (${summary.skipped.length})`, value: joinLinesWithin(skipped, DISCORD_LIMITS.fieldValue, (hidden) => `…and ${plural(hidden, 'more file')}.`) },
    ];
  }
  return { embeds: [embed] };
}
