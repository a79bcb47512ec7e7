import { namesASum } from '../lang/en/askedAttribute.ts';
import type { AnswerKind } from '../lang/en/questionWords.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import type { Window } from './windows.ts';

/**
 * The best window with the question's words that name a sum credited when it states one: "how much
 * money did the US give Nkrumah" is answered by "a $133 million grant to Kwame Nkrumah", which says
 * the money as a figure, not as the word. As "old" of "how old" is no word to find (questionAnalysis.ts),
 * "money", "cost" or "price" of a question asking a sum is found in the sum itself (namesASum: WordNet
 * files the word's commonest sense under payment, cost, sum, money or monetary value).
 */
export function withSumSaid(best: Window, words: readonly QuestionWord[], wants: AnswerKind | null): Window {
  if (wants !== 'money' || !best.answerFits) return best;
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  const unsaid = words.filter((word) => !best.found.has(word.term) && word.weight > 0 && namesASum(word.word));
  if (total === 0 || unsaid.length === 0) return best;
  const credit = unsaid.reduce((sum, word) => sum + word.weight, 0) / total;
  return { ...best, coverage: Math.min(1, best.coverage + credit) };
}
