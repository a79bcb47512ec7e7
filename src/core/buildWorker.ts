/**
 * The worker thread that builds snapshots (read, NLP, speakers, index, cache save), so the main
 * thread — the bot's gateway heartbeat and every reply — never waits on NLP. Run by the pool in
 * buildThread.ts; gets a BuildTask, returns the snapshot as a SnapshotTransport.
 */
import { once } from 'node:events';
import type { MessagePort } from 'node:worker_threads';
import { SeedsDirectoryError } from '../corpus/listSeedFiles.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import type { Article } from '../domain/article.ts';
import type { Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import { diffSnapshots } from './reindexReport.ts';
import { analysisCacheKey, buildSnapshot, type BuildOptions } from './snapshot.ts';
import { SnapshotStore, type LoadedSnapshot } from './snapshotStore.ts';
import { analysesOf, assembleIndex, corpusOf, sendSnapshot, type SnapshotTransport } from './snapshotTransport.ts';

export interface BuildTask {
  seedsDir: string;
  includeComments: boolean;
  /** Where the snapshot cache lives; null: no cache. */
  cacheDir: string | null;
  /** Whether to read the cache when there is no `previous` (a reindex after a start that saved it); it is saved either way. */
  loadCache: boolean;
  /**
   * The snapshot being replaced (a reindex): its analyses are reused and the report compares against
   * it. Without it (the first reindex after a start that saved the cache, cachedStart.ts) the cache
   * is read instead, and the desk makes the report itself.
   */
  previous: Pick<SnapshotTransport, 'texts' | 'articles' | 'skipped' | 'index'> | null;
  /** Where each file's name is posted before it is read (a progress and test hook). */
  progress: MessagePort | null;
  /** Wait for "go" on `progress` after each file (the main thread runs its onFile hook meanwhile). */
  holdEachFile: boolean;
}

export type BuildOutcome =
  | { ok: true; transport: SnapshotTransport }
  /** The seeds folder cannot be read: rebuilt as a SeedsDirectoryError on the main thread. */
  | { ok: false; seedsDirectory: string; detail: string };

export default async function build(task: BuildTask): Promise<BuildOutcome> {
  const warnings: string[] = [];
  const store = task.cacheDir
    ? new SnapshotStore({ cacheDir: task.cacheDir, seedsDir: task.seedsDir, includeComments: task.includeComments, warn: (message) => warnings.push(message) })
    : null;
  const loaded = task.previous === null && task.loadCache && store ? await store.load() : null;
  const options: BuildOptions = { seedsDir: task.seedsDir, includeComments: task.includeComments, ...reuse(task, loaded) };
  const port = task.progress;
  if (port) options.onFile = progressHook(task, port);
  try {
    const snapshot = await buildSnapshot(options);
    if (store && snapshot.articles.length > 0) await store.save(snapshot, loaded);
    const diff = task.previous ? diffSnapshots(corpusOf(task.previous), snapshot) : null;
    return { ok: true, transport: sendSnapshot(snapshot, { analysed: snapshot.analysed, diff, warnings }) };
  } catch (error) {
    if (error instanceof SeedsDirectoryError) return { ok: false, seedsDirectory: error.directory, detail: error.detail };
    throw error;
  } finally {
    port?.close();
  }
}

/** Posts each file's name to the main thread, and waits for its "go" when it holds each file. */
function progressHook(task: Pick<BuildTask, 'holdEachFile'>, port: MessagePort): (file: string) => Promise<void> {
  return async (file) => {
    port.postMessage({ file });
    if (!task.holdEachFile) return;
    const [reply] = (await once(port, 'message')) as [unknown];
    if (reply !== 'go') throw new Error('stopped by the main thread');
  };
}

export type ContentOutcome = { ok: true; content: BuiltContent } | { ok: false; seedsDirectory: string; detail: string };

/** What a shared index stores of a build (IndexContent), as plain data that crosses threads. */
export interface BuiltContent {
  articles: Article[];
  passages: Passage[];
  quotes: Quote[];
  speakers: Speaker[];
  skipped: SkippedFile[];
  buildMs: number;
}

/**
 * Reads and analyses every file for an index kept outside the process (src/postgres): the same
 * reading, NLP and speaker merging, but no minisearch index and no local cache; the database is
 * the store. Run by name on the same pool (buildThread.ts).
 */
export async function buildContent(task: Pick<BuildTask, 'seedsDir' | 'includeComments' | 'progress' | 'holdEachFile'>): Promise<ContentOutcome> {
  const options: BuildOptions = { seedsDir: task.seedsDir, includeComments: task.includeComments, lazyIndex: true };
  const port = task.progress;
  if (port) options.onFile = progressHook(task, port);
  try {
    const snapshot = await buildSnapshot(options);
    return {
      ok: true,
      content: {
        articles: snapshot.articles,
        passages: [...snapshot.passages.values()],
        quotes: snapshot.quotes,
        speakers: snapshot.speakers,
        skipped: snapshot.skipped,
        buildMs: snapshot.buildMs,
      },
    };
  } catch (error) {
    if (error instanceof SeedsDirectoryError) return { ok: false, seedsDirectory: error.directory, detail: error.detail };
    throw error;
  } finally {
    port?.close();
  }
}

/** The analyses (and index) a build may reuse: the replaced snapshot's, or the cache's. */
function reuse(task: BuildTask, loaded: LoadedSnapshot | null): Pick<BuildOptions, 'cache' | 'savedIndex'> {
  const previous = task.previous;
  if (!previous) return loaded ? { cache: loaded.analyses, savedIndex: loaded.savedIndex } : {};
  const analyses = analysesOf(previous);
  return {
    cache: new Map(analyses.map((analysis) => [analysisCacheKey(analysis.article.contentHash, task.includeComments), analysis])),
    savedIndex: {
      files: analyses.map((analysis) => ({ file: analysis.article.file, contentHash: analysis.article.contentHash })),
      load: () => PassageIndex.fromPlainObject(assembleIndex(previous)),
      plain: () => assembleIndex(previous),
    },
  };
}
