import pg from 'pg';
import { GENERATION_CHANNEL } from './writeGeneration.ts';

export interface WatcherOptions {
  /** Told when the connection drops and comes back; never thrown at. */
  onError?: (error: Error) => void;
  /** First wait before reconnecting, doubled up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

/**
 * LISTENs for generation switches on a connection of its own (a pooled one would miss notices
 * while checked in). When the connection drops it reconnects with backoff, and on every (re)connect
 * reads the current generation, so a switch made while it was away is reported too.
 */
export class GenerationWatcher {
  private client: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs: number;
  private last: number | null = null;
  private readonly listeners = new Set<(generation: number) => void>();

  private constructor(
    private readonly connectionString: string,
    private readonly options: WatcherOptions,
  ) {
    this.retryMs = options.retryMs ?? 250;
  }

  /** Resolves once listening (so no switch after this call is missed); rejects if the first connection fails. */
  static async start(connectionString: string, options: WatcherOptions = {}): Promise<GenerationWatcher> {
    const watcher = new GenerationWatcher(connectionString, options);
    await watcher.connect(true);
    return watcher;
  }

  onSwitch(listener: (generation: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The latest generation seen (by notice or on connecting); null before anything was indexed. */
  get generation(): number | null {
    return this.last;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(initial: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === GENERATION_CHANNEL && message.payload) this.seen(Number(message.payload));
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${GENERATION_CHANNEL}`);
      const current = await client.query<{ generation: string }>('SELECT generation FROM current_generation');
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.retryMs = this.options.retryMs ?? 250;
      const generation = current.rows[0] ? Number(current.rows[0].generation) : null;
      if (initial) this.last = generation;
      else if (generation !== null) this.seen(generation);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw error;
    }
  }

  private seen(generation: number): void {
    if (!Number.isSafeInteger(generation) || generation === this.last) return;
    this.last = generation;
    for (const listener of this.listeners) listener(generation);
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.options.onError?.(error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect(false).catch((error: unknown) => {
        this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
        this.retryMs = Math.min(this.options.maxRetryMs ?? 5000, this.retryMs * 2);
        this.scheduleReconnect();
      });
    }, this.retryMs);
    this.retryTimer.unref();
  }
}
