import MiniSearch, { type SearchResult } from 'minisearch';
import type { Passage } from '../core/types.ts';
import { tokenize, toTerm } from './terms.ts';

/** What minisearch stores per passage: only the searchable text; the passage itself lives in a Map. */
interface IndexedPassage {
  id: string;
  text: string;
  headline: string;
  speakers: string;
}

export interface IndexMatch {
  id: string;
  score: number;
  /** Index terms of the passage that matched. */
  terms: string[];
  /** Query terms that found something. */
  queryTerms: string[];
}

const FIELDS = ['text', 'headline', 'speakers'] as const;

export const MINISEARCH_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => toTerm(term) ?? null,
};

/** Spelling variants get one edit from 5 letters, two from 9; typos of rarer shapes are corrected before the query. */
function fuzzyFor(term: string): number | false {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/**
 * The full-text index over passages. The speaker field lets "what did Lavrov say about X" find
 * passages where he is only "he"; the headline field gently favours the articles about the topic.
 */
export class PassageIndex {
  private constructor(private readonly search: MiniSearch<IndexedPassage>) {}

  static build(passages: Iterable<Passage>, aliasesByName: Map<string, string[]>): PassageIndex {
    const search = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
    const documents: IndexedPassage[] = [];
    for (const passage of passages) documents.push(toDocument(passage, aliasesByName));
    search.addAll(documents);
    return new PassageIndex(search);
  }

  static fromJSON(json: string): PassageIndex {
    return new PassageIndex(MiniSearch.loadJSON<IndexedPassage>(json, MINISEARCH_OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  get size(): number {
    return this.search.documentCount;
  }

  query(question: string, limit: number): IndexMatch[] {
    const results: SearchResult[] = this.search.search(question, {
      boost: { text: 1, speakers: 1.5, headline: 0.25 },
      fuzzy: fuzzyFor,
      prefix: (term: string) => term.length >= 4,
      combineWith: 'OR',
      weights: { fuzzy: 0.3, prefix: 0.4 },
    });
    return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms, queryTerms: result.queryTerms }));
  }

  /** Index terms close to a word, for "did you mean" suggestions. */
  suggest(question: string, limit: number): string[] {
    return this.search
      .autoSuggest(question, { fuzzy: 0.3, prefix: true, combineWith: 'OR' })
      .slice(0, limit)
      .map((suggestion) => suggestion.suggestion);
  }
}

function toDocument(passage: Passage, aliasesByName: Map<string, string[]>): IndexedPassage {
  const speakers = passage.speakerNames.flatMap((name) => aliasesByName.get(name) ?? [name]);
  return { id: passage.id, text: passage.text, headline: passage.citation.headline, speakers: speakers.join(' ; ') };
}
