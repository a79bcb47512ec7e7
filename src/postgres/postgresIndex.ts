import pg from 'pg';
import type { GenerationView, IndexBackend, IndexContent, ReindexLock, WriteOptions, WrittenGeneration } from '../core/indexBackend.ts';
import { REINDEX_LOCK } from './advisoryLocks.ts';
import { asUnavailable, IndexUnavailableError } from './errors.ts';
import { GenerationWatcher } from './generationWatcher.ts';
import { GENERATION_COLUMNS, PostgresGenerationView, type GenerationRow, type Query } from './generationView.ts';
import { migrate } from './migrate.ts';
import { writeGeneration } from './writeGeneration.ts';

export interface PostgresIndexOptions {
  connectionString: string;
  /** Connections per process; each question uses one at a time. */
  poolSize?: number;
  /** How long a query waits for a connection before the database counts as unavailable. */
  connectTimeoutMs?: number;
  /** Lost and regained connections, for the log; they never throw at the caller by themselves. */
  onError?: (error: Error) => void;
}

/**
 * The index in PostgreSQL, shared by every process and shard (issue 12): `open` applies the
 * migrations and starts listening for generation switches; `write` adds a generation and makes it
 * current (writeGeneration.ts); `current` pins the current one for a question.
 *
 * Every failure to reach the database surfaces as IndexUnavailableError; the pool reconnects by
 * itself, so the next call after the database is back succeeds.
 */
export class PostgresIndex implements IndexBackend {
  private view: PostgresGenerationView | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly watcher: GenerationWatcher,
  ) {}

  static async open(options: PostgresIndexOptions): Promise<PostgresIndex> {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    });
    // An idle pooled connection that dies (server restart) is dropped by the pool; without a
    // listener its 'error' event would end the process.
    pool.on('error', (error) => options.onError?.(error));
    try {
      await migrate(pool);
      const watcher = await GenerationWatcher.start(options.connectionString, { onError: options.onError });
      return new PostgresIndex(pool, watcher);
    } catch (error) {
      await pool.end().catch(() => {});
      throw asUnavailable(error);
    }
  }

  /**
   * The current generation. The view is kept while LISTEN reports no switch, so a question costs no
   * extra round trip and a generation's speakers and vocabulary are read once per process. A
   * generation written before migration 003 lacks what scoring needs: it counts as nothing indexed.
   */
  async current(): Promise<GenerationView | null> {
    const cached = this.view;
    if (cached && cached.generation === this.watcher.generation) return cached;
    const rows = await this.query<GenerationRow>(`SELECT ${GENERATION_COLUMNS} FROM current_generation c JOIN generations g ON g.id = c.generation`);
    const row = rows[0];
    if (!row || row.avg_text_length === null) return null;
    this.view = cached?.generation === Number(row.id) ? cached : new PostgresGenerationView(this.query, row);
    return this.view;
  }

  async lockReindex(): Promise<ReindexLock | null> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw asUnavailable(error);
    });
    let locked: boolean;
    try {
      locked = (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [...REINDEX_LOCK])).rows[0]?.locked === true;
    } catch (error) {
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw asUnavailable(error);
    }
    if (!locked) {
      client.release();
      return null;
    }
    let broken: Error | undefined;
    let released = false;
    return {
      // writeGeneration takes the transaction-level lock too: this session already holds it, so that succeeds.
      write: async (content, options = {}) => {
        try {
          const written = await writeGeneration(client, content, options);
          this.view = null;
          return written;
        } catch (error) {
          broken = error instanceof Error ? error : new Error(String(error));
          await client.query('ROLLBACK').catch(() => {});
          throw asUnavailable(error);
        }
      },
      release: async () => {
        if (released) return;
        released = true;
        if (!broken)
          await client
            .query('SELECT pg_advisory_unlock($1, $2)', [...REINDEX_LOCK])
            .catch((error: unknown) => (broken = error instanceof Error ? error : new Error(String(error))));
        // A connection whose write failed is closed, not reused: its session, and any lock it held, end with it.
        client.release(broken);
      },
    };
  }

  async write(content: IndexContent, options: WriteOptions = {}): Promise<WrittenGeneration> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw asUnavailable(error);
    });
    let failed: Error | undefined;
    try {
      const written = await writeGeneration(client, content, options);
      this.view = null;
      return written;
    } catch (error) {
      failed = error instanceof Error ? error : new Error(String(error));
      await client.query('ROLLBACK').catch(() => {});
      throw asUnavailable(error);
    } finally {
      // A connection whose write failed is closed rather than reused: whatever state it is in ends with it.
      client.release(failed);
    }
  }

  onSwitch(listener: (generation: number) => void): () => void {
    return this.watcher.onSwitch(listener);
  }

  /** The generation last heard of by LISTEN (or read at start), without a query. */
  get knownGeneration(): number | null {
    return this.watcher.generation;
  }

  async close(): Promise<void> {
    await this.watcher.close();
    await this.pool.end();
  }

  private readonly query: Query = async <Row extends object>(sql: string, values?: unknown[]): Promise<Row[]> => {
    try {
      const result = await this.pool.query<Row>(sql, values);
      return result.rows;
    } catch (error) {
      throw asUnavailable(error);
    }
  };
}

export { IndexUnavailableError };
