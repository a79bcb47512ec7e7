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
/**
 * …by this instead when no passage of the window's article that the index matched has the year either (together
 * 0.48): the story is about another time ("who won the 1962 World Series" against the Yankees' win over Cincinnati,
 * "the population of Fort Garry in 1850" against its counts of 1831 and 1840), not about the year it names
 * elsewhere ("what did Eisenhower say on February 29 1956" against "on February 29th of the election year", in a
 * story that gives 1956 before). Sets F, H and K: four more unanswerable questions refused; no answerable one
 * on any set, C and D unchanged (the same at 0.5). What it cannot tell: a report of the year it was written in
 * seldom names that year, so "who won the world series in 1961" against the 1961 report is refused too.
 */
const YEAR_ELSEWHERE_CONFIDENCE = 0.6;

/** What the best window lacks when the question names a year it does not give; null otherwise. `inArticle`: the question's terms its article has. */
export function missingYear(words: readonly QuestionWord[], best: Window, inArticle: ReadonlySet<string> | null = null): AttributeShortfall | null {
  const year = words.find((word) => word.inCorpus && A_YEAR.test(word.word) && !best.found.has(word.term));
  if (!year) return null;
  return { factor: inArticle === null || inArticle.has(year.term) ? YEAR_MISSING_CONFIDENCE : YEAR_ELSEWHERE_CONFIDENCE, lacking: year.word };
}
