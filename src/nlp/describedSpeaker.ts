import { isNounNotAdjective } from '../lang/en/wordnet.ts';

/**
 * Whether a definite description names a kind of person by nouns alone ("the gas station man", "the
 * food expert"): a noun compound picks out somebody by what they do, as a new character is introduced,
 * while an epithet with an adjective ("the handsome food expert", "the elder man") or a bare head ("the
 * girl") more often stands for someone already named. Only the words between "the" and the head count.
 */
export function namesAKind(phrase: string): boolean {
  const modifiers = phrase.split(/\s+/).slice(1, -1);
  return modifiers.length > 0 && modifiers.every((word) => /^\p{Ll}+$/u.test(word) && isNounNotAdjective(word));
}
