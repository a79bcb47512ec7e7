import { ASKS_A_SHARE, FRACTION_WORDS, PER_CENT } from '../lang/en/numbers.ts';
import type { Window } from './windows.ts';

/**
 * The best window taken as giving the answer's kind when the question asks how much OF something
 * ("how much of exploration costs will the government pay") and the window states a share of it: a
 * fraction ("up to one-half of the cost") or a percentage. Such a question asks a part, not a sum, so
 * the strict sum it would otherwise want (a figure in dollars) is no test of its answer.
 */
export function withShareSaid(best: Window, question: string): Window {
  if (best.answerFits || !ASKS_A_SHARE.test(question)) return best;
  const text = best.sentences.map((sentence) => sentence.text).join(' ');
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((word) => FRACTION_WORDS.has(word)) || PER_CENT.test(text) ? { ...best, answerFits: true } : best;
}
