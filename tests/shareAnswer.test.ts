import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** "how much of X" asks a part of it, asked of Brown text ch01 (government: federal aid to small business), not reserved, beside ce20 and cf13. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ch01', 'ce20', 'cf13'], 'share-answer'));
});
afterAll(() => cleanup());

describe('"how much of" a sum', () => {
  it('is answered by a share of it, though no sum in dollars is given', () => {
    // ch01: "The Government will contract with an eligible applicant to pay up to one-half of the cost of approved exploration work as it progresses."
    const result = desk.ask('how much of the cost of approved exploration work does the government pay');
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/up to one-half of the cost/);
  });

  it('still wants a sum when the question asks how much something costs', () => {
    // The same window gives a share of the cost, not what exploration costs.
    const result = desk.ask('how much does mineral exploration cost');
    expect(result.status).toBe('not-covered');
  });
});
