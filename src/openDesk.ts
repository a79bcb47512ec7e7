import type { AppConfig } from './config.ts';
import type { Desk } from './core/desk.ts';
import { NewsDesk } from './core/newsDesk.ts';
import { SharedNewsDesk } from './core/sharedNewsDesk.ts';

export interface OpenedDesk {
  desk: Desk;
  /** Closes the shared index's connections (nothing to close for the embedded one). */
  close(): Promise<void>;
}

/**
 * The desk the configuration asks for: the embedded index (default), or the PostgreSQL one shared
 * by every process (INDEX_BACKEND=postgres). `reindexOnly`: the shell's `npm run reindex`, which
 * reindexes itself and must not index an empty database first.
 */
export async function openDesk(config: AppConfig, warn: (message: string) => void, options: { reindexOnly?: boolean } = {}): Promise<OpenedDesk> {
  const settings = { seedsDir: config.seedsDir, includeComments: config.includeReaderComments, onWarning: warn };
  if (config.index.backend === 'embedded') return { desk: await NewsDesk.open(settings), close: async () => {} };
  // pg is loaded only for the shared index: the default start never pays for it.
  const { PostgresIndex } = await import('./postgres/postgresIndex.ts');
  const backend = await PostgresIndex.open({ connectionString: config.index.databaseUrl, onError: (error) => warn(`shared index database: ${error.message}`) });
  try {
    const desk = options.reindexOnly ? SharedNewsDesk.attach({ ...settings, backend }) : await SharedNewsDesk.open({ ...settings, backend });
    return { desk, close: () => backend.close() };
  } catch (error) {
    await backend.close().catch(() => {});
    throw error;
  }
}
