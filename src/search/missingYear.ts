import { A_YEAR } from '../lang/en/entities.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import type { Window } from './windows.ts';

/**
 * …by this, beyond the 0.8 any missing number of the question costs (confidence.ts), when the number is
 * a year some article has and the best window lacks: a year says which event is asked about, and a
 * window on the same words without it is about another ("who won the 1964 presidential election"
 * against "the tight 1960 presidential election"). Together 0.6. Set F: one more unanswerable question refused; dev, C, D and the one
 * answerable question of dev whose window lacks its year ("how did Palmer win the Masters in 1958")
 * unchanged. At 0.625 (together 0.5) set F refused one more, but set D one answerable question too.
 */
const YEAR_MISSING_CONFIDENCE = 0.75;

/** What the best window lacks when the question names a year it does not give; null otherwise. */
export function missingYear(words: readonly QuestionWord[], best: Window): AttributeShortfall | null {
  const year = words.find((word) => word.inCorpus && A_YEAR.test(word.word) && !best.found.has(word.term));
  return year ? { factor: YEAR_MISSING_CONFIDENCE, lacking: year.word } : null;
}
