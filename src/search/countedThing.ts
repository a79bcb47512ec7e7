import { NOT_A_COUNT } from '../lang/en/nonCounts.ts';
import { ANSWER_PATTERNS } from '../lang/en/questionWords.ts';
import { nounSynonyms } from '../lang/en/wordClasses.ts';
import { baseForms, isNoun } from '../lang/en/wordnet.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { toTerm, toTerms } from './terms.ts';
import type { Window } from './windows.ts';

const EVERY_NUMBER = new RegExp(ANSWER_PATTERNS.number.source, `${ANSWER_PATTERNS.number.flags}g`);
const NON_COUNTS = new RegExp(`${ANSWER_PATTERNS.age.source}|${NOT_A_COUNT.source}`, 'giu');
const A_NUMBER = new RegExp(`^(?:${ANSWER_PATTERNS.number.source})$`, ANSWER_PATTERNS.number.flags);

const isAdjective = (word: string) => baseForms(word).some((form) => form.pos === 'adj');

/**
 * The noun a number counts ("two million inhabitants" → "inhabitants", "8000 French troops" →
 * "troops"): the last noun of the nouns and adjectives right after it (number words skipped, up to
 * four words, not past punctuation); null when none follows.
 */
function countedBy(text: string, end: number): string | null {
  let noun: string | null = null;
  for (const raw of text
    .slice(end, end + 80)
    .split(/[\s—–]+/)
    .filter(Boolean)
    .slice(0, 4)) {
    const word = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (!word) break;
    if (A_NUMBER.test(word) && noun === null) continue;
    if (isNoun(word)) noun = word;
    else if (!isAdjective(word)) break;
    if (/[,.;:!?)”"]$/u.test(raw)) break;
  }
  return noun;
}

/**
 * For "how many X": whether the window gives only counts of other things. It has none of the counted
 * words nor a noun sharing a WordNet sense with one ("ballot" for "vote"), and every number in it is
 * followed by a noun that is not one of them ("its two million inhabitants" for "how many votes").
 * A number followed by no noun ("voted 8 to 3", "a pair.") may count anything: the window is then
 * not judged, nor one without numbers (the answer kind's own test, confidence.ts, judges those).
 */
export function countsSomethingElse(window: Window, counted: readonly QuestionWord[]): boolean {
  if (counted.length === 0) return false;
  const text = window.sentences.map((sentence) => sentence.text).join(' ');
  const terms = new Set(toTerms(text));
  const wanted = new Set(counted.flatMap((word) => [word.term, ...nounSynonyms(word.word).flatMap((synonym) => toTerm(synonym) ?? [])]));
  if ([...wanted].some((term) => terms.has(term))) return false;
  let numbers = 0;
  const notCounts = spansOfNonCounts(text);
  for (const match of text.matchAll(EVERY_NUMBER)) {
    // An age, a year or a time of day counts no thing: such a number neither answers nor spares the window.
    if (notCounts.some(([start, end]) => match.index >= start && match.index < end)) continue;
    numbers++;
    const noun = countedBy(text, match.index + match[0].length);
    if (noun === null) return false;
    const nounTerm = toTerm(noun);
    if (nounTerm !== null && wanted.has(nounTerm)) return false;
  }
  return numbers > 0 || notCounts.length > 0;
}

/** Where the text gives an age ("Jerry Walker, 22,", "21-year-old"), a year ("1961") or a time of day ("2 P.M."): numbers that count nothing. */
function spansOfNonCounts(text: string): Array<[number, number]> {
  return [...text.matchAll(NON_COUNTS)].map((match) => [match.index, match.index + match[0].length]);
}
