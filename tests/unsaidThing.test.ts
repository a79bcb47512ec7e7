import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** A question naming something no article says, matched on one ordinary word (Brown ca08, ca20, ca29 and ca43, not reserved). */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca08', 'ca20', 'ca29', 'ca43'], 'unsaid-thing'));
});
afterAll(() => cleanup());

describe('an everyday word no article has', () => {
  it('leaves the question not covered when the closest passage holds only one ordinary word of it, and names the word', () => {
    // ca43 speaks of wage costs and interest costs; nothing of a laptop. WordNet knows "laptop", so it is no typo and no topic word.
    for (const [question, word] of [
      ['how much does a laptop cost', 'laptop'],
      ['how do vaccines work', 'vaccines'],
    ] as const) {
      const result = desk.ask(question);
      expect(result.status, question).toBe('not-covered');
      if (result.status === 'not-covered') expect(result.reason, question).toBe(`The articles don't mention “${word}”.`);
    }
  });

  it('is likely said otherwise when the question has a name an article has, in the passage or not', () => {
    // ca08: "Pfaff succeeds Martin Burke, who resigned." No article has "predecessor"; the passage names Pfaff (capitalised, first
    // word or not). (Kin, "who is pfaff’s spouse", is judged apart: a report names it by its word or not at all, kinNouns.ts.)
    expect(desk.ask('who is pfaff’s predecessor').status).toBe('found');
    // No article has "citizenship"; ca20 names Lonsdale (his "Canadian passport"): the question is about something the articles
    // tell, even when the passage ranked first ("claim his rights") is not the one.
    expect(desk.ask('what citizenship did lonsdale claim').status).toBe('found');
  });
});
