import { type AskHit, type AskResult, notCovered } from './askResult.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import type { Window } from './windows.ts';

/**
 * Below this share of the question's informative weight (each word weighed by its rarity) found in
 * the best passage and its window, the answer is "not covered". Calibrated on half A of the Brown
 * development set (bench/brownEval.ts); see the README's quality section.
 */
export const CONFIDENCE_THRESHOLD = 0.4;

/** Confidence is scaled by this when the question wants a kind of answer (a number, a time) the best passage lacks. */
const UNFIT_ANSWER_CONFIDENCE = 0.85;

/** The answer, or "not covered" when the best window holds too little of the question or a topic word no article has. */
export function answerOrRefuse(question: string, corrected: string | null, words: readonly QuestionWord[], best: Window, hits: AskHit[], wantsPattern: RegExp | null): AskResult {
  // A real word (or a number) that no article has means the articles do not cover the question, whatever else matches.
  const absent = words.filter((word) => word.absentTopic).map((word) => word.word);
  // A question that wants a number or a time is less surely answered by a passage without one.
  const confidence = best.coverage * (wantsPattern && !best.answerFits ? UNFIT_ANSWER_CONFIDENCE : 1);
  if (absent.length > 0 || confidence < CONFIDENCE_THRESHOLD) {
    const lacking = words.filter((word) => word.inCorpus && !word.framing && !best.found.has(word.term)).map((word) => word.word);
    const present = words.filter((word) => best.found.has(word.term)).map((word) => word.word);
    // Words no article has are named alone ("The articles don't mention bitcoin"); otherwise what the closest passage lacks.
    return notCovered(question, corrected, absent.length > 0 ? absent : lacking, absent.length > 0 ? [] : present, hits, confidence);
  }
  return { status: 'found', question, hits, correctedQuestion: corrected, confidence };
}
