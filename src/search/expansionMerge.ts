import type { ExpansionGroup } from './synonyms.ts';

/** One search's result for a passage, as minisearch reports it: its score and the terms that matched. */
export interface SearchHit {
  id: string;
  score: number;
  /** Index terms of the passage that matched. */
  terms: string[];
  /** Query terms that found something, in the order of the query. */
  queryTerms: string[];
}

/** At least this many of the best matches of each search are merged when a question has related words. */
export const MERGE_FLOOR = 1000;

/** How many of each search's best hits are merged for `limit` matches (the rest cannot reach the top). */
export function mergedPerSearch(limit: number): number {
  return Math.max(limit === Infinity ? Infinity : limit * 3, MERGE_FLOOR);
}

/**
 * The question's own search merged with one search per group of related words (synonyms.ts), each
 * list best first and cut to mergedPerSearch(limit): only the best related word of a group counts,
 * at the group's weight or `expansionWeight`, and only for a passage that lacks the reader's own word;
 * of several groups for one question word (its other forms, then its related words), only the first that
 * a passage matches. Shared by every index backend, so they rank related words alike.
 */
export function mergeExpansions(
  own: readonly SearchHit[],
  groups: ReadonlyArray<{ group: ExpansionGroup; hits: readonly SearchHit[] }>,
  limit: number,
  expansionWeight: number,
): SearchHit[] {
  const found = new Map<string, { raw: number; terms: string[]; queryTerms: string[]; standIns?: Set<string> }>();
  for (const result of own) {
    // minisearch multiplies the summed term scores by the number of query terms matched; undo it to add more terms.
    found.set(result.id, { raw: result.score / Math.max(1, result.queryTerms.length), terms: result.terms, queryTerms: result.queryTerms });
  }
  for (const { group, hits } of groups) {
    // One search per group: a passage's score is the mean of its related words' scores, so several near-synonyms never outweigh one.
    const best = new Map<string, { score: number; term: string; docTerms: string[] }>();
    for (const result of hits) {
      const matched = Math.max(1, result.queryTerms.length);
      best.set(result.id, { score: result.score / (matched * matched), term: result.queryTerms[0] ?? group.term, docTerms: result.terms });
    }
    const weight = group.weight ?? expansionWeight;
    for (const [id, hit] of best) {
      const entry = found.get(id);
      if (entry?.queryTerms.includes(group.term)) continue; // the passage has the reader's own word
      if (entry?.standIns?.has(group.term)) continue; // or an earlier group's word for it
      if (!entry) found.set(id, { raw: hit.score * weight, terms: hit.docTerms, queryTerms: [hit.term], standIns: new Set([group.term]) });
      else {
        entry.raw += hit.score * weight;
        entry.queryTerms.push(hit.term);
        (entry.standIns ??= new Set()).add(group.term);
        for (const term of hit.docTerms) if (!entry.terms.includes(term)) entry.terms.push(term);
      }
    }
  }
  const matches: SearchHit[] = [];
  for (const [id, entry] of found) matches.push({ id, score: entry.raw * entry.queryTerms.length, terms: entry.terms, queryTerms: entry.queryTerms });
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}
