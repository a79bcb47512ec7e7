import { describe, expect, it } from 'vitest';
import { expectedAnswerKind } from '../src/lang/en/questionWords.ts';
import { answerTest } from '../src/search/answerShape.ts';
import { toTerms } from '../src/search/terms.ts';

/** The kind of answer a question wants, tested on sentences of Brown text ca11 (not reserved). */
function fits(question: string, sentence: string): boolean {
  const kind = expectedAnswerKind(question);
  if (!kind) throw new Error(`no answer kind for “${question}”`);
  return answerTest(kind, new Set(toTerms(question)))(sentence);
}

const WORKOUT = 'Hansen will engage in his first workout at Miami Stadium prior to the opening tomorrow night of a two-game weekend series with the New York Yankees.';
const KNEE = 'Waters injured his left knee in the last game of the 1960 season.';

describe('the kind of answer a question asks for', () => {
  it('is a place, a number or a person the question does not already name', () => {
    expect(fits('where will hansen work out', WORKOUT)).toBe(true);
    // "at Miami Stadium" only repeats the question's own place.
    expect(fits('where will hansen work out in miami', WORKOUT)).toBe(false);
    expect(fits('how many games did waters play', KNEE)).toBe(true);
    // The year the question gives is no count of anything.
    expect(fits('how many games did waters miss in 1960', KNEE)).toBe(false);
    expect(fits('who will hansen play against', WORKOUT)).toBe(true);
    expect(fits('who will play the new york yankees at miami stadium', WORKOUT)).toBe(false);
  });
});
