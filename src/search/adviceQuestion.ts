import { ASKS_FOR_ADVICE } from '../lang/en/adviceQuestions.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a question asking for instructions or a recommendation (ASKS_FOR_ADVICE: "how do I
 * file my taxes online", "how to make a sourdough starter") is answered by a window lacking any of its
 * words, an everyday word no article has included. A news report seldom gives a reader instructions;
 * one that does holds what they are for, and a passage on a corporation's filing of its tax return
 * that never says "online" gives none. Set F: five more unanswerable questions refused (all five
 * advice questions answered before); dev, sets C and D unchanged, no answerable question refused.
 */
const ADVICE_UNSAID_CONFIDENCE = 0.3;

/** What the window lacks of an advice question, or null when the question asks none or the window holds every word of it. */
export function adviceShortfall(question: string, words: readonly QuestionWord[], best: Window): AttributeShortfall | null {
  if (!ASKS_FOR_ADVICE.test(question)) return null;
  const lacking = words.find((word) => ((word.inCorpus && !word.framing && word.weight > 0) || word.absentEveryday) && !best.found.has(word.term));
  return lacking ? { factor: ADVICE_UNSAID_CONFIDENCE, lacking: lacking.word } : null;
}
