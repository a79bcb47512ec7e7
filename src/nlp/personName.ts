import { POSSESSIVE_SUFFIX, THE_IN_KEY } from '../lang/en/names.ts';
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
}

/** Parts of names already seen: the same few names are looked up again and again. Bounded. */
const partsCache = new Map<string, NameParts>();
const PARTS_CACHE_LIMIT = 100_000;

export function nameParts(name: string): NameParts {
  let parts = partsCache.get(name);
  if (parts === undefined) {
    parts = computeNameParts(name);
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear();
    partsCache.set(name, parts);
  }
  return parts;
}

function computeNameParts(name: string): NameParts {
  const words = nameKey(name.replace(POSSESSIVE_SUFFIX, '')).replace(THE_IN_KEY, '').split(' ').filter(Boolean);
  while (words.length > 1 && NAME_SUFFIXES.has((words[words.length - 1] ?? '').replace(/\.$/, ''))) words.pop();
  const surname = words.pop() ?? '';
  return { given: words, surname };
}

function givenAgrees(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

export function namesCompatible(a: NameParts, b: NameParts): boolean {
  if (!a.surname || a.surname !== b.surname) return false;
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
