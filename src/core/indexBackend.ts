import type { Article } from '../domain/article.ts';
import type { Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';

/**
 * What the core needs from an index that may live outside the process (issue 12): the embedded
 * minisearch snapshot is one implementation, PostgreSQL (src/postgres/) another. Not wired into
 * NewsDesk yet: /ask's re-ranking, refusal and context run on top of `candidates`, the same for
 * both backends, once that code takes candidates instead of a PassageIndex.
 */
export interface IndexBackend {
  /**
   * The generation answering now, or null when nothing is indexed yet. A question takes one view
   * and asks everything of it, so a reindex that switches generations meanwhile cannot mix two.
   */
  current(): Promise<GenerationView | null>;
  /** Writes a complete new generation and switches to it; see IndexContent. */
  write(content: IndexContent, options?: WriteOptions): Promise<WrittenGeneration>;
  /** Called with the new generation's number whenever any process switches generations. */
  onSwitch(listener: (generation: number) => void): () => void;
  close(): Promise<void>;
}

/** What one generation holds: a snapshot's content (src/core/snapshot.ts), in domain types only. */
export interface IndexContent {
  articles: readonly Article[];
  passages: ReadonlyMap<string, Passage>;
  quotes: readonly Quote[];
  speakers: readonly Speaker[];
  skipped: readonly SkippedFile[];
  buildMs: number;
}

export interface WriteOptions {
  /** Aborts the write: the transaction is rolled back and the current generation stays. */
  signal?: AbortSignal;
  /** Called between batches of rows, with the table being written; a progress and test hook. */
  onProgress?: (step: { table: string; rows: number }) => void | Promise<void>;
}

export interface WrittenGeneration {
  generation: number;
  previous: number | null;
  durationMs: number;
}

/** A passage found for a question's terms, before the core's re-ranking. */
export interface Candidate {
  passage: Passage;
  /** The backend's relevance: comparable within one question only. */
  score: number;
  /** The question's terms this passage matched (exactly or as a prefix). */
  queryTerms: string[];
  /** The passage's own terms that matched them. */
  terms: string[];
}

export interface GenerationView {
  readonly generation: number;
  readonly indexedAt: Date;
  readonly passageCount: number;
  readonly skipped: readonly SkippedFile[];
  /** Passages matching any of the question's analysed terms (src/search/terms.ts), best first. */
  candidates(questionTerms: readonly string[], limit: number): Promise<Candidate[]>;
  /** Which of these analysed terms occur in the corpus (for typo correction). */
  knownTerms(terms: readonly string[]): Promise<Set<string>>;
  passage(id: string): Promise<Passage | null>;
  articles(): Promise<Article[]>;
  speakers(): Promise<Speaker[]>;
  /** Every quote, or one speaker's, in corpus order. */
  quotes(speakerId?: string): Promise<Quote[]>;
}
