import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';

/** How many questions may be in flight at once unless the bot is started with another number. */
export const DEFAULT_MAX_IN_FLIGHT = 16;

/**
 * Discord drops an interaction not acknowledged within 3 s. Work that would finish later than
 * this after it arrived is acknowledged first, leaving time for the acknowledgement to arrive.
 */
export const DEFAULT_LATE_AFTER_MS = 1_000;

/** Work that took this long is followed by a pause (a fifth of it, at most `MAX_PAUSE_MS`). */
const HEAVY_MS = 20;
const MAX_PAUSE_MS = 100;

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
  /** A moving average of how long one piece of work takes (0 until one has been timed). */
  private averageMs = 0;
  private lastMs = 0;
  /** Work queued and not yet started, in queue order. */
  private readonly waiting: Waiting[] = [];

  constructor(
    readonly maxInFlight: number = DEFAULT_MAX_IN_FLIGHT,
    /** When waiting work is told it is late (`compute`'s `onLate`). */
    private readonly lateAfterMs: number = DEFAULT_LATE_AFTER_MS,
  ) {
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

  /**
   * Runs work after the work queued before it, each piece on a fresh event-loop turn. `onLate` is
   * called (once, before the work runs) as soon as the work ahead of it means it would finish
   * more than `lateAfterMs` after it was queued — known once the first pieces have been timed.
   */
  compute<T>(work: () => T | Promise<T>, onLate?: () => void): Promise<T> {
    const entry: Waiting = { queuedAt: performance.now(), ...(onLate ? { onLate } : {}) };
    this.waiting.push(entry);
    this.warnLate();
    return this.queue.add(async () => {
      // After heavy work, a pause of a fifth of it: one event-loop turn is not enough for the
      // replies waiting on the network (an HTTP round trip takes several turns) to go out.
      if (this.lastMs >= HEAVY_MS) await sleep(Math.min(MAX_PAUSE_MS, this.lastMs / 5));
      else await yieldToEventLoop();
      this.waiting.splice(this.waiting.indexOf(entry), 1);
      const started = performance.now();
      try {
        return await work();
      } finally {
        const took = performance.now() - started;
        this.lastMs = took;
        this.averageMs = this.averageMs === 0 ? took : this.averageMs * 0.8 + took * 0.2;
        this.warnLate();
      }
    });
  }

  /** Tells every waiting piece that will now finish late (its turn × the average time), once each. */
  private warnLate(): void {
    if (this.averageMs === 0) return;
    const now = performance.now();
    // The piece running now (if any) is about half done on average.
    let startsAt = now + (this.queue.pending > 0 ? this.averageMs / 2 : 0);
    for (const entry of this.waiting) {
      const finishesAt = startsAt + this.averageMs;
      if (entry.onLate && finishesAt - entry.queuedAt > this.lateAfterMs) {
        const onLate = entry.onLate;
        delete entry.onLate;
        onLate();
      }
      startsAt = finishesAt;
    }
  }
}

interface Waiting {
  queuedAt: number;
  onLate?: () => void;
}
