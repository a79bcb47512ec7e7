import type { ReindexResult } from './desk.ts';

/**
 * One reindex at a time per desk, and a cancel that answers at once: the rule both desks keep
 * (newsDesk.ts, sharedNewsDesk.ts). A second call while one runs gets `busy`. Aborting `signal`
 * resolves `cancelled` straight away; the build it stops runs out in the background (it still
 * counts as the running reindex) and is never swapped in.
 */
export class ReindexGate {
  private running: Promise<ReindexResult> | null = null;

  get busy(): boolean {
    return this.running !== null;
  }

  run(start: () => Promise<ReindexResult>, signal?: AbortSignal): Promise<ReindexResult> {
    if (this.running) return Promise.resolve({ status: 'busy' });
    const running = start().finally(() => {
      this.running = null;
    });
    this.running = running;
    if (!signal) return running;
    const started = performance.now();
    const aborted = new Promise<ReindexResult>((resolve) => {
      const onAbort = () => resolve({ status: 'cancelled', durationMs: performance.now() - started });
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([running, aborted]);
  }
}
