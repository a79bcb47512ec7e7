import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** A year the question names and the window lacks says the window is about another event (missingYear.ts); Brown texts, none reserved. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca37', 'ca08', 'ca11', 'ca13', 'ca14', 'ca02', 'ca17', 'ca18', 'cb20', 'cf02'], 'missing-year'));
});
afterAll(() => cleanup());

describe('a year the question names', () => {
  it('is missing from a window on the same words in another year, which is then no answer', () => {
    // ca37: "…the election of the man who defeated him in the tight 1960 presidential election"; 1948 is elsewhere in the texts.
    const result = desk.ask('who won the 1948 presidential election');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('1948');
  });

  it('refuses more surely when the window’s article has it nowhere: the story is about another year', () => {
    // ca13 tells the Yankees' world series win over Cincinnati and names no 1958; 1958 is in other texts.
    const result = desk.ask('who won the 1958 world series');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('1958');
  });

  it('is no obstacle when the window gives it', () => {
    // ca11: Hansen "slugged the 1960 Oriole high of 22 homers".
    expect(desk.ask('how many home runs did ron hansen hit in 1960').status).toBe('found');
  });
});
