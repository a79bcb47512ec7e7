import { isGivenName } from '../lang/en/firstNames.ts';
import { PRONOUN_CONTRACTION } from '../lang/en/peopleWords.ts';
import { isCommonWord } from '../lang/en/wordnet.ts';

/**
 * Whether a "First Last" run names a person because its given name stands alone elsewhere in the
 * article: features and testimony call people by it ("the maid, Bridget Sullivan" … "Bridget said"),
 * as news calls them by the surname. Only a given name that is no everyday word ("Rose", "North",
 * "Will" are), before a surname of letters that is not "I" or "I'm" ("promised Joyce I would").
 * `loneCount`: how often a word (lower case) stands alone as a capitalised run.
 */
export function givenNameRecurs(nameWords: readonly string[], loneCount: (key: string) => number): boolean {
  const given = nameWords[0] ?? '';
  const surname = nameWords[nameWords.length - 1] ?? '';
  if (nameWords.length < 2 || !isGivenName(given) || loneCount(given.toLowerCase()) === 0) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(surname) || PRONOUN_CONTRACTION.test(surname)) return false;
  return !isCommonWord(given);
}
