import type { ArticleSummary, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import type { Statement } from '../nlp/statements.ts';
import type { AskResult } from '../search/ask.ts';
import type { MaybePromise } from '../search/askIndex.ts';
import type { ReindexDiff } from './reindexReport.ts';

export type { MaybePromise };

export interface NewsDeskOptions {
  seedsDir: string;
  /** Index reader comments, labelled as such. Off by default: comments are not coverage. */
  includeComments?: boolean;
  /**
   * Where the built snapshot is saved so a restart with unchanged files skips NLP and indexing
   * (snapshotStore.ts). Defaults to `.cache/` in the project; `false` turns saving off.
   */
  cacheDir?: string | false;
  /** Problems that do not stop the desk (an unusable cache); default: a line on stderr. */
  onWarning?: (message: string) => void;
}

export type QuotesResult =
  | {
      status: 'found';
      speaker: Speaker;
      quotes: Quote[];
      /** The same quotes grouped: one statement reported by several articles is shown once, with each citation. */
      statements: Statement[];
      otherMatches: Speaker[];
    }
  | { status: 'unknown-speaker'; query: string; knownSpeakers: Speaker[] }
  /**
   * The query fits several people equally ("Thompson"): the user picks one by full name. `seenIn[i]`
   * is the headline of the article quoting `candidates[i]` most, which tells apart two speakers of
   * one name ("Udall" in two articles, never merged on a surname alone).
   */
  | { status: 'ambiguous'; query: string; candidates: Speaker[]; seenIn: string[] }
  | { status: 'invalid'; reason: string };

export type ReindexResult =
  | { status: 'done'; diff: ReindexDiff; durationMs: number; articles: number; passages: number; quotes: number }
  | { status: 'busy' }
  /** Stopped through `ReindexOptions.signal` (the bot shutting down): the old snapshot stays. */
  | { status: 'cancelled'; durationMs: number }
  | { status: 'failed'; reason: string; durationMs: number };

export interface ReindexOptions {
  /** Called as each file is read (progress; tests hold a reindex here). */
  onFile?: (file: string) => void | Promise<void>;
  /** Aborting it stops the reindex at the next file; the old snapshot keeps serving. */
  signal?: AbortSignal;
}

export interface SourcesSummary {
  articles: ArticleSummary[];
  passages: number;
  quotes: number;
  speakers: number;
  indexedAt: Date;
  skipped: SkippedFile[];
  includeComments: boolean;
}

/**
 * What the commands ask of the corpus, whichever index answers: NewsDesk (embedded, answers at
 * once) or SharedNewsDesk (a shared database, answers later). Callers await every answer.
 * A shared index that cannot be reached rejects with IndexUnavailableError (indexErrors.ts).
 */
export interface Desk {
  ask(question: string, options?: { limit?: number }): MaybePromise<AskResult>;
  quotes(speakerQuery: string, options?: { limit?: number }): MaybePromise<QuotesResult>;
  /** One speaker's quotes by `Speaker.id`; null when no speaker has that id any more. */
  quotesOf(speakerId: string): MaybePromise<Extract<QuotesResult, { status: 'found' }> | null>;
  speakers(): MaybePromise<readonly Speaker[]>;
  suggestSpeakers(typed: string, limit?: number): MaybePromise<Speaker[]>;
  sources(): MaybePromise<SourcesSummary>;
  reindex(options?: ReindexOptions): Promise<ReindexResult>;
  /** Whether this process is reindexing (another process's reindex shows as `busy` when one is asked for). */
  readonly isReindexing: boolean;
}
