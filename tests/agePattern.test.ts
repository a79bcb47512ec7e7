import { describe, expect, it } from 'vitest';
import { ANSWER_PATTERNS } from '../src/lang/en/questionWords.ts';

/** The age a "how old" question needs, as the press writes it (Brown ca20, ca40; set F's cb24 sentence). */
describe('an age in a sentence', () => {
  it('is read in the ways reports give it, "at the age of 28" among them', () => {
    for (const text of [
      'Two British civil servants, Miss Ethel Gee, 46, and her newly devoted friend, Harry Houghton, 55, and divorced.',
      'Egon Schiele, who died 42 years ago at the age of 28.',
      'having walked, swum and cerebrated himself to the hearty age of 93',
      'she retired at the age of sixty-five',
    ])
      expect(ANSWER_PATTERNS.age.test(text), text).toBe(true);
  });

  it('is not a number of years ago, nor an age that is no figure', () => {
    for (const text of ['Egon Schiele, who died 42 years ago.', 'the age of reason', 'a new age of prosperity']) expect(ANSWER_PATTERNS.age.test(text), text).toBe(false);
  });
});
