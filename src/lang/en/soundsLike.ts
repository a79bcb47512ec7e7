import { doubleMetaphone } from 'double-metaphone';

/**
 * Whether two names sound alike in English (Double Metaphone, either code: "Leigh" and "Lee",
 * "McCawley" and "McCauley", "Eisenhauer" and "Eisenhower"): a reader who heard a name spells it
 * the way it sounds.
 */
export function soundsAlike(a: string, b: string): boolean {
  const [primaryA, secondaryA] = doubleMetaphone(a);
  const [primaryB, secondaryB] = doubleMetaphone(b);
  if (!primaryA || !primaryB) return false;
  return primaryA === primaryB || primaryA === secondaryB || secondaryA === primaryB || (secondaryA !== '' && secondaryA === secondaryB);
}
