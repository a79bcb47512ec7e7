import { BARE_MILLIONS, pricedThing, saidToBe } from '../lang/en/askedPrice.ts';
import { namesASum } from '../lang/en/askedAttribute.ts';
import { ANSWER_PATTERNS, type AnswerKind } from '../lang/en/questionWords.ts';
import { isNoun } from '../lang/en/wordnet.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import type { Window } from './windows.ts';

/**
 * As strict as any figure asked and not given (confidence.ts): a window without a sum does not say what
 * something costs. Set F one more unanswerable question refused, set H two; dev, C, D and every answerable
 * question unchanged.
 */
const NO_SUM_CONFIDENCE = 0.3;

const EVERY_SUM = new RegExp(ANSWER_PATTERNS.money.source, `${ANSWER_PATTERNS.money.flags}g`);

/**
 * Whether a text states a sum of money: a currency sign or word, or "million"/"billion" that counts
 * no other thing ("a million Guideposts will circulate" states a number of copies, not a price).
 */
export function statesASum(text: string): boolean {
  const counted = new Map<number, string>();
  for (const match of text.matchAll(BARE_MILLIONS)) counted.set(match.index, match[1] ?? '');
  for (const match of text.matchAll(EVERY_SUM)) {
    const noun = counted.get(match.index);
    if (noun === undefined || !/^(?:million|billion)/i.test(match[0])) return true;
    if (!isNoun(noun) || namesASum(noun)) return true;
  }
  return false;
}

/**
 * What the best window lacks when the question asks a price: "how much were tickets for the concert"
 * (a price asked without "cost", which the answer kind reads as any number: confidence.ts) or "how much
 * does a year of it cost" against "a million copies will circulate". Null when it states a sum.
 */
export function priceShortfall(wants: AnswerKind | null, question: string, best: Window): AttributeShortfall | null {
  const text = best.sentences.map((sentence) => sentence.text).join(' ');
  // A money question whose window has no sum at all is already judged by its answer kind (confidence.ts).
  if (wants === 'money') return best.answerFits && !statesASum(text) ? { factor: NO_SUM_CONFIDENCE, lacking: 'sum' } : null;
  const thing = pricedThing(question);
  // "the admission is a bundle of used clothing": a price told in kind answers "how much is the admission".
  if (thing === null || statesASum(text) || saidToBe(text, thing)) return null;
  return { factor: NO_SUM_CONFIDENCE, lacking: 'sum' };
}
