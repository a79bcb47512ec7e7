import { buildSnapshot, NeedsAnalysisError, type SavedIndex, type Snapshot } from './snapshot.ts';
import { SnapshotStore } from './snapshotStore.ts';

export interface CachedStartOptions {
  seedsDir: string;
  includeComments: boolean;
  cacheDir: string;
}

export interface CachedStart {
  /** The snapshot, when the cache covered every file; null when some file needs NLP (or there is no usable cache). */
  snapshot: Snapshot | null;
  /** Whether a usable cache was found: a build on the worker may load it again for the files it covers. */
  cacheUsable: boolean;
  /** Why the cache was not usable, said once here (the worker is then told not to read it again). */
  warnings: string[];
}

/**
 * A start from the snapshot cache on this thread, when every file is unchanged since it was saved.
 * Nothing answers before the desk opens, so there is nothing to keep responsive, and this skips what
 * the worker path costs on top of the same work: a second thread loading the NLP model, and the
 * whole snapshot serialised to cross back (together about half of a restart). Any file that needs
 * NLP sends the build to the worker as before; NLP never runs on this thread.
 */
export async function startFromCache(options: CachedStartOptions): Promise<CachedStart> {
  const warnings: string[] = [];
  const store = new SnapshotStore({ ...options, warn: (message) => warnings.push(message) });
  const loaded = await store.load();
  if (!loaded) return { snapshot: null, cacheUsable: false, warnings };
  // The index is loaded at once and its saved form let go: unlike the worker, which only passes the
  // saved form on, this thread keeps the snapshot, and holding both would double the index's memory.
  let saved: SavedIndex | null = loaded.savedIndex;
  const savedIndex: SavedIndex = {
    files: saved.files,
    load: () => {
      const once = saved;
      saved = null;
      if (!once) throw new Error('the saved index was already loaded');
      return once.load();
    },
  };
  try {
    const snapshot = await buildSnapshot({ seedsDir: options.seedsDir, includeComments: options.includeComments, cache: loaded.analyses, savedIndex, cachedOnly: true });
    return { snapshot, cacheUsable: true, warnings };
  } catch (error) {
    if (error instanceof NeedsAnalysisError) return { snapshot: null, cacheUsable: true, warnings };
    throw error;
  }
}
