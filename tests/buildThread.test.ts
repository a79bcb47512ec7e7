import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { asBuildError, BuildOutOfMemoryError } from '../src/core/buildThread.ts';

describe('build thread failures', () => {
  it('a worker that runs out of heap is reported as a corpus too large for the memory, with what to do', async () => {
    // A real out-of-memory error from a real worker thread with a small heap, as the build thread gets one on a huge corpus.
    const worker = new Worker('const kept = []; for (;;) kept.push(new Array(100_000).fill(kept.length));', { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
    const [error] = (await once(worker, 'error').catch((rejected: unknown) => [rejected])) as [unknown];
    const reported = asBuildError(error);
    expect(reported).toBeInstanceOf(BuildOutOfMemoryError);
    expect((reported as Error).message).toMatch(/ran out of memory.*--max-old-space-size.*INDEX_BACKEND=postgres/);
  });

  it('leaves any other failure as it is', () => {
    const other = Object.assign(new Error('disk on fire'), { code: 'EIO' });
    expect(asBuildError(other)).toBe(other);
  });
});
