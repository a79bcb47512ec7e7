import { INVISIBLE_CHARACTERS, MAX_SPEAKER_QUERY_CHARS } from '../domain/limits.ts';
import type { Quote, Speaker } from '../domain/types.ts';
import { groupStatements } from '../nlp/statements.ts';
import type { QuotesResult } from './desk.ts';

/** /quote's answer, the same whichever index holds the quotes (newsDesk.ts, sharedNewsDesk.ts). */

/** How many of the people a query fits equally are named in the "which one?" reply. */
export const MAX_CANDIDATES = 10;

/** The "which one?" answer: the candidates, best known first, each with the headline of the article quoting them most. */
export function ambiguousQuotes(query: string, shown: readonly Speaker[], quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>): Extract<QuotesResult, { status: 'ambiguous' }> {
  return { status: 'ambiguous', query, candidates: [...shown], seenIn: shown.map((speaker) => mostQuotedHeadline(quotesBySpeaker.get(speaker.id) ?? [])) };
}

/** The candidates a "which one?" answer names: best known first, at most MAX_CANDIDATES. */
export function candidatesShown(candidates: readonly Speaker[]): Speaker[] {
  return bySpeakerRank(candidates).slice(0, MAX_CANDIDATES);
}

function mostQuotedHeadline(quotes: readonly Quote[]): string {
  const counts = new Map<string, { headline: string; count: number }>();
  for (const quote of quotes) {
    const entry = counts.get(quote.citation.articleId) ?? { headline: quote.citation.headline, count: 0 };
    entry.count++;
    counts.set(quote.citation.articleId, entry);
  }
  let best: { headline: string; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.headline ?? '';
}

/** The speaker query cleaned, or why it cannot be looked up. */
export function quotesQuery(speakerQuery: string): string | Extract<QuotesResult, { status: 'invalid' }> {
  const query = speakerQuery.replace(INVISIBLE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  if (!query) return { status: 'invalid', reason: 'Name a speaker, for example “Smith” or “the governor”.' };
  if (query.length > MAX_SPEAKER_QUERY_CHARS) return { status: 'invalid', reason: `A speaker's name is at most ${MAX_SPEAKER_QUERY_CHARS} characters.` };
  return query;
}

/**
 * Whole statements first, then quoted phrases, then paraphrases; within a kind the reporting comes
 * before headlines and captions, which mostly repeat it ("no common vision"); otherwise corpus order.
 * `quotes`: the corpus's quotes in order (all of them, or the speaker's).
 */
export function foundQuotes(quotes: readonly Quote[], speaker: Speaker, otherMatches: Speaker[], limit?: number): Extract<QuotesResult, { status: 'found' }> {
  const theirs = quotes.filter((quote) => quote.speakerId === speaker.id).sort((a, b) => quoteOrder(a) - quoteOrder(b));
  const statements = groupStatements(theirs);
  return {
    status: 'found',
    speaker,
    quotes: theirs.slice(0, limit ?? theirs.length),
    statements: statements.slice(0, limit ?? statements.length),
    otherMatches,
  };
}

function quoteOrder(quote: Quote): number {
  const kind = quote.kind === 'direct' ? 0 : quote.kind === 'partial' ? 2 : 4;
  return kind + (quote.citation.section === 'body' ? 0 : 1);
}

/** Known speakers, most statements first (one statement reported by three outlets counts once). */
export function bySpeakerRank(speakers: readonly Speaker[]): Speaker[] {
  return [...speakers].sort((a, b) => b.statementCount - a.statementCount || b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
}
