import { taggedWords } from '../lang/en/entities.ts';
import { askedEvent, eventNeighbours } from '../lang/en/eventWords.ts';
import { answerKindWord, type AnswerKind } from '../lang/en/questionWords.ts';
import type { AnswerTest } from './answerShape.ts';
import { nameTerms } from './askedFor.ts';
import type { AskHit } from './askResult.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { toTerm, toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a "when" or "how many" question asks about an event ("when did Johnny Mercer die",
 * "how many horses pulled Vernon's tallyho") that the best window does not state, by the verb or a word
 * of its WordNet neighbourhood (eventWords.ts): a window on the same man that gives his birth does not
 * say when he died, one on the coach's cost does not count its horses. Sets H and I: five and two
 * more unanswerable questions refused, dev one; no answerable one on dev, F, H or I (the same from
 * 0.3 to 0.5; 0.6 refused one fewer on H).
 */
const EVENT_UNSAID_CONFIDENCE = 0.5;

/**
 * Only "when" and "how many" questions are judged: what they ask is the time or the count of the event
 * itself. Other questions are answered in other words too often ("who heads X" by "X's new boss", "why
 * did they walk off the job" by "a strike", "what share … survive" by "escape"): judging every kind
 * refused 11–20 points more of the answerable questions of dev, F, H and I. "How much" and "how big" ask an amount or a
 * size of a thing the verb only describes ("how big was the check Mercer sent" against "received a check").
 */
function judged(wants: AnswerKind | null, question: string): boolean {
  return wants === 'time' || (wants === 'number' && answerKindWord(question) === 'many');
}

/**
 * What the best window lacks when it does not state the question's event; null when it (or the window
 * of its article it was put before) does, when the question asks none, or when another passage shown
 * (`shown`, the second and third) states it in a sentence that names someone or something the
 * question names and gives the kind of answer asked (`answers`): the story tells it, the ranking put
 * it lower ("how many men did the Americans lose at Edge Hill": "The Americans lost forty-four men").
 */
export function eventShortfall(
  wants: AnswerKind | null,
  question: string,
  words: readonly QuestionWord[],
  best: Window,
  shown: readonly AskHit[],
  answers: AnswerTest | null,
): AttributeShortfall | null {
  if (!judged(wants, question)) return null;
  const event = askedEvent(question);
  if (event === null) return null;
  const neighbours = eventNeighbours(event.lemma);
  const stems = new Set([...neighbours].flatMap((word) => toTerm(word) ?? []));
  // By wink's lemma ("won" → "win", "born" → "bear") or by the index's stem ("death" of "deaths").
  const states = (text: string) => taggedWords(text).some((word) => neighbours.has(word.lemma) || stems.has(toTerm(word.value) ?? ''));
  const windows = best.promotedOver ? [best, best.promotedOver] : [best];
  if (windows.some((window) => states(window.sentences.map((sentence) => sentence.text).join(' ')))) return null;
  const names = nameTerms(words, [...best.sentences, ...shown.map((hit) => hit.passage)]);
  for (const hit of shown.slice(1, 3)) {
    for (const sentence of hit.text.split(/(?<=[.!?])\s+/)) {
      if (toTerms(sentence).some((term) => names.has(term)) && (answers?.(sentence) ?? true) && states(sentence)) return null;
    }
  }
  return { factor: EVENT_UNSAID_CONFIDENCE, lacking: event.word };
}
