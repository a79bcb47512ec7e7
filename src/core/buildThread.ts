import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { SeedsDirectoryError } from '../corpus/listSeedFiles.ts';
import type { BuildOutcome, BuildTask, BuiltContent, ContentOutcome } from './buildWorker.ts';
import type { SnapshotTransport } from './snapshotTransport.ts';

/**
 * Runs snapshot builds on a worker thread. piscina rather than a hand-kept Worker: it aborts a task
 * by an AbortSignal (terminating the thread mid-NLP, which nothing inside the build could do),
 * replaces a thread that crashed, queues builds from several desks, and lets an idle thread exit
 * (and never keeps the process alive), so a bot that is not reindexing holds no second NLP pipeline.
 *
 * The project runs TypeScript through tsx, under `npm start` and under vitest alike: the worker
 * is given tsx's loader explicitly, so it loads buildWorker.ts the same way in both.
 */
let pool: Piscina<BuildTask, BuildOutcome | ContentOutcome> | null = null;

function buildPool(): Piscina<BuildTask, BuildOutcome | ContentOutcome> {
  pool ??= new Piscina<BuildTask, BuildOutcome | ContentOutcome>({
    filename: new URL('./buildWorker.ts', import.meta.url).href,
    execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 30_000,
  });
  return pool;
}

export interface BuildHooks {
  /** Called on this thread for each file before the worker reads it; the worker waits for it. Throwing stops the build. */
  onFile?: (file: string) => void | Promise<void>;
  /** Stops the build: the worker thread is terminated. */
  signal?: AbortSignal;
}

/** Builds a snapshot in the worker; rejects with the onFile hook's error, an AbortError, or the build's own. */
export async function buildOnWorker(task: Omit<BuildTask, 'progress' | 'holdEachFile'>, hooks: BuildHooks = {}): Promise<SnapshotTransport> {
  const outcome = await runOnWorker<BuildOutcome>('default', task, hooks);
  if (!outcome.ok) throw new SeedsDirectoryError(outcome.seedsDirectory, outcome.detail);
  return outcome.transport;
}

/** Reads and analyses the files in the worker for a shared index (no minisearch index, no cache); rejects as buildOnWorker. */
export async function buildContentOnWorker(task: Pick<BuildTask, 'seedsDir' | 'includeComments'>, hooks: BuildHooks = {}): Promise<BuiltContent> {
  const outcome = await runOnWorker<ContentOutcome>('buildContent', { ...task, cacheDir: null, loadCache: false, previous: null }, hooks);
  if (!outcome.ok) throw new SeedsDirectoryError(outcome.seedsDirectory, outcome.detail);
  return outcome.content;
}

/** Runs one of buildWorker.ts's exports with the hooks wired: onFile through a message port, the signal to the pool. */
async function runOnWorker<Outcome extends BuildOutcome | ContentOutcome>(name: string, task: Omit<BuildTask, 'progress' | 'holdEachFile'>, hooks: BuildHooks): Promise<Outcome> {
  hooks.signal?.throwIfAborted();
  const stop = new AbortController();
  const onAbort = () => stop.abort(hooks.signal?.reason);
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  let hookError: { error: unknown } | null = null;
  const channel = hooks.onFile ? new MessageChannel() : null;
  const onFile = hooks.onFile;
  if (channel && onFile) {
    channel.port1.on('message', (message: { file: string }) => {
      Promise.resolve()
        .then(() => onFile(message.file))
        .then(
          () => channel.port1.postMessage('go'),
          (error: unknown) => {
            hookError = { error };
            stop.abort(error);
          },
        );
    });
  }
  try {
    const workerTask: BuildTask = { ...task, progress: channel?.port2 ?? null, holdEachFile: Boolean(onFile) };
    // piscina returns what the named export resolved to: that export's Outcome.
    return (await buildPool().run(workerTask, { name, signal: stop.signal, ...(channel ? { transferList: [channel.port2] } : {}) })) as Outcome;
  } catch (error) {
    const failed = hookError as { error: unknown } | null;
    if (failed) throw failed.error;
    throw asBuildError(error);
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    channel?.port1.close();
  }
}

/** The build thread ran out of heap: the corpus is too large for the memory this process may use. */
export class BuildOutOfMemoryError extends Error {
  constructor() {
    super(
      'Reading the articles ran out of memory: the index does not fit the heap this process may use. Give Node more (NODE_OPTIONS=--max-old-space-size=4096), or keep the index in PostgreSQL (INDEX_BACKEND=postgres).',
    );
    this.name = 'BuildOutOfMemoryError';
  }
}

/** A worker's own failure as the desk reports it: running out of memory gets a message a person can act on. */
export function asBuildError(error: unknown): unknown {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? new BuildOutOfMemoryError() : error;
}
