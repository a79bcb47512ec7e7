import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { givesGivenName } from '../src/lang/en/givenNameAsked.ts';
import { namesAKin } from '../src/lang/en/kinNouns.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** Who someone's kin is, and someone's given name, asked of Brown texts ca23, ca25 (press) and cg37 (belles lettres), none reserved. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca23', 'ca25', 'cg37'], 'kin-given-name'));
});
afterAll(() => cleanup());

describe('"who is X’s N" for kin', () => {
  it('reads kin from WordNet: a relative or a spouse, not a role said many ways', () => {
    expect(['wife', 'husband', 'brother', 'son', 'father', 'daughter'].every(namesAKin)).toBe(true);
    expect(['leader', 'head', 'director', 'president', 'friend'].some(namesAKin)).toBe(false);
  });

  it('is not covered when the passage on the person says nothing of the kin asked, and names what is missing', () => {
    // ca25: "On that date, according to Gregorio, Huff left his home …": the lawyer's wife is never mentioned.
    const result = desk.ask("who is gregorio's wife");
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing[0]).toBe('wife');
  });

  it('is answered when the passage names the kin', () => {
    const result = desk.ask("who is huff's wife");
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/his wife, Sue/);
  });
});

describe('a given name asked', () => {
  it('is read before the surname, after a title and initials, and not from a title', () => {
    expect(givesGivenName('Captain John Heard pointed', 'heard')).toBe(true);
    expect(givesGivenName('Mrs. Lavaughn Huntley is accused', 'huntley')).toBe(true);
    expect(givesGivenName('Curtis Allen Huff, 41,', 'huff')).toBe(true);
    expect(givesGivenName('moments when Captain Heard pointed out', 'heard')).toBe(false);
  });

  it('is not covered when the story calls the person by title and surname only', () => {
    // cg37 writes "Captain Heard" and never his given name.
    const result = desk.ask("what is captain heard's given name");
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing[0]).toBe('first name');
  });

  it('is answered when another passage shown gives it, though the first does not', () => {
    // ca23: "Mrs. Huntley was held on $20,000 bond" first; "Lavaughn Huntley is accused …" lower.
    expect(desk.ask("what is mrs. huntley's first name").status).toBe('found');
  });
});
