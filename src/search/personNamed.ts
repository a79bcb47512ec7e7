import { ASKER_IS_SUBJECT, ASKS_FOR_ADVICE } from '../lang/en/adviceQuestions.ts';
import { CAPITALISED_NAME_RUN, isTitleWord } from '../lang/en/names.ts';
import { namesAPerson } from '../lang/en/personNames.ts';
import type { AnswerKind } from '../lang/en/questionWords.ts';
import type { AskHit } from './askResult.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import { toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a "who" question's best window, the window of its article it was put before, and the second and
 * third passages shown name no person the question does not (a given name before a surname: namesAPerson):
 * "who directed the movie Jaws" against a passage on directing, "who is Rhode Island's director of
 * administration" against a report of the department's work. Capitalised words alone (statedAnswer.ts) take a
 * title, a state or a department for an answer. A person the answer names by surname alone ("Writing to Speed")
 * mostly has a full name near it. Unanswerable questions refused: H +2, I +1, M +1, held-out C +1; no answerable
 * question refused on dev, F, H, I, K, M, the seeds or C; on D one whose answer was not among the passages shown.
 * At 0.5, two more on H and I, but an answerable question lost on K, C, D and the seeds each.
 */
const NO_PERSON_CONFIDENCE = 0.6;

/** What the best window lacks of a "who" question's answer: a person's name; null when one is named, or another kind is asked. */
export function personShortfall(wants: AnswerKind | null, question: string, best: Window, shown: readonly AskHit[]): AttributeShortfall | null {
  if (wants !== 'person') return null;
  const windows = best.promotedOver ? [best, best.promotedOver] : [best];
  const texts = [...windows.flatMap((window) => window.sentences.map((sentence) => sentence.text)), ...shown.slice(1, 3).map((hit) => hit.text)];
  return namesNoPerson(question, texts) ? { factor: NO_PERSON_CONFIDENCE, lacking: 'name' } : null;
}

/** Whether none of the texts names a person (by a given name) whom the "who" question does not name, for a question a person must answer. */
export function namesNoPerson(question: string, texts: readonly string[]): boolean {
  // "who should I ask", "who can we call": an office answers as well as a person.
  if (ASKS_FOR_ADVICE.test(question) || ASKER_IS_SUBJECT.test(question)) return false;
  // "who is robert hall": a question naming the person asks what they are, which no name answers.
  if (asksWhoSomeoneIs(question)) return false;
  const own = new Set(toTerms(question));
  // Any run of capitalised words, a sentence's first included ("Everett Miller, then assistant director…"), with a given name
  // before its last word or a title before a surname ("Senator Kennedy", "Dr. Fauci"), and a word the question does not give
  // ("Jane Smith" answers "who succeeded John Smith").
  const names = (text: string) =>
    [...text.matchAll(CAPITALISED_NAME_RUN)].some(([run]) => (namesAPerson(run) || titledSurname(run)) && !toTerms(run).every((term) => own.has(term)));
  return !texts.some(names);
}

/** "who is robert hall", "who was Jane Doe": two or three words after "who is/was" that read as a given name and a surname. */
function asksWhoSomeoneIs(question: string): boolean {
  const rest = /^\s*who\s+(?:is|was)\s+([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){1,2})\s*\??\s*$/iu.exec(question)?.[1];
  if (!rest) return false;
  return namesAPerson(rest.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()));
}

/** "Senator Kennedy", "Dr. Fauci", "Capt. Ortiz": a title word, then a capitalised word that is none. */
function titledSurname(run: string): boolean {
  const words = run.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  return words.length > 1 && !isTitleWord(last) && /^\p{Lu}/u.test(before) && isTitleWord(before);
}
