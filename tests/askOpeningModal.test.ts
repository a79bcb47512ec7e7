import { beforeAll, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { questionWords } from '../src/search/questionAnalysis.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** Which words of a question weigh in ranking, on the seed articles' index. */
let seeds: NewsDesk;
beforeAll(async () => {
  seeds = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
});

const weightOf = (question: string, word: string) => questionWords(question, seeds.snapshot.index).find((each) => each.word === word)?.weight;

describe('a modal opening a yes/no question', () => {
  it('weighs nothing: it is the question’s auxiliary, not its topic', () => {
    // "will" is no stop word (it is a noun too, "his will"): as rare as a name in the articles, it was the question's
    // heaviest word, over "moscow" and "ukraine".
    expect(weightOf('will moscow send the army into ukraine', 'will') ?? 0).toBe(0);
    expect(weightOf('must russia withdraw from crimea', 'must') ?? 0).toBe(0);
    expect(weightOf('will moscow send the army into ukraine', 'moscow')).toBeGreaterThan(0);
  });

  it('still weighs as a word inside the question', () => {
    expect(weightOf('what did kerry say about the will of the people', 'will')).toBeGreaterThan(0);
    // The opening auxiliary leaves out only itself: the noun later in the question is weighed (review finding).
    expect(weightOf('will putin accept the will of the people', 'will')).toBeGreaterThan(0);
  });
});
