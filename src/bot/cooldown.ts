/**
 * Per-user rate limit for questions (/ask and mentions share it). `take(user)` either admits the
 * question and starts the user's cooldown, or says how many whole seconds are left.
 */
export class Cooldown {
  private readonly lastAsked = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may ask now (and the cooldown restarts), else the seconds to wait (≥ 1). */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const windowMs = this.seconds * 1000;
    const last = this.lastAsked.get(userId);
    if (last !== undefined && now - last < windowMs) return Math.max(1, Math.ceil((windowMs - (now - last)) / 1000));
    this.lastAsked.set(userId, now);
    if (this.lastAsked.size > 1000) this.prune(now, windowMs);
    return 0;
  }

  private prune(now: number, windowMs: number): void {
    for (const [user, at] of this.lastAsked) if (now - at >= windowMs) this.lastAsked.delete(user);
  }
}
