import MiniSearch, { type AsPlainObject, type SearchOptions, type SearchResult } from 'minisearch';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** The index as plain data, for saving and for crossing threads (minisearch's own format). */
export type SavedIndexData = AsPlainObject;
import type { ExpansionGroup } from './synonyms.ts';
import { mergedPerSearch, mergeExpansions, type SearchHit } from './expansionMerge.ts';
import type { Passage } from '../domain/types.ts';
import { tokenize, toTerm } from './terms.ts';

/** What minisearch stores per passage: only the searchable text; the passage itself lives in a Map. */
interface IndexedPassage {
  id: string;
  text: string;
  speakers: string;
}

export interface QueryOptions {
  /** Related words of the question's words, by the word they stand for (synonyms.ts). */
  expansions?: readonly ExpansionGroup[];
  expansionWeight?: number;
  /** Whether the corpus has this index term; when given, known terms are matched without fuzziness. */
  isKnownTerm?: (term: string) => boolean;
}

/** A passage found for a question, with the index terms and query terms that matched. */
export type IndexMatch = SearchHit;

/**
 * No headline field: every passage would repeat its article's headline, which doubled the index's
 * size, build and query time on large corpora. ask.ts favours passages of articles whose headline
 * has the question's words instead (the headline itself is a passage and is indexed as one).
 */
const FIELDS = ['text', 'speakers'] as const;

/** How much a related word counts against the reader's own word. */
export const EXPANSION_WEIGHT = 0.5;

export const MINISEARCH_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => toTerm(term) ?? null,
};

/**
 * How a search scores, spelled out so another backend (src/postgres) can score the same way:
 * field boosts, the weights of prefix and fuzzy matches, the shortest word matched as a prefix,
 * and BM25's parameters (minisearch's defaults, stated here rather than assumed).
 */
export const SCORING = {
  boost: { text: 1, speakers: 1.5 },
  weights: { fuzzy: 0.3, prefix: 0.4 },
  prefixMinLength: 4,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
} as const;

const SEARCH_OPTIONS: SearchOptions = {
  boost: { ...SCORING.boost },
  fuzzy: fuzzyFor,
  prefix: (term: string) => term.length >= SCORING.prefixMinLength,
  combineWith: 'OR',
  weights: { ...SCORING.weights },
  bm25: { ...SCORING.bm25 },
};
const EXACT_OPTIONS: SearchOptions = { ...SEARCH_OPTIONS, fuzzy: false, prefix: false };

/** Spelling variants get one edit from 5 letters, two from 9; typos of rarer shapes are corrected before the query. */
export function fuzzyFor(term: string): number | false {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/**
 * The full-text index over passages. The speaker field lets "what did Morel say about X" find
 * passages where he is only "he".
 */
export class PassageIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedPassage>,
    /**
     * Every index term with the number of passages whose text has it: "does the corpus have this
     * word" needs no separate vocabulary, and a question word's rarity weighs how much it counts.
     */
    private readonly terms: ReadonlyMap<string, number>,
  ) {}

  static build(passages: Iterable<Passage>, aliasesByName: Map<string, string[]>): PassageIndex {
    const terms = new Map<string, number>();
    let inPassage = new Set<string>();
    const search = new MiniSearch<IndexedPassage>({
      ...MINISEARCH_OPTIONS,
      // Indexing records each term; questions are processed by the plain MINISEARCH_OPTIONS.processTerm.
      processTerm: (term: string, field?: string) => {
        const processed = toTerm(term);
        if (processed) {
          if (field === 'text') inPassage.add(processed);
          else if (!terms.has(processed)) terms.set(processed, 0);
        }
        return processed ?? null;
      },
      searchOptions: { processTerm: MINISEARCH_OPTIONS.processTerm },
    });
    for (const passage of passages) {
      search.add(toDocument(passage, aliasesByName));
      for (const term of inPassage) terms.set(term, (terms.get(term) ?? 0) + 1);
      inPassage = new Set();
    }
    return new PassageIndex(search, terms);
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /** The index as a plain object, for embedding in a larger saved file (snapshotStore.ts). */
  toPlainObject(): AsPlainObject {
    return this.search.toJSON();
  }

  static fromPlainObject(saved: AsPlainObject): PassageIndex {
    const search = MiniSearch.loadJS<IndexedPassage>(saved, MINISEARCH_OPTIONS);
    return new PassageIndex(search, passageCounts(saved));
  }

  /**
   * The same, yielding to the event loop as it goes (minisearch's loadJSAsync, and the passage
   * counts in slices of ~`sliceMs`: counting postings of 50k terms in one go held the thread for
   * ~160 ms), for a bot that keeps answering meanwhile.
   */
  static async fromPlainObjectAsync(saved: AsPlainObject, sliceMs = 8): Promise<PassageIndex> {
    const search = await MiniSearch.loadJSAsync<IndexedPassage>(saved, MINISEARCH_OPTIONS);
    const terms = new Map<string, number>();
    const textField = String(saved.fieldIds['text'] ?? 0);
    for (let from = 0; from < saved.index.length;) {
      const sliceStart = performance.now();
      while (from < saved.index.length && performance.now() - sliceStart < sliceMs) {
        const to = Math.min(from + 500, saved.index.length);
        countPostings(saved.index, from, to, textField, terms);
        from = to;
      }
      await yieldToEventLoop();
    }
    return new PassageIndex(search, terms);
  }

  /** Whether any passage has this index term (as produced by toTerm). */
  hasTerm(term: string): boolean {
    return this.terms.has(term);
  }

  /** How many passages' text has this index term (0 for a term only in speaker names, or none). */
  passagesWith(term: string): number {
    return this.terms.get(term) ?? 0;
  }

  /**
   * Inverse document frequency of a term, BM25's: log(1 + (N − n + 0.5) / (n + 0.5)). A term no
   * passage has gets the weight of one that a single passage has: the rarest there is.
   */
  rarity(term: string): number {
    return rarityOf(this.search.documentCount, this.passagesWith(term));
  }

  get size(): number {
    return this.search.documentCount;
  }

  /**
   * Searches for the question's words and, for a question word a passage lacks, its related words
   * (`expansions`, see synonyms.ts) at `expansionWeight`: only the best of a group counts, so a
   * passage full of near-synonyms never outranks one with the reader's own word. Related words are
   * matched exactly: no prefix or fuzzy matching of words the reader did not type. With
   * `isKnownTerm`, fuzzy matching is kept for words the corpus does not have (spelling variants):
   * a word it has is not also matched against every word one letter away.
   */
  query(question: string, limit: number, options: QueryOptions = {}): IndexMatch[] {
    const { expansions = [], expansionWeight = EXPANSION_WEIGHT, isKnownTerm } = options;
    const searchOptions: SearchOptions = isKnownTerm ? { ...SEARCH_OPTIONS, fuzzy: (term: string) => (isKnownTerm(term) ? false : fuzzyFor(term)) } : SEARCH_OPTIONS;
    const results = this.search.search(question, searchOptions);
    if (expansions.length === 0) {
      return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms, queryTerms: result.queryTerms }));
    }
    // Merging related words' matches touches every passage kept: the best few thousand of each search are plenty for `limit`.
    const keep = mergedPerSearch(limit);
    const groups = expansions.map((group) => ({ group, hits: hitsOf(this.search.search(group.words.join(' '), EXACT_OPTIONS), keep) }));
    return mergeExpansions(hitsOf(results, keep), groups, limit, expansionWeight);
  }
}

/** BM25's inverse document frequency of a term `passagesWith` of `total` passages have (at least one). */
export function rarityOf(total: number, passagesWith: number): number {
  const count = Math.max(1, passagesWith);
  return Math.log(1 + (total - count + 0.5) / (count + 0.5));
}

/** How many passages' text has each term, read from a saved index (its text field's postings). */
function passageCounts(saved: AsPlainObject): Map<string, number> {
  const terms = new Map<string, number>();
  countPostings(saved.index, 0, saved.index.length, String(saved.fieldIds['text'] ?? 0), terms);
  return terms;
}

/** Adds to `terms` the passage counts of index entries `from` to `to` (exclusive). */
function countPostings(index: AsPlainObject['index'], from: number, to: number, textField: string, terms: Map<string, number>): void {
  for (let at = from; at < to; at++) {
    const entry = index[at];
    if (!entry) continue;
    const postings = entry[1][textField];
    let count = 0;
    if (postings) for (const _ in postings) count++;
    terms.set(entry[0], count);
  }
}

/** The best `keep` of minisearch's results as SearchHits (ids as strings). */
function hitsOf(results: readonly SearchResult[], keep: number): SearchHit[] {
  const kept = results.length > keep ? results.slice(0, keep) : results;
  return kept.map((result) => ({ id: String(result.id), score: result.score, terms: result.terms, queryTerms: result.queryTerms }));
}

function toDocument(passage: Passage, aliasesByName: Map<string, string[]>): IndexedPassage {
  const speakers = passage.speakerNames.flatMap((name) => aliasesByName.get(name) ?? [name]);
  return { id: passage.id, text: passage.text, speakers: speakers.join(' ; ') };
}
