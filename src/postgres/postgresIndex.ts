import pg from 'pg';
import type { GenerationView, IndexBackend, IndexContent, WriteOptions, WrittenGeneration } from '../core/indexBackend.ts';
import { asUnavailable, IndexUnavailableError } from './errors.ts';
import { GenerationWatcher } from './generationWatcher.ts';
import { PostgresGenerationView, type GenerationRow, type Query } from './generationView.ts';
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

  async current(): Promise<GenerationView | null> {
    const rows = await this.query<GenerationRow>(`SELECT g.id, g.indexed_at, g.passage_count, g.skipped FROM current_generation c JOIN generations g ON g.id = c.generation`);
    return rows[0] ? new PostgresGenerationView(this.query, rows[0]) : null;
  }

  async write(content: IndexContent, options: WriteOptions = {}): Promise<WrittenGeneration> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw asUnavailable(error);
    });
    let failed: Error | undefined;
    try {
      return await writeGeneration(client, content, options);
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
