import { ReindexGate } from './reindexGate.ts';
import { DEFAULT_RESULTS, MAX_SPEAKER_QUERY_CHARS } from '../domain/limits.ts';
import { printable } from '../domain/printable.ts';
import type { Speaker } from '../domain/types.ts';
import { askLater } from '../search/ask.ts';
import { pickSpeaker, suggestSpeakers } from '../search/speakerLookup.ts';
import { buildContentOnWorker } from './buildThread.ts';
import type { GenerationView, IndexBackend } from './indexBackend.ts';
import { IndexUnavailableError, ReindexBusyError } from './indexErrors.ts';
import type { AskResult } from '../search/ask.ts';
import type { Desk, NewsDeskOptions, QuotesResult, ReindexOptions, ReindexResult, SourcesSummary } from './desk.ts';
import { ambiguousQuotes, bySpeakerRank, candidatesShown, foundQuotes, quotesQuery } from './quoteResults.ts';

const NOTHING_INDEXED = 'No articles are indexed yet: add .txt or .md files to the seeds folder, then run /reindex.';
/** How long a process that found another one indexing an empty database waits before looking again. */
const EMPTY_WAIT_MS = 2000;

export interface SharedNewsDeskOptions extends Pick<NewsDeskOptions, 'seedsDir' | 'includeComments' | 'onWarning'> {
  backend: IndexBackend;
}

/**
 * The desk over an index shared by several processes (issue 12; PostgreSQL in src/postgres): each
 * question reads one generation (the current one when it starts), with the same /ask steps,
 * speaker look-up and quote ordering as NewsDesk. A reindex reads and analyses the files on the
 * worker thread, then writes a new generation under the backend's lock, which every process
 * switches to from its next question; a second reindex anywhere meanwhile is `busy`.
 */
export class SharedNewsDesk implements Desk {
  private readonly reindexGate = new ReindexGate();
  private readonly warn: (message: string) => void;

  private constructor(private readonly options: SharedNewsDeskOptions) {
    this.warn = options.onWarning ?? ((message) => process.stderr.write(`warning: ${printable(message)}\n`));
  }

  /**
   * Answers at once from the database's current generation. Only an empty database (or one written
   * by an older schema) is indexed, under the lock: of N processes starting together one indexes,
   * the others wait for its generation.
   */
  static async open(options: SharedNewsDeskOptions): Promise<SharedNewsDesk> {
    const desk = new SharedNewsDesk(options);
    for (;;) {
      if (await options.backend.current()) return desk;
      const result = await desk.reindex({ onlyIfEmpty: true });
      if (result.status === 'done') return desk;
      if (result.status === 'failed' || result.status === 'cancelled') throw new Error(result.status === 'failed' ? result.reason : 'The first index was cancelled.');
      await switchOrTimeout(options.backend, EMPTY_WAIT_MS);
    }
  }

  /** The desk over whatever the database holds, indexing nothing (`npm run reindex` reindexes itself). */
  static attach(options: SharedNewsDeskOptions): SharedNewsDesk {
    return new SharedNewsDesk(options);
  }

  get isReindexing(): boolean {
    return this.reindexGate.busy;
  }

  async ask(question: string, options: { limit?: number } = {}): Promise<AskResult> {
    const view = await this.view();
    if (!view) return { status: 'invalid', reason: NOTHING_INDEXED };
    return this.reported(askLater(view, question, options.limit ?? DEFAULT_RESULTS));
  }

  async quotes(speakerQuery: string, options: { limit?: number } = {}): Promise<QuotesResult> {
    const query = quotesQuery(speakerQuery);
    if (typeof query !== 'string') return query;
    const view = await this.view();
    const speakers = view ? await this.reported(view.speakers()) : [];
    const pick = pickSpeaker(speakers, query);
    if (!view || pick.kind === 'none') return { status: 'unknown-speaker', query, knownSpeakers: bySpeakerRank(speakers).slice(0, 10) };
    if (pick.kind === 'several') {
      const shown = candidatesShown(pick.candidates);
      const quotes = await this.reported(Promise.all(shown.map((speaker) => view.quotes(speaker.id))));
      return ambiguousQuotes(query, shown, new Map(shown.map((speaker, index) => [speaker.id, quotes[index] ?? []])));
    }
    return foundQuotes(await this.reported(view.quotes(pick.speaker.id)), pick.speaker, pick.others, options.limit);
  }

  async quotesOf(speakerId: string): Promise<Extract<QuotesResult, { status: 'found' }> | null> {
    const view = await this.view();
    const speaker = view ? (await this.reported(view.speakers())).find((candidate) => candidate.id === speakerId) : undefined;
    return view && speaker ? foundQuotes(await this.reported(view.quotes(speaker.id)), speaker, []) : null;
  }

  async speakers(): Promise<Speaker[]> {
    const view = await this.view();
    return view ? bySpeakerRank(await this.reported(view.speakers())) : [];
  }

  async suggestSpeakers(typed: string, limit = 25): Promise<Speaker[]> {
    const view = await this.view();
    return view ? suggestSpeakers(await this.reported(view.speakers()), typed.slice(0, MAX_SPEAKER_QUERY_CHARS), limit) : [];
  }

  async sources(): Promise<SourcesSummary> {
    const view = await this.view();
    const includeComments = this.options.includeComments ?? false;
    if (!view) return { articles: [], passages: 0, quotes: 0, speakers: 0, indexedAt: new Date(0), skipped: [], includeComments };
    const [articles, speakers] = await this.reported(Promise.all([view.articleSummaries(), view.speakers()]));
    return { articles, passages: view.passageCount, quotes: view.quoteCount, speakers: speakers.length, indexedAt: view.indexedAt, skipped: [...view.skipped], includeComments };
  }

  /**
   * Rereads the seeds folder into a new generation. One reindex at a time across every process: a
   * second one, here or in another process, gets `busy`. A failure keeps the current generation.
   */
  reindex(options: ReindexOptions & { onlyIfEmpty?: boolean } = {}): Promise<ReindexResult> {
    return this.reindexGate.run(() => this.runReindex(options), options.signal);
  }

  private async runReindex(options: ReindexOptions & { onlyIfEmpty?: boolean }): Promise<ReindexResult> {
    const started = performance.now();
    const { signal } = options;
    const elapsed = () => performance.now() - started;
    const failed = (error: unknown): ReindexResult => {
      if (signal?.aborted) return { status: 'cancelled', durationMs: elapsed() };
      if (error instanceof ReindexBusyError) return { status: 'busy' };
      if (error instanceof IndexUnavailableError) this.warn(error.message);
      return { status: 'failed', reason: `${error instanceof Error ? error.message : String(error)} The previous index is still in use.`, durationMs: elapsed() };
    };
    let lock;
    try {
      lock = await this.options.backend.lockReindex();
    } catch (error) {
      return failed(error);
    }
    if (!lock) return { status: 'busy' };
    try {
      const before = await this.options.backend.current();
      // Processes starting together: the one that got the lock after another indexed has nothing to do.
      if (options.onlyIfEmpty && before) return { status: 'done', diff: emptyDiff(), durationMs: elapsed(), articles: 0, passages: 0, quotes: 0 };
      const built = await buildContentOnWorker({ seedsDir: this.options.seedsDir, includeComments: this.options.includeComments ?? false }, options);
      if (built.articles.length === 0 && before && before.passageCount > 0) {
        const skippedNote =
          built.skipped.length > 0 ? ` (${built.skipped.length} file(s) skipped: ${built.skipped.map((entry) => `${entry.file} ${entry.reason}`).join('; ')})` : '';
        return { status: 'failed', reason: `No readable article is left in the seeds folder${skippedNote}. The previous index is still in use.`, durationMs: elapsed() };
      }
      signal?.throwIfAborted();
      const passages = new Map(built.passages.map((passage) => [passage.id, passage]));
      const written = await lock.write({ ...built, passages }, signal ? { signal } : {});
      return { status: 'done', diff: written.diff, durationMs: elapsed(), articles: built.articles.length, passages: passages.size, quotes: built.quotes.length };
    } catch (error) {
      return failed(error);
    } finally {
      await lock.release();
    }
  }

  /** The current generation, or null when nothing is indexed; an unreachable database is logged and rethrown. */
  private view(): Promise<GenerationView | null> {
    return this.reported(this.options.backend.current());
  }

  /** Logs an unreachable database once per failed call (the commands tell the user), and rethrows. */
  private async reported<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof IndexUnavailableError) this.warn(error.message);
      throw error;
    }
  }
}

function emptyDiff(): Extract<ReindexResult, { status: 'done' }>['diff'] {
  return {
    files: { added: [], removed: [], changed: [], unchanged: [] },
    passages: { added: 0, removed: 0, unchanged: 0 },
    quotes: { added: 0, removed: 0, unchanged: 0 },
    skipped: [],
  };
}

/** Resolves on the next generation switch, or after `ms`, whichever comes first. */
function switchOrTimeout(backend: IndexBackend, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const stop = backend.onSwitch(done);
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}
