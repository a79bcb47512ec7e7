import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** Whose attribute is asked, on Brown texts cg58 (belles lettres), ca02 and ca23 (press), none reserved, indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cg58', 'ca02', 'ca23'], 'owner-given-name'));
});
afterAll(() => cleanup());

describe('an attribute asked of a person by full name', () => {
  it('is answered by a passage that names the person by surname only, as stories do after the first mention', () => {
    // cg58: "… for his pay, as shown by the War Department Abstracts of early 1778 was $75 a month as a colonel": "Morgan", never "Daniel", in that window.
    const result = desk.ask("what was daniel morgan's pay as a colonel");
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/\$75 a month as a colonel/);
  });
});
