import { ANSWER_PATTERNS } from './questionWords.ts';

/**
 * Whose age a sentence gives. News writes an age against the name it belongs to: before it ("the
 * 53-year-old Shea", "Twenty-one-year-old Milt Pappas") or between commas after it ("Jerry Walker,
 * 22,", "Mrs. Blanche Dunkel, 60,"). An age of a described person ("a 27-year-old housewife", "the
 * big, 22-year-old shortstop") or said apart ("aged 60", "67 years old") belongs to no name here.
 */

const EVERY_AGE = new RegExp(ANSWER_PATTERNS.age.source, `${ANSWER_PATTERNS.age.flags}g`);
/** A run of capitalised words (titles and initials with their full stops): a name. */
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
/** The name right after a "-year-old" (group 1). */
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME_RUN})`, 'u');
/** The name right before ", 22," (group 1). */
const NAME_BEFORE = new RegExp(String.raw`(${NAME_RUN})$`, 'u');

/**
 * The name each age in the text belongs to, in order; null for an age bound to no name. Empty when
 * the text gives no age.
 */
export function ageOwners(text: string): Array<string | null> {
  const owners: Array<string | null> = [];
  for (const match of text.matchAll(EVERY_AGE)) {
    const age = match[0];
    if (/-old$/i.test(age)) owners.push(NAME_AFTER.exec(text.slice(match.index + age.length))?.[1] ?? null);
    else if (age.startsWith(',')) owners.push(NAME_BEFORE.exec(text.slice(0, match.index))?.[1] ?? null);
    else owners.push(null);
  }
  return owners;
}
