import type { Article } from '../domain/article.ts';
import type { ArticleSummary, Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import type { AskIndex } from '../search/askIndex.ts';
import type { ReindexDiff } from './reindexReport.ts';

/**
 * What the core needs from an index that lives outside the process (issue 12), PostgreSQL in
 * src/postgres/: one generation at a time answers, a reindex writes the next one beside it and
 * switches every process to it. The embedded minisearch snapshot needs none of this: NewsDesk
 * holds it itself. /ask runs the same steps over either (src/search/ask.ts, AskIndex).
 */
export interface IndexBackend {
  /**
   * The generation answering now, or null when nothing usable is indexed yet. A question takes one
   * view and asks everything of it, so a reindex that switches generations meanwhile cannot mix two.
   */
  current(): Promise<GenerationView | null>;
  /**
   * The one-reindex-at-a-time lock, for every process sharing the index: null at once when another
   * process holds it. Held until released, or until this process ends (a killed reindex frees it).
   */
  lockReindex(): Promise<ReindexLock | null>;
  /** Takes the lock, writes, releases; rejects with a busy error when another process holds it. */
  write(content: IndexContent, options?: WriteOptions): Promise<WrittenGeneration>;
  /** Called with the new generation's number whenever any process switches generations. */
  onSwitch(listener: (generation: number) => void): () => void;
  close(): Promise<void>;
}

export interface ReindexLock {
  /** Writes a complete new generation and switches to it (all or nothing); see IndexContent. */
  write(content: IndexContent, options?: WriteOptions): Promise<WrittenGeneration>;
  release(): Promise<void>;
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
  /** What changed against the generation it replaced. */
  diff: ReindexDiff;
}

/** One generation: what /ask reads (AskIndex), and what /quote, /speakers and /sources read. */
export interface GenerationView extends AskIndex {
  readonly generation: number;
  readonly indexedAt: Date;
  readonly passageCount: number;
  readonly skipped: readonly SkippedFile[];
  passage(id: string): Promise<Passage | null>;
  articles(): Promise<Article[]>;
  /** The articles as /sources lists them, with passage, quote and reader-comment counts. */
  articleSummaries(): Promise<ArticleSummary[]>;
  /** How many quotes the generation holds. */
  readonly quoteCount: number;
  speakers(): Promise<Speaker[]>;
  /** Every quote, or one speaker's, in corpus order. */
  quotes(speakerId?: string): Promise<Quote[]>;
}
