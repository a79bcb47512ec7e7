import { DESCRIBED_SPEAKER, NOT_A_DESCRIBED_HEAD } from '../lang/en/attributionPatterns.ts';
import { CONTRASTIVE_MODIFIERS } from '../lang/en/epithets.ts';
import { isNounNotAdjective, isSingularPersonNoun, nounGender } from '../lang/en/wordClasses.ts';
import { baseForms } from '../lang/en/wordnet.ts';

/**
 * "“Pretty much hamburger, hotdogs, steak …”, says the handsome food expert" (ca29), two paragraphs after
 * "“Mostly meat and potatoes …”, says Ramsey": a definite description of one person whose modifiers hold an
 * adjective of how they are ("handsome", "genial") is an epithet, the way a feature names its subject again
 * without repeating the name. Unlike a noun compound ("the gas station man", a kind of person a new character
 * is introduced by) or a bare head ("the girl", anyone), it stands for the person the story is about.
 * Returns the gender its head tells (null when none), or undefined when the phrase is no epithet: no adjective,
 * a head that is no single person, or a modifier that sets one person apart from another ("the elder man",
 * "the other officer", "the older woman": CONTRASTIVE_MODIFIERS and comparatives).
 */
export function epithetGender(phrase: string): 'male' | 'female' | null | undefined {
  const words = phrase.trim().split(/\s+/);
  const head = DESCRIBED_SPEAKER.exec(phrase)?.groups?.head;
  if (words[0]?.toLowerCase() !== 'the' || !head || words.length < 3 || NOT_A_DESCRIBED_HEAD.has(head) || !isSingularPersonNoun(head)) return undefined;
  const modifiers = words.slice(1, -1).map((word) => word.toLowerCase());
  if (!modifiers.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !CONTRASTIVE_MODIFIERS.has(word) && !isDegreeForm(word))) return undefined;
  if (!modifiers.some((word) => !isNounNotAdjective(word) && baseForms(word).some((form) => form.pos === 'adj'))) return undefined;
  return nounGender(head);
}

/** "older", "younger", "tallest", "happier": an adjective's comparative or superlative (its base is an adjective WordNet knows). */
function isDegreeForm(word: string): boolean {
  const match = /^(?<stem>\p{Ll}+?)(?:er|est)$/u.exec(word);
  const stem = match?.groups?.stem;
  if (!stem) return false;
  const bases = [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\p{Ll})\1$/u, '$1')];
  return bases.some((base) => base.length > 1 && baseForms(base).some((form) => form.pos === 'adj' && form.lemma === base));
}
