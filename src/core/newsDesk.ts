import { ask, type AskResult } from '../search/ask.ts';
import { EmbeddedAskIndex } from '../search/embeddedAskIndex.ts';

export type { AskResult };
export { SeedsDirectoryError } from '../corpus/listSeedFiles.ts';
import { pickSpeaker, suggestSpeakers } from '../search/speakerLookup.ts';
import { buildOnWorker } from './buildThread.ts';
import { startOnThisThread } from './cachedStart.ts';
import { diffSnapshots } from './reindexReport.ts';
import { ReindexGate } from './reindexGate.ts';
import type { Snapshot } from './snapshot.ts';
import { DEFAULT_CACHE_DIR } from './snapshotStore.ts';
import { receiveSnapshot, sendSnapshot, type SnapshotTransport } from './snapshotTransport.ts';
import { printable } from '../domain/printable.ts';
import { DEFAULT_RESULTS, MAX_SPEAKER_QUERY_CHARS } from '../domain/limits.ts';
import type { Quote, Speaker } from '../domain/types.ts';
import type { Statement } from '../nlp/statements.ts';
import { ambiguousQuotes, bySpeakerRank, candidatesShown, foundQuotes, quotesQuery } from './quoteResults.ts';
import type { Desk, NewsDeskOptions, QuotesResult, ReindexOptions, ReindexResult, SourcesSummary } from './desk.ts';

export type { Statement };

export type { NewsDeskOptions, QuotesResult, ReindexOptions, ReindexResult, SourcesSummary };

export { MAX_SPEAKER_QUERY_CHARS };

/** The same as ReindexOptions, by the name the build thread gives them. */
export type ReindexHooks = ReindexOptions;

/**
 * The bot's core: everything the commands ask of the corpus, with no knowledge of Discord.
 * Queries always read the current snapshot; a reindex builds the next one beside it and swaps the
 * reference in one assignment, so a query sees either the old corpus or the new, never a mix.
 */
export class NewsDesk implements Desk {
  private current: Snapshot;
  /** speakers(), for the snapshot it was sorted from. */
  private ranked: { snapshot: Snapshot; speakers: readonly Speaker[] } | null = null;
  private readonly reindexGate = new ReindexGate();

  private constructor(
    private readonly options: Required<NewsDeskOptions>,
    first: Snapshot,
    /**
     * The current snapshot as the worker sent it: the next reindex reuses its analyses and index.
     * Null after a start that saved the cache (cachedStart.ts): the next reindex reads the cache instead.
     */
    private currentTransport: SnapshotTransport | null,
  ) {
    this.current = first;
  }

  static async open(options: NewsDeskOptions): Promise<NewsDesk> {
    const settings: Required<NewsDeskOptions> = {
      includeComments: false,
      cacheDir: DEFAULT_CACHE_DIR,
      onWarning: (message) => process.stderr.write(`warning: ${printable(message)}\n`),
      ...options,
    };
    const { snapshot, warnings } = await startOnThisThread({ seedsDir: settings.seedsDir, includeComments: settings.includeComments, cacheDir: settings.cacheDir || null });
    for (const warning of warnings) settings.onWarning(warning);
    // A reindex reuses the analyses of unchanged files: from the cache when there is one, else from
    // the snapshot as a worker would have sent it (serialised once here, while nothing is answered yet).
    const transport = settings.cacheDir && warnings.length === 0 ? null : sendSnapshot(snapshot, { analysed: snapshot.analysed, diff: null, warnings: [] });
    void snapshot.warmUp();
    return new NewsDesk(settings, snapshot, transport);
  }

  get snapshot(): Snapshot {
    return this.current;
  }

  get isReindexing(): boolean {
    return this.reindexGate.busy;
  }

  ask(question: string, options: { limit?: number } = {}): AskResult {
    const snapshot = this.current;
    return ask(new EmbeddedAskIndex(snapshot.index, snapshot.passages, () => snapshot.vocabulary), question, options.limit ?? DEFAULT_RESULTS);
  }

  quotes(speakerQuery: string, options: { limit?: number } = {}): QuotesResult {
    const query = quotesQuery(speakerQuery);
    if (typeof query !== 'string') return query;
    const snapshot = this.current;
    const pick = pickSpeaker(snapshot.speakers, query);
    if (pick.kind === 'none') return { status: 'unknown-speaker', query, knownSpeakers: this.speakers().slice(0, 10) };
    if (pick.kind === 'several') {
      const shown = candidatesShown(pick.candidates);
      const ids = new Set(shown.map((speaker) => speaker.id));
      const quotesBySpeaker = new Map<string, Quote[]>();
      for (const quote of snapshot.quotes) {
        if (quote.speakerId === null || !ids.has(quote.speakerId)) continue;
        const theirs = quotesBySpeaker.get(quote.speakerId) ?? [];
        theirs.push(quote);
        quotesBySpeaker.set(quote.speakerId, theirs);
      }
      return ambiguousQuotes(query, shown, quotesBySpeaker);
    }
    return foundQuotes(snapshot.quotes, pick.speaker, pick.others, options.limit);
  }

  /**
   * The quotes of one speaker by `Speaker.id` (a page button names the speaker that way, so every name
   * fits in it, however long). Null when no speaker has that id any more (after a reindex).
   */
  quotesOf(speakerId: string): Extract<QuotesResult, { status: 'found' }> | null {
    const snapshot = this.current;
    const speaker = snapshot.speakers.find((candidate) => candidate.id === speakerId);
    return speaker ? foundQuotes(snapshot.quotes, speaker, []) : null;
  }

  /** Known speakers, most statements first (one statement reported by three outlets counts once). */
  speakers(): readonly Speaker[] {
    const snapshot = this.current;
    // Sorted once per snapshot: every page button and unknown-name reply asks for the list again.
    if (this.ranked?.snapshot !== snapshot) this.ranked = { snapshot, speakers: bySpeakerRank(snapshot.speakers) };
    return this.ranked.speakers;
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
        quotes: snapshot.quoteCounts.get(analysis.article.id) ?? 0,
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
  reindex(options: ReindexOptions = {}): Promise<ReindexResult> {
    return this.reindexGate.run(() => this.runReindex(options), options.signal);
  }

  /**
   * The new snapshot is built on a worker thread (buildThread.ts) and received here in slices; only
   * the final assignment swaps it in. Aborting `options.signal` terminates the worker (even in the
   * middle of one file's NLP) and keeps the old snapshot; the finished build is never swapped in.
   */
  private async runReindex(options: ReindexOptions): Promise<ReindexResult> {
    const started = performance.now();
    const previous = this.current;
    const previousTransport = this.currentTransport;
    const { signal } = options;
    const cancelled = (): ReindexResult => ({ status: 'cancelled', durationMs: performance.now() - started });
    const failed = (error: unknown): ReindexResult =>
      signal?.aborted
        ? cancelled()
        : { status: 'failed', reason: `${error instanceof Error ? error.message : String(error)} The previous index is still in use.`, durationMs: performance.now() - started };
    let transport: SnapshotTransport;
    try {
      transport = await buildOnWorker(
        {
          seedsDir: this.options.seedsDir,
          includeComments: this.options.includeComments,
          cacheDir: this.options.cacheDir || null,
          loadCache: true,
          previous: previousTransport && {
            texts: previousTransport.texts,
            articles: previousTransport.articles,
            skipped: previousTransport.skipped,
            index: previousTransport.index,
          },
        },
        options,
      );
    } catch (error) {
      return failed(error);
    }
    for (const warning of transport.warnings) this.options.onWarning(warning);
    if (transport.articleCount === 0 && previous.articles.length > 0) {
      const skippedNote =
        transport.skipped.length > 0 ? ` (${transport.skipped.length} file(s) skipped: ${transport.skipped.map((entry) => `${entry.file} ${entry.reason}`).join('; ')})` : '';
      return {
        status: 'failed',
        reason: `No readable article is left in the seeds folder${skippedNote}. The previous index is still in use.`,
        durationMs: performance.now() - started,
      };
    }
    let next: Snapshot;
    try {
      next = await receiveSnapshot(transport, signal ? { signal } : {});
    } catch (error) {
      return failed(error);
    }
    // Cancelled after the last slice: the finished build is dropped, never swapped in.
    if (signal?.aborted) return cancelled();
    this.current = next;
    this.currentTransport = transport;
    void next.warmUp();
    return {
      status: 'done',
      diff: transport.diff ?? diffSnapshots(previous, next),
      durationMs: performance.now() - started,
      articles: next.articles.length,
      passages: next.passages.size,
      quotes: next.quotes.length,
    };
  }
}
