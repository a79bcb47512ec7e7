/** Small shared pieces of the fake Discord: ids, errors in Discord's shape, and promise waiters. */
import { randomBytes } from 'node:crypto';
import { SnowflakeUtil, type APIUser } from 'discord.js';

export const API_VERSION = '10';

export function snowflake(): string {
  return SnowflakeUtil.generate().toString();
}

/**
 * A fresh snowflake that Discord would serve on shard `shardId` of `shardCount`: the shard of a
 * guild is `(guild_id >> 22) % shardCount`, and `guild_id >> 22` is its creation time in ms since
 * Discord's epoch, so an id from a slightly earlier millisecond lands on any shard wanted.
 */
export function guildIdOnShard(shardId: number, shardCount: number): string {
  if (!Number.isInteger(shardId) || shardId < 0 || shardId >= shardCount) throw new Error(`fakeDiscord: no shard ${shardId} of ${shardCount}`);
  const now = Date.now();
  for (let back = 0; ; back++) {
    const id = SnowflakeUtil.generate({ timestamp: now - back });
    if (shardOf(id.toString(), shardCount) === shardId) return id.toString();
  }
}

/** The shard that serves a guild: `(guild_id >> 22) % shardCount`, Discord's formula. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function randomToken(): string {
  return `fake-${randomBytes(24).toString('base64url')}`;
}

export function toBigInt(value: bigint | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function makeUser(partial: Partial<APIUser> & { id: string; username: string }): APIUser {
  return { discriminator: '0', global_name: null, avatar: null, ...partial };
}

/** What a REST route answers. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function apiError(status: number, code: number, message: string, errors?: unknown): RouteResult {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

/** Discord's 400 "Invalid Form Body" (code 50035) for one field. */
export function formError(field: string, code: string, message: string): RouteResult {
  return apiError(400, 50035, 'Invalid Form Body', { [field]: { _errors: [{ code, message }] } });
}

interface Waiter<T> {
  test: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** Promises that resolve with the first later item passing their test, or reject after a timeout. */
export class Waiters<T> {
  private readonly waiters = new Set<Waiter<T>>();
  private closed = false;

  add(test: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    if (this.closed) return Promise.reject(new Error('fakeDiscord closed'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(describe()));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  notify(item: T): void {
    for (const waiter of [...this.waiters]) {
      if (!waiter.test(item)) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(item);
    }
  }

  /** Rejects every pending waiter; later `add` calls reject at once. */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('fakeDiscord closed'));
    }
    this.waiters.clear();
  }
}
