import { buildSnapshot, type SavedIndex, type Snapshot } from './snapshot.ts';
import { SnapshotStore } from './snapshotStore.ts';

export interface ThreadStartOptions {
  seedsDir: string;
  includeComments: boolean;
  /** Where the snapshot cache lives; null: no cache. */
  cacheDir: string | null;
}

export interface ThreadStart {
  snapshot: Snapshot;
  /** Problems met on the way (an unusable cache, a cache that could not be written), for the desk's onWarning. */
  warnings: string[];
}

/**
 * The first build, on this thread: the cache's analyses for unchanged files, NLP for the others, the
 * index, and the cache saved. Nothing answers before the desk opens, so there is nothing to keep
 * responsive, and this skips what a worker costs on top of the same work: a second thread loading
 * the NLP model, and the whole snapshot serialised to cross back (a restart took twice as long, a
 * first start 1.5 times). Reindexing, which happens while the bot answers, stays on the worker.
 */
export async function startOnThisThread(options: ThreadStartOptions): Promise<ThreadStart> {
  const warnings: string[] = [];
  const { seedsDir, includeComments, cacheDir } = options;
  const store = cacheDir ? new SnapshotStore({ seedsDir, includeComments, cacheDir, warn: (message) => warnings.push(message) }) : null;
  const loaded = store ? await store.load() : null;
  const snapshot = await buildSnapshot({ seedsDir, includeComments, ...(loaded ? { cache: loaded.analyses, savedIndex: loadOnce(loaded.savedIndex) } : {}) });
  if (store && snapshot.articles.length > 0) await store.save(snapshot, loaded);
  return { snapshot, warnings };
}

/**
 * The saved index, let go once loaded: unlike the worker, which only passes the saved form on, this
 * thread keeps the snapshot, and holding both would double the index's memory.
 */
function loadOnce(savedIndex: SavedIndex): SavedIndex {
  let saved: SavedIndex | null = savedIndex;
  return {
    files: savedIndex.files,
    load: () => {
      const once = saved;
      saved = null;
      if (!once) throw new Error('the saved index was already loaded');
      return once.load();
    },
  };
}
