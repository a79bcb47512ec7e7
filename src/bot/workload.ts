import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import PQueue from 'p-queue';

/** How many questions may be in flight at once unless the bot is started with another number. */
export const DEFAULT_MAX_IN_FLIGHT = 16;

/** A place in the workload; `release()` gives it back (calling it again does nothing). */
export interface Ticket {
  release(): void;
}

/**
 * The bot's defence against floods, on top of the per-user cooldown:
 *
 * - **Admission:** at most `maxInFlight` questions (/ask, /quote, autocomplete, paging, mentions)
 *   are being answered at once, from arrival until Discord has accepted the reply. Beyond that,
 *   `admit()` returns null and the caller answers "busy, try again" — cheaply, without searching.
 * - **Computation:** the synchronous search work of admitted questions runs one at a time through
 *   `compute()` (a p-queue of concurrency 1), each after a turn of the event loop, so a burst of
 *   questions never blocks the loop for longer than one answer: gateway heartbeats and other
 *   replies get through in between.
 */
export class Workload {
  private active = 0;
  private readonly queue = new PQueue({ concurrency: 1 });
  private busyCount = 0;
  private busyStreak = 0;
  /** A moving average of how long one piece of work takes, for `expectedWaitMs`. */
  private averageMs = 0;

  constructor(readonly maxInFlight: number = DEFAULT_MAX_IN_FLIGHT) {
    if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new RangeError(`maxInFlight must be a positive integer, got ${maxInFlight}`);
  }

  /** Questions being answered right now. */
  get inFlight(): number {
    return this.active;
  }

  /** Questions turned away as busy since the bot started. */
  get refused(): number {
    return this.busyCount;
  }

  /** Questions turned away since one was last admitted: 1 marks the start of a busy spell. */
  get refusedInARow(): number {
    return this.busyStreak;
  }

  /** A place for one question, or null when `maxInFlight` are already being answered. */
  admit(): Ticket | null {
    if (this.active >= this.maxInFlight) {
      this.busyCount++;
      this.busyStreak++;
      return null;
    }
    this.busyStreak = 0;
    this.active++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.active--;
      },
    };
  }

  /** Roughly how long work queued now would wait before it runs (the pieces ahead × their average time). */
  expectedWaitMs(): number {
    return (this.queue.size + this.queue.pending) * this.averageMs;
  }

  /** Runs work after the work queued before it, each piece on a fresh event-loop turn. */
  compute<T>(work: () => T | Promise<T>): Promise<T> {
    return this.queue.add(async () => {
      await yieldToEventLoop();
      const started = performance.now();
      try {
        return await work();
      } finally {
        this.averageMs = this.averageMs * 0.8 + (performance.now() - started) * 0.2;
      }
    });
  }
}
