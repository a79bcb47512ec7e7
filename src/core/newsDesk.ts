import { ask, type AskResult } from '../search/ask.ts';

export type { AskResult };
import { findSpeakers, suggestSpeakers } from '../search/speakerLookup.ts';
import { diffSnapshots, type ReindexDiff } from './reindexReport.ts';
import { analysisCache, buildSnapshot, type Snapshot } from './snapshot.ts';
import { DEFAULT_CACHE_DIR, SnapshotStore } from './snapshotStore.ts';
import type { ArticleSummary, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import { groupStatements, type Statement } from '../nlp/statements.ts';

export type { Statement };

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
  | { status: 'invalid'; reason: string };

export type ReindexResult =
  | { status: 'done'; diff: ReindexDiff; durationMs: number; articles: number; passages: number; quotes: number }
  | { status: 'busy' }
  | { status: 'failed'; reason: string; durationMs: number };

export interface SourcesSummary {
  articles: ArticleSummary[];
  passages: number;
  quotes: number;
  speakers: number;
  indexedAt: Date;
  skipped: SkippedFile[];
  includeComments: boolean;
}

export const MAX_SPEAKER_QUERY_CHARS = 100;

/**
 * The bot's core: everything the commands ask of the corpus, with no knowledge of Discord.
 * Queries always read the current snapshot; a reindex builds the next one beside it and swaps the
 * reference in one assignment, so a query sees either the old corpus or the new, never a mix.
 */
export class NewsDesk {
  private current: Snapshot;
  private reindexing: Promise<ReindexResult> | null = null;

  private constructor(
    private readonly options: Required<NewsDeskOptions>,
    first: Snapshot,
    private readonly store: SnapshotStore | null,
  ) {
    this.current = first;
  }

  static async open(options: NewsDeskOptions): Promise<NewsDesk> {
    const settings: Required<NewsDeskOptions> = {
      includeComments: false,
      cacheDir: DEFAULT_CACHE_DIR,
      onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
      ...options,
    };
    const store = settings.cacheDir
      ? new SnapshotStore({ cacheDir: settings.cacheDir, seedsDir: settings.seedsDir, includeComments: settings.includeComments, warn: settings.onWarning })
      : null;
    const saved = store ? await store.load() : null;
    const snapshot = await buildSnapshot({
      seedsDir: settings.seedsDir,
      includeComments: settings.includeComments,
      ...(saved ? { cache: saved.analyses, savedIndex: saved.savedIndex } : {}),
    });
    if (store && snapshot.articles.length > 0) await store.save(snapshot, saved);
    void snapshot.warmUp();
    return new NewsDesk(settings, snapshot, store);
  }

  get snapshot(): Snapshot {
    return this.current;
  }

  get isReindexing(): boolean {
    return this.reindexing !== null;
  }

  ask(question: string, options: { limit?: number } = {}): AskResult {
    const snapshot = this.current;
    return ask(snapshot.index, snapshot.passages, () => snapshot.vocabulary, question, options.limit ?? 3);
  }

  quotes(speakerQuery: string, options: { limit?: number } = {}): QuotesResult {
    const query = speakerQuery.replace(/[\u0000-\u001F\u007F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!query) return { status: 'invalid', reason: 'Name a speaker, for example “Lavrov”.' };
    if (query.length > MAX_SPEAKER_QUERY_CHARS) return { status: 'invalid', reason: `A speaker's name is at most ${MAX_SPEAKER_QUERY_CHARS} characters.` };
    const snapshot = this.current;
    const matches = findSpeakers(snapshot.speakers, query);
    const speaker = matches[0];
    if (!speaker) return { status: 'unknown-speaker', query, knownSpeakers: this.speakers().slice(0, 10) };
    const quotes = snapshot.quotes
      .filter((quote) => quote.speakerId === speaker.id)
      .sort((a, b) => quoteOrder(a) - quoteOrder(b));
    const statements = groupStatements(quotes);
    return {
      status: 'found',
      speaker,
      quotes: quotes.slice(0, options.limit ?? quotes.length),
      statements: statements.slice(0, options.limit ?? statements.length),
      otherMatches: matches.slice(1, 4),
    };
  }

  /** Known speakers, most statements first (one statement reported by three outlets counts once). */
  speakers(): Speaker[] {
    return [...this.current.speakers].sort((a, b) => b.statementCount - a.statementCount || b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  }

  suggestSpeakers(typed: string, limit = 25): Speaker[] {
    return suggestSpeakers(this.current.speakers, typed.slice(0, MAX_SPEAKER_QUERY_CHARS), limit);
  }

  sources(): SourcesSummary {
    const snapshot = this.current;
    return {
      articles: snapshot.analyses.map((analysis) => ({
        id: analysis.article.id,
        file: analysis.article.file,
        headline: analysis.article.headline,
        publication: analysis.article.publication,
        byline: analysis.article.byline,
        dateText: analysis.article.dateText,
        passages: analysis.passages.length,
        quotes: snapshot.quotes.filter((quote) => quote.citation.articleId === analysis.article.id).length,
        readerComments: analysis.article.comments.length,
      })),
      passages: snapshot.passages.size,
      quotes: snapshot.quotes.length,
      speakers: snapshot.speakers.length,
      indexedAt: snapshot.indexedAt,
      skipped: snapshot.skipped,
      includeComments: this.options.includeComments,
    };
  }

  /**
   * Rereads the seeds folder. One reindex at a time: a second call while one runs gets `busy`.
   * A failure, or a folder with no readable article left, keeps the old snapshot serving.
   */
  reindex(hooks: { onFile?: (file: string) => void | Promise<void> } = {}): Promise<ReindexResult> {
    if (this.reindexing) return Promise.resolve({ status: 'busy' });
    const running = this.runReindex(hooks).finally(() => {
      this.reindexing = null;
    });
    this.reindexing = running;
    return running;
  }

  private async runReindex(hooks: { onFile?: (file: string) => void | Promise<void> }): Promise<ReindexResult> {
    const started = performance.now();
    const previous = this.current;
    let next: Snapshot;
    try {
      next = await buildSnapshot({
        seedsDir: this.options.seedsDir,
        includeComments: this.options.includeComments,
        cache: analysisCache(previous, this.options.includeComments),
        ...(hooks.onFile ? { onFile: hooks.onFile } : {}),
      });
    } catch (error) {
      return { status: 'failed', reason: `${error instanceof Error ? error.message : String(error)} The previous index is still in use.`, durationMs: performance.now() - started };
    }
    if (next.articles.length === 0 && previous.articles.length > 0) {
      const skippedNote = next.skipped.length > 0 ? ` (${next.skipped.length} file(s) skipped: ${next.skipped.map((entry) => `${entry.file} ${entry.reason}`).join('; ')})` : '';
      return { status: 'failed', reason: `No readable article is left in the seeds folder${skippedNote}. The previous index is still in use.`, durationMs: performance.now() - started };
    }
    this.current = next;
    void next.warmUp();
    await this.store?.save(next);
    return {
      status: 'done',
      diff: diffSnapshots(previous, next),
      durationMs: performance.now() - started,
      articles: next.articles.length,
      passages: next.passages.size,
      quotes: next.quotes.length,
    };
  }
}

/**
 * Whole statements first, then quoted phrases, then paraphrases; within a kind the reporting comes
 * before headlines and captions, which mostly repeat it ("no common vision"); otherwise article order.
 */
function quoteOrder(quote: Quote): number {
  const kind = quote.kind === 'direct' ? 0 : quote.kind === 'partial' ? 2 : 4;
  return kind + (quote.citation.section === 'body' ? 0 : 1);
}
