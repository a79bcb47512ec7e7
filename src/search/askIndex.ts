import type { Passage } from '../domain/types.ts';
import type { IndexMatch, QueryOptions } from './passageIndex.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A value an index has at hand, or one it must fetch (a database): /ask's steps are written once for both. */
export type MaybePromise<T> = T | Promise<T>;

/** What /ask weighs a question's words by: whether the corpus has a term, and in how many passages. */
export interface TermStats {
  /** How many passages are indexed. */
  readonly size: number;
  /** Whether any passage has this index term (in its text or its speakers' names). */
  hasTerm(term: string): boolean;
  /** How many passages' text has this index term. */
  passagesWith(term: string): number;
  /** BM25's inverse document frequency of the term (see PassageIndex.rarity). */
  rarity(term: string): number;
}

/**
 * Everything /ask reads from an index (issue 12): the embedded minisearch index answers at once
 * (embeddedAskIndex.ts), a shared database with promises; ask.ts runs the same steps over either.
 */
export interface AskIndex {
  /** How many passages are indexed. */
  readonly size: number;
  /**
   * Term statistics covering at least the terms `needed` lists. An index that holds every term in
   * memory answers at once without calling `needed`; a remote one fetches those terms in one go.
   */
  termStats(needed: () => Iterable<string>): MaybePromise<TermStats>;
  /** The best matches for the searched words (with related words), as PassageIndex.query. */
  query(question: string, limit: number, options: QueryOptions): MaybePromise<IndexMatch[]>;
  /**
   * Passages by id: at least those of `ids`, and for those of `withNeighbours` also the sentences
   * before and after them in their article, so windows (windows.ts) see the same neighbours as
   * over the whole corpus.
   */
  passages(ids: readonly string[], withNeighbours: readonly string[]): MaybePromise<ReadonlyMap<string, Passage>>;
  /** The typo-correction vocabulary: only asked for when a question has a word the index lacks. */
  vocabulary(): MaybePromise<Vocabulary>;
}

/** One step of a pipeline over an AskIndex: yields what it waits for, gets it back. */
export type Steps<T> = Generator<unknown, T, unknown>;

/** Waits for an index's answer inside a pipeline (`const x = yield* wait(index.query(…))`). */
export function* wait<T>(value: MaybePromise<T>): Steps<T> {
  // The runner sends back exactly the awaited value of what was yielded: a T.
  return (yield value) as T;
}

/** Runs a pipeline whose index answers at once: no promise, no microtask, the same cost as a plain call. */
export function runNow<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) {
    if (next.value instanceof Promise) throw new Error('An index that answers at once returned a promise.');
    next = steps.next(next.value);
  }
  return next.value;
}

/** Runs a pipeline whose index may answer later (a database). */
export async function runLater<T>(steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await next.value);
  return next.value;
}
