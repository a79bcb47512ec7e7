import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { ASKS_FOR_ADVICE } from '../src/lang/en/adviceQuestions.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/**
 * Instructions or a recommendation asked for: answered only by a window holding every word of the
 * question (adviceQuestion.ts). Brown press texts ca02, ca11, ca17, ca18, ca23, ca28, ca34, ca40 and
 * popular non-fiction cf04 (none reserved); each advice question below was answered before the check.
 */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca02', 'ca11', 'ca17', 'ca18', 'ca23', 'ca28', 'ca34', 'ca40', 'cf04'], 'advice-question'));
});
afterAll(() => cleanup());

describe('which questions ask for advice', () => {
  it('takes "how do I/you", "how to", "should I", "what is the best way to" and "you would recommend", not a general "you" in a question about a story', () => {
    for (const question of [
      'how do i file my taxes online',
      'How to make a sourdough starter',
      'should I get a booster shot',
      "any good podcasts you'd recommend?",
      "what's the best way to get rid of fruit flies",
    ]) {
      expect(ASKS_FOR_ADVICE.test(question)).toBe(true);
    }
    for (const question of [
      'what do you have to bring to get into the thrift shop party',
      'how did the kowalski fire start',
      'how many runs did they score',
      'what was the best season of his career',
    ]) {
      expect(ASKS_FOR_ADVICE.test(question)).toBe(false);
    }
  });
});

describe('a question asking for advice', () => {
  it('is not covered when the window lacks one of its words, naming it', () => {
    // ca28: "The corporation, in filing its final Federal income return, claimed the state tax payment…": nothing online.
    const taxes = desk.ask('how do i file my taxes online');
    expect(taxes.status).toBe('not-covered');
    if (taxes.status === 'not-covered') expect(taxes.missing).toEqual(['online']);
    // cf04: "A new project planned is the use of Bio-Dynamic Starter."
    const starter = desk.ask('how to make a sourdough starter');
    expect(starter.status).toBe('not-covered');
    if (starter.status === 'not-covered') expect(starter.missing).toEqual(['sourdough']);
    expect(desk.ask('how can i buy orioles tickets').status).toBe('not-covered');
  });

  it('is answered when the window holds every word of it', () => {
    // ca18: the Thrift Shop party's admission.
    expect(desk.ask('how do you get into the thrift shop party').status).toBe('found');
  });
});
