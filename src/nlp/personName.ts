import { boundedMemo } from '../domain/boundedMemo.ts';
import { genderOfFirstName } from '../lang/en/firstNames.ts';
import { isTitleKey, POSSESSIVE_SUFFIX, THE_IN_KEY } from '../lang/en/names.ts';
import { sameGivenName } from '../lang/en/nicknames.ts';
import { genderOfWord, genderOfWords } from '../lang/en/peopleWords.ts';
import { NAME_SUFFIXES } from '../lang/en/personNames.ts';
import { nameKey } from '../domain/nameKey.ts';

/**
 * A person's name split for matching: "C. Virgil Martin Jr." → given ["c", "virgil"], surname
 * "martin". Two mentions are the same person only when surnames agree and the given names do not
 * contradict: a missing given name, an initial that fits ("J. Kennedy" ~ "John Kennedy") or a
 * given name found among the other's ("Virgil Martin" ~ "C. Virgil Martin") agree; "Jack Martin"
 * and "C. Virgil Martin" do not.
 */
export interface NameParts {
  given: string[];
  surname: string;
  /** What an honorific or gendered title before the name says ("Miss Baldrige", "Mr. Black"), if any. */
  gender: 'male' | 'female' | null;
}

/** Parts of names already seen: the same few names are looked up again and again. Bounded. */
export const nameParts: (name: string) => NameParts = boundedMemo(computeNameParts, 100_000);

function computeNameParts(name: string): NameParts {
  const words = nameKey(name.replace(POSSESSIVE_SUFFIX, '')).replace(THE_IN_KEY, '').split(' ').filter(Boolean);
  while (words.length > 1 && NAME_SUFFIXES.has((words[words.length - 1] ?? '').replace(/\.$/, ''))) words.pop();
  const surname = words.pop() ?? '';
  // "Miss Baldrige" is the "Letitia Baldrige" of the paragraph before: an honorific or title is no given name.
  let gender: NameParts['gender'] = null;
  while (words.length > 0 && isTitleKey(words[0] ?? '')) {
    gender = genderOfWord(words.shift() ?? '') ?? gender;
  }
  return { given: words, surname, gender };
}

/** The parts of a name with the gender its separate title tells ("Mrs." before "Black"), when the name tells none. */
export function withTitleGender(parts: NameParts, title: string): NameParts {
  if (parts.gender || !title) return parts;
  const gender = genderOfWords(nameKey(title).split(' '));
  return gender ? { ...parts, gender } : parts;
}

/** Name parts with the gender the person's titles tell: "Podger", introduced as "Mr. Podger", is no "Mrs. Podger". */
export function partsWithTitles(name: string, titles: Iterable<string>): NameParts {
  let parts = nameParts(name);
  for (const title of titles) if (!parts.gender) parts = withTitleGender(parts, title);
  return parts;
}

/** A name's gender as its honorific or its first given name tells ("Mrs. Black", "Charles A. Black"). */
function genderOfName(parts: NameParts): NameParts['gender'] {
  return parts.gender ?? (parts.given[0] && parts.given[0].length > 1 ? genderOfFirstName(parts.given[0]) : null);
}

/** "Mrs. Black" is not "Charles A. Black": names whose honorifics or first names tell different genders. */
export function gendersAgree(a: NameParts, b: NameParts): boolean {
  const genderA = genderOfName(a);
  const genderB = genderOfName(b);
  return genderA === null || genderB === null || genderA === genderB;
}

function givenAgrees(a: string, b: string): boolean {
  // "Jim Kern" and "James Kern": a nickname agrees with its name.
  if (sameGivenName(a, b)) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

export function namesCompatible(a: NameParts, b: NameParts): boolean {
  if (!a.surname || a.surname !== b.surname || !gendersAgree(a, b)) return false;
  const [firstA] = a.given;
  const [firstB] = b.given;
  if (firstA === undefined || firstB === undefined) return true;
  if (givenAgrees(firstA, firstB)) return true;
  // "C. Virgil Martin" goes by his middle name: a full given name of one among the other's.
  const fullA = a.given.filter((word) => word.length > 1);
  const fullB = b.given.filter((word) => word.length > 1);
  return fullA.some((word) => b.given.includes(word)) || fullB.some((word) => a.given.includes(word));
}

/** The first full given name, or the first initial: the key a second index level uses. */
export function givenKey(parts: NameParts): string | null {
  return parts.given[0] ?? null;
}
