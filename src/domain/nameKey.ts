import { boundedMemo } from './boundedMemo.ts';

/**
 * Folding a name for comparison, shared by the NLP that finds speakers and the search that looks
 * them up: language-neutral (Unicode case, diacritics and punctuation), so it lives with the types.
 */

/** Keys of names already seen: attribution looks the same few names up again and again. Bounded. */
const cachedNameKey = boundedMemo(computeNameKey, 100_000);

/** Normalises a name for comparison: case, diacritics, curly apostrophes, dots. */
export function nameKey(name: string): string {
  // Plain letters with single spaces fold by lower-casing alone: most names, and no cache entry for them.
  return PLAIN_NAME.test(name) ? name.toLowerCase() : cachedNameKey(name);
}

/** Words of ASCII letters, one space between: what computeNameKey would only lower-case. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The initials of a body's capitalised words ("National Labor Relations Board" → "nlrb"); a leading "The" does not count. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word, index) => /^\p{Lu}/u.test(word) && !(index === 0 && word === 'The'))
    .map((word) => word[0]?.toLowerCase() ?? '')
    .join('');
}
