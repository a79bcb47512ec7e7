import { A_YEAR, COUNT_ENTITIES, properNouns, statedEntities, TIME_ENTITIES } from '../lang/en/entities.ts';
import { answerKindWord, nameOfAnswerKind, type AnswerKind, ANSWER_PATTERNS, countedWords } from '../lang/en/questionWords.ts';
import { NOT_A_COUNT } from '../lang/en/nonCounts.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import { toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a "when" question's best window states no date or time (wink-nlp's DATE and TIME
 * entities, or a year): the answer-kind pattern takes "march", "may" and "week" in any sense ("the
 * march of world law", "the matter may seem", "each week"), so a window about the question's words
 * passes it without saying when anything happened ("when did the Berlin wall come down" against a
 * passage on West Berlin). Dev and set F: every answerable "when" question answered first states one;
 * set F four more unanswerable questions refused, set C one, set D two, no answerable one.
 */
const NO_TIME_CONFIDENCE = 0.5;
/**
 * …by this when a "how many" window's only numbers are no counts: years, dates, times of day or ages
 * ("a major raid on Bari … in 1944", "a five-hundred-year-old district"). As strict as a window with
 * no number at all (confidence.ts). Set F: two more unanswerable questions refused; dev, sets C and D
 * unchanged.
 */
const NO_COUNT_CONFIDENCE = 0.3;
/**
 * …and by this, beyond the answer kind's own 0.85, when a "who" question's window names nobody the
 * question does not (not even two capitalised words in a row): "who founded the Pilgrim School"
 * against "I visited the very remarkable Pilgrim School". Dev and set F: no answerable "who"
 * question's first window lacks a name. Set F one more unanswerable question refused; dev, C, D unchanged
 * (the pattern alone, without wink's proper nouns, refused an answerable question of set C and of D).
 */
const NO_NAME_CONFIDENCE = 0.5;

/** A length of time given as a figure ("12 years", "three weeks"), not "each week": what "how many years" asks. */
const A_NUMBER = ANSWER_PATTERNS.number;
const AGES_AND_YEARS = new RegExp(`${ANSWER_PATTERNS.age.source}|${NOT_A_COUNT.source}`, 'giu');

/**
 * Whether the best window states the kind of answer the question asks (a time for "when", a count
 * for "how many", someone's name for "who"), read more strictly than the ranking's pattern: the
 * ranking only prefers a window holding one, refusal must know that none holds it. Null when it does,
 * or the question asks for another kind.
 */
export function unstatedAnswer(wants: AnswerKind | null, question: string, best: Window): AttributeShortfall | null {
  if (wants !== 'time' && wants !== 'number' && wants !== 'person') return null;
  // A figure or a name the question itself gives ("in 1961") is no answer to it; "three hours" is one to "how many hours".
  const own = new Set(toTerms(question));
  const text = best.sentences.map((sentence) => sentence.text).join(' ');
  if (wants === 'person') {
    // The pattern misses a name opening a sentence ("Scherer pitched…") and a body named by one word ("the AEC"): wink's proper nouns do not.
    if (best.answerFits || properNouns(text).some((word) => !toTerms(word).every((term) => own.has(term)))) return null;
    return { factor: NO_NAME_CONFIDENCE, lacking: 'name' };
  }
  if (wants === 'time') {
    const dated = statedEntities(text).some(
      (entity) => (TIME_ENTITIES.has(entity.type) || (entity.type === 'CARDINAL' && A_YEAR.test(entity.value))) && !toTerms(entity.value).every((term) => own.has(term)),
    );
    return dated ? null : { factor: NO_TIME_CONFIDENCE, lacking: 'date' };
  }
  // A window with no number at all is already judged by the answer kind (confidence.ts); this judges the numbers it has.
  if (!best.answerFits) return null;
  // "How much" asks an amount, often given otherwise than as a figure ("what was stolen"): only a count is judged (judging "how much" too refused one more answerable question of dev and of set C).
  if (answerKindWord(question) !== 'many') return null;
  const countsIn = (window: string) =>
    statedEntities(window.replace(AGES_AND_YEARS, (span) => ' '.repeat(span.length))).some(
      (entity) =>
        (COUNT_ENTITIES.has(entity.type) || (entity.type === 'DURATION' && A_NUMBER.test(entity.value))) &&
        !A_YEAR.test(entity.value) &&
        !toTerms(entity.value).every((term) => own.has(term)),
    );
  return countsIn(text) ? null : { factor: NO_COUNT_CONFIDENCE, lacking: nameOfAnswerKind('number', countedWords(question)) };
}
