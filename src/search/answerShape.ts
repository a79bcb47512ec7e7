import { isPluralNoun, NAMED_INSTANCE } from '../lang/en/focusNouns.ts';
import { namesAPerson } from '../lang/en/personNames.ts';
import { ANSWER_PATTERNS, type AnswerKind, STATED_DATE } from '../lang/en/questionWords.ts';
import { toTerm, toTerms } from './terms.ts';

/** Whether a text holds an answer of the kind the question asks for (a person, a time, a number …). */
export type AnswerTest = (text: string) => boolean;

/**
 * The test for one kind of answer. Only a match that is none of the question's own words counts:
 * "who beat the Orioles" is not answered by "the Orioles", "how many runs did he hit in 1960" not by
 * "1960", "where did they meet in Miami" not by "in Miami". The question repeated is not its answer.
 */
export function answerTest(kind: AnswerKind, questionTerms: ReadonlySet<string>, accept: (match: string) => boolean = () => true): AnswerTest {
  const pattern = ANSWER_PATTERNS[kind];
  const everyMatch = new RegExp(pattern.source, `${pattern.flags}g`);
  // A passage is tested once per window it is part of: remember each text's answer for this question.
  const known = new Map<string, boolean>();
  return (text) => {
    let fits = known.get(text);
    if (fits === undefined) {
      fits = holdsAnswer(text, pattern, everyMatch, questionTerms, accept);
      known.set(text, fits);
    }
    return fits;
  };
}

function holdsAnswer(text: string, pattern: RegExp, everyMatch: RegExp, questionTerms: ReadonlySet<string>, accept: (match: string) => boolean): boolean {
  if (!pattern.test(text)) return false;
  for (const match of text.matchAll(everyMatch)) {
    if (!toTerms(match[0]).some((term) => questionTerms.has(term)) && accept(match[0])) return true;
  }
  return false;
}

/**
 * For "who" questions: whether a text names a person the question does not (namesAPerson: a given
 * name before the surname), a stricter test than the person pattern, which also takes teams and bodies.
 */
export function namesPersonTest(questionTerms: ReadonlySet<string>): AnswerTest {
  return answerTest('person', questionTerms, namesAPerson);
}

/**
 * For "what X"/"which X" questions: whether a text names an instance of X that the question does not
 * name ("Stengel will receive the Ben Epstein Good Guy Award" for "what award is Stengel getting").
 */
export function namedInstanceTest(head: string, questionTerms: ReadonlySet<string>): AnswerTest {
  const headTerm = toTerm(head);
  // "which counties" asks for several: one "Dallas County" is not the answer; "what award", one award.
  const plural = isPluralNoun(head);
  const known = new Map<string, boolean>();
  return (text) => {
    let fits = known.get(text);
    if (fits === undefined) {
      const instance = (name: string, noun: string) =>
        name !== '' && toTerm(noun) === headTerm && isPluralNoun(noun) === plural && !toTerms(name).some((term) => questionTerms.has(term));
      // The run of capitals may hold the noun itself ("the Ben Epstein Good Guy Award at the dinner", "Dallas County next
      // year"): then its last word is the noun and the words before it the name.
      fits = [...text.matchAll(NAMED_INSTANCE)].some(([, name = '', noun = '']) => {
        const split = name.lastIndexOf(' ');
        return instance(name, noun) || (split > 0 && instance(name.slice(0, split).replace(/[,\s]+(?:and|&|of)?$/u, ''), name.slice(split + 1)));
      });
      known.set(text, fits);
    }
    return fits;
  };
}

/** For "when" questions: whether a text states a date ("December 2, 1943", "in 1913") the question does not give. */
export function statedDateTest(questionTerms: ReadonlySet<string>, pattern: RegExp = STATED_DATE): AnswerTest {
  const everyMatch = new RegExp(pattern.source, `${pattern.flags}g`);
  const known = new Map<string, boolean>();
  return (text) => {
    let fits = known.get(text);
    if (fits === undefined) {
      fits = holdsAnswer(text, pattern, everyMatch, questionTerms, () => true);
      known.set(text, fits);
    }
    return fits;
  };
}
