import type { Speaker } from '../domain/types.ts';
import { nameKey } from '../domain/nameKey.ts';
import { genderOfFirstName } from '../lang/en/firstNames.ts';
import { genderOfWord, genderOfWords, MARRIED_WOMAN_HONORIFICS, UNMARRIED_WOMAN_HONORIFICS } from '../lang/en/peopleWords.ts';

/**
 * Whether a query's honorific names the other sex than the person it would find: "Mrs. Sandburg" is never
 * Carl Sandburg (his wife is quoted by nobody, or under her own name), "Mr. Upton" never Miss Lucy Upton.
 * The query's gender is its honorific or gendered title ("Mrs.", "Miss", "Sir", "chairman"); the person's,
 * the gender every honorific of theirs tells (their titles and the forms the text called them by) or,
 * with none, a man's given name. A person of no known gender, and a body, fit any query.
 */
export function genderClash(speaker: Speaker, query: string): boolean {
  if (speaker.kind !== 'person') return false;
  const words = nameKey(query).split(' ');
  const asked = genderOfWords(words);
  if (!asked) return false;
  return genderOf(speaker) === (asked === 'male' ? 'female' : 'male') || maritalClash(speaker, words);
}

/**
 * "Miss Borden" is not the "Mrs. Borden" of the same text (a daughter and her stepmother): a query with one woman's
 * honorific never finds a woman the text gave only the other.
 */
function maritalClash(speaker: Speaker, words: readonly string[]): boolean {
  const married = (word: string) => MARRIED_WOMAN_HONORIFICS.has(word);
  const unmarried = (word: string) => UNMARRIED_WOMAN_HONORIFICS.has(word);
  const asked = words.some(married) ? 'married' : words.some(unmarried) ? 'unmarried' : null;
  if (!asked) return false;
  const given = new Set<'married' | 'unmarried'>();
  for (const form of [...speaker.titles, ...speaker.aliases, speaker.name])
    for (const word of nameKey(form).split(' ')) {
      if (married(word)) given.add('married');
      else if (unmarried(word)) given.add('unmarried');
    }
  return given.size === 1 && !given.has(asked);
}

function genderOf(speaker: Speaker): 'male' | 'female' | null {
  const told = new Set<'male' | 'female'>();
  for (const form of [...speaker.titles, ...speaker.aliases, speaker.name]) {
    for (const word of nameKey(form).split(' ')) {
      const gender = genderOfWord(word);
      if (gender) told.add(gender);
    }
  }
  // Honorifics that disagree ("Mr. and Mrs. Black" merged into one) tell nothing.
  if (told.size === 1) return [...told][0] ?? null;
  if (told.size > 1) return null;
  // A given name tells only "male": men's names of the time stand on the lists of women's names ("Caron S.
  // Stallard" is a Mr.), while a woman named by her husband's name keeps her own "Mrs." ("Mrs. Arthur Goldberg").
  const given = nameKey(speaker.name).split(' ')[0] ?? '';
  return given.length > 1 && genderOfFirstName(given) === 'male' ? 'male' : null;
}
