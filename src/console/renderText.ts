import type { AskResult } from '../core/newsDesk.ts';
import { citationLine } from '../core/citationText.ts';
import { COMMANDS } from '../core/commandCatalog.ts';
import type { QuotesResult, ReindexResult, SourcesSummary } from '../core/newsDesk.ts';
import type { Quote, Speaker } from '../domain/types.ts';

/** Plain-text renderings of core results for the terminal. */

export function renderAsk(result: AskResult): string {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'nothing-found') {
    const hint = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : ' Try other words, a name, or /speakers and /sources to see what is covered.';
    return `Nothing in the indexed articles matches “${result.question}”.${hint}`;
  }
  const lines: string[] = [];
  if (result.correctedQuestion) lines.push(`(searched for “${result.correctedQuestion}”)`);
  if (result.status === 'not-covered') {
    lines.push(result.reason);
    if (result.nearest.length > 0) lines.push('Closest passages — not an answer:');
  }
  const hits = result.status === 'not-covered' ? result.nearest : result.hits;
  hits.forEach((hit, index) => {
    lines.push(`${index + 1}. ${hit.text}`);
    if (hit.context) lines.push(`   context: ${hit.context}`);
    lines.push(`   — ${citationLine(hit.citation)}`);
  });
  return lines.join('\n');
}

export function quoteLabel(quote: Quote): string {
  if (quote.kind === 'reported') return `(reported) ${quote.text}`;
  return `“${quote.text}”`;
}

export function renderQuotes(result: QuotesResult): string {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'unknown-speaker') {
    const known = result.knownSpeakers.map((speaker) => speaker.name).join(', ') || 'none yet';
    return `No quotes from “${result.query}” in the indexed articles. Known speakers: ${known}.`;
  }
  const { speaker, quotes } = result;
  const lines = [`${speakerHeading(speaker)} — ${quotes.length} quote(s)`];
  quotes.forEach((quote, index) => {
    lines.push(`${index + 1}. ${quoteLabel(quote)}`);
    if (quote.kind !== 'reported' && quote.sentence !== quote.text) lines.push(`   in: ${quote.sentence}`);
    lines.push(`   — ${citationLine(quote.citation)}${quote.attribution === 'pronoun' || quote.attribution === 'title' ? ` (attributed from “${quote.cue}”)` : ''}`);
  });
  return lines.join('\n');
}

export function speakerHeading(speaker: Speaker): string {
  const title = speaker.titles[0];
  return title ? `${speaker.name} (${title})` : speaker.name;
}

export function renderSpeakers(speakers: Speaker[]): string {
  if (speakers.length === 0) return 'No one is quoted in the indexed articles.';
  return speakers
    .map((speaker) => {
      const others = speaker.aliases.filter((alias) => alias !== speaker.name);
      return `${speakerHeading(speaker)}: ${speaker.quoteCount} quote(s)${others.length > 0 ? `; also “${others.join('”, “')}”` : ''}`;
    })
    .join('\n');
}

export function renderSources(sources: SourcesSummary): string {
  const lines = [`${sources.articles.length} article(s), ${sources.passages} passages, ${sources.quotes} quotes from ${sources.speakers} speakers; indexed ${sources.indexedAt.toISOString()}.`];
  for (const article of sources.articles) {
    const meta = [article.publication ?? 'publication not named', article.dateText, article.byline ? `by ${article.byline}` : null].filter(Boolean).join(', ');
    lines.push(`- “${article.headline}” (${meta}) — ${article.file}: ${article.passages} passages, ${article.quotes} quotes${article.readerComments > 0 ? `, ${article.readerComments} reader comments ${sources.includeComments ? 'indexed as comments' : 'not indexed'}` : ''}`);
  }
  for (const skipped of sources.skipped) lines.push(`! skipped ${skipped.file}: ${skipped.reason}`);
  return lines.join('\n');
}

export function renderReindex(result: ReindexResult): string {
  if (result.status === 'busy') return 'A reindex is already running; answers keep coming from the current index.';
  if (result.status === 'failed') return `Reindex failed after ${Math.round(result.durationMs)} ms: ${result.reason}`;
  const { files, passages, quotes, skipped } = result.diff;
  const list = (label: string, names: string[]) => (names.length > 0 ? `${label}: ${names.join(', ')}` : null);
  return [
    `Reindexed in ${Math.round(result.durationMs)} ms: ${result.articles} article(s), ${result.passages} passages, ${result.quotes} quotes.`,
    list('added', files.added),
    list('changed', files.changed),
    list('removed', files.removed),
    `unchanged files: ${files.unchanged.length}`,
    `passages: +${passages.added} −${passages.removed} (${passages.unchanged} unchanged); quotes: +${quotes.added} −${quotes.removed} (${quotes.unchanged} unchanged)`,
    ...skipped.map((entry) => `skipped ${entry.file}: ${entry.reason}`),
  ].filter((line): line is string => line !== null).join('\n');
}

export function renderHelp(): string {
  return [
    'Ask about the news articles in the seeds folder. Commands:',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(18)} ${command.description}${command.moderatorOnly ? ' (moderators, on Discord)' : ''}`),
    '  /quit              Leave the console.',
    'A line without a command is asked as a question.',
  ].join('\n');
}
