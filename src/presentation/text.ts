import type { ReindexResult } from '../core/newsDesk.ts';
import type { Quote, Speaker } from '../domain/types.ts';
import { skippedVerb } from '../domain/article.ts';

/**
 * Wording shared by the console and Discord: labels, headings and report lines. Both adapters
 * render through these, so a change of wording happens in one place.
 */

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Embed colours by kind of reply (Discord shows them; the console ignores them). */
export const COLOR = { answer: 0x2b6cb0, quotes: 0x6b46c1, info: 0x4a5568, ok: 0x2f855a, failed: 0xc53030 } as const;

export const KIND_LABEL: Record<Quote['kind'], string> = { direct: 'quote', partial: 'quoted phrase', reported: 'paraphrase' };

export function quoteLabel(quote: Quote): string {
  if (quote.kind === 'reported') return `(reported) ${quote.text}`;
  return `“${quote.text}”`;
}

/** " (attributed from “he said”)" when the speaker was resolved from a pronoun or a title. */
export function attributionNote(quote: Quote, cue: string = quote.cue): string {
  return quote.attribution === 'pronoun' || quote.attribution === 'title' ? ` (attributed from “${cue}”)` : '';
}

/** The quoted sentence is shown beside a quote unless it says nothing more. */
export function showsSentence(quote: Quote): boolean {
  return quote.kind !== 'reported' && quote.sentence !== quote.text;
}

export function speakerHeading(speaker: Speaker): string {
  const title = speaker.titles[0];
  return title ? `${speaker.name} (${title})` : speaker.name;
}

export const REINDEX_STOPPED = 'Reindex stopped: the bot is shutting down. It reads the articles folder afresh when it starts again, so the changes will be picked up then.';

/** A reindex report, one line per fact. */
export function reindexLines(result: ReindexResult): string[] {
  if (result.status === 'busy') return ['A reindex is already running; answers keep coming from the current index.'];
  if (result.status === 'cancelled') return [REINDEX_STOPPED];
  if (result.status === 'failed') return [`Reindex failed after ${Math.round(result.durationMs)} ms: ${result.reason}`];
  const { files, passages, quotes, skipped } = result.diff;
  const list = (label: string, names: string[]) => (names.length > 0 ? `${label}: ${names.join(', ')}` : null);
  return [
    `Reindexed in ${Math.round(result.durationMs)} ms: ${result.articles} article(s), ${result.passages} passages, ${result.quotes} quotes.`,
    list('added', files.added),
    list('changed', files.changed),
    list('removed', files.removed),
    `unchanged files: ${files.unchanged.length}`,
    `passages: +${passages.added} −${passages.removed} (${passages.unchanged} unchanged); quotes: +${quotes.added} −${quotes.removed} (${quotes.unchanged} unchanged)`,
    ...skipped.map((entry) => `${skippedVerb(entry)} ${entry.file}: ${entry.reason}`),
  ].filter((line): line is string => line !== null);
}

// Refusals and errors, the same on every surface.
/** The shared index (PostgreSQL) cannot be reached; the operator's log has the reason. */
export const UNAVAILABLE_TEXT = 'The shared index is unavailable right now — please try again in a minute.';
export const BUSY_TEXT = 'The newsdesk is answering a lot of questions right now — please try again in a few seconds.';
export const slowDownText = (seconds: number): string => `Slow down a little — you can ask again in ${seconds} s.`;
export const errorText = (errorId: string): string => `Something went wrong (error id ${errorId}). It has been logged; please try again in a moment.`;
