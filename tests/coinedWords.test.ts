import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** A word no dictionary, article or near spelling knows names a topic the articles lack (coinedWords.ts); Brown ca02, ca11, ca18, ca23 (not reserved). */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca02', 'ca11', 'ca18', 'ca23'], 'coined-words'));
});
afterAll(() => cleanup());

describe('a coinage or a name no dictionary and no article has', () => {
  it('leaves the question not covered, naming the word, however well the rest matches', () => {
    // "work" alone matches many passages ("We've been working for weeks.").
    const result = desk.ask('how does chatgpt work');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') {
      expect(result.missing).toEqual(['chatgpt']);
      expect(result.reason).toBe("The articles don't mention “chatgpt”.");
    }
  });

  it('is not covered when it is all the question names', () => {
    const result = desk.ask('who is zelensky');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toEqual(['zelensky']);
  });

  it('is no coinage when it is two letters from an article’s word, or one from a function word: a typo', () => {
    // "oreoels" is two edits from ca11's "orioles"; "aginst" one from "against".
    expect(desk.ask('who pitched for the oreoels').status).toBe('found');
    expect(desk.ask('what did the senate pass aginst the bill').status).toBe('found');
  });
});

describe('a keyboard mash', () => {
  it('is no coinage: the rest of the question is answered', () => {
    expect(desk.ask('senate zzzqqq').status).toBe('found');
  });
});
