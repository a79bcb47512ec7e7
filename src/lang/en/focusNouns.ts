import { isMostlyVerb } from './wordClasses.ts';
import { baseForms, isWordNetWord, nounKinds } from './wordnet.ts';

/**
 * The noun a "what …"/"which …" question asks for an instance of ("what award is Stengel getting" →
 * "award", "which counties would get the schools" → "counties"), and the pattern of a named instance
 * of it in a sentence ("the Ben Epstein Good Guy Award", "Dallas and Tarrant counties").
 */

/** Words that end the asked-for noun phrase: an auxiliary, a pronoun or an article after it. */
const AFTER_FOCUS =
  /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall|the|a|an|he|she|it|we|you|they|i|to|of|in|on|for|at|by|with|from)$/;

/**
 * The head noun of what a "what X …"/"which X …" question asks for: the last word of the phrase between
 * "what"/"which" ("kind of" dropped) and the verb. Null when the question asks no such noun ("what did
 * he say", "what's in the bill") or the phrase is long enough to be something else.
 */
export function focusNoun(question: string): string | null {
  const match = /^\s*(?:what|which)\s+(?:(?:kind|sort|type)s?\s+of\s+)?(.*)$/i.exec(question);
  if (!match?.[1]) return null;
  const words: string[] = [];
  for (const word of match[1].toLowerCase().split(/[^\p{L}'’-]+/u)) {
    // "what city hosted the fair", "which team took the pennant": an inflected word after the noun that is mostly a
    // verb, or no WordNet word (an irregular past: "took", "ran"), is the verb. A base form may be a noun of a
    // compound ("what sales tax rate"), so "which counties get …" stays a known gap, as does "won" (a noun to WordNet).
    if (!word || AFTER_FOCUS.test(word) || (words.length > 0 && ((/(?:ed|s)$/.test(word) && isMostlyVerb(word)) || !isWordNetWord(word)))) break;
    words.push(word);
  }
  // "what did …", "what is …": the verb comes first, no noun is asked for.
  if (words.length === 0 || words.length > 3) return null;
  return words[words.length - 1] ?? null;
}

/**
 * A name followed by a noun, not at the start of a sentence: capitalised words ("Ben Epstein Good
 * Guy", "Dallas and Tarrant"), then the noun they name an instance of (group 2: "Award", "counties").
 * Group 1 is the name.
 */
export const NAMED_INSTANCE = /(?<!^)\b(\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:and\s+|&\s+|of\s+)?\p{Lu}[\p{L}'’.-]*)*)\s+(\p{L}+)/gu;

/** Whether a word is a plural noun ("counties", "awards"): WordNet knows it as a noun only by another base form. */
export function isPluralNoun(word: string): boolean {
  const nouns = baseForms(word).filter((form) => form.pos === 'noun');
  const lower = word.toLowerCase();
  return nouns.length > 0 && nouns.every((form) => form.lemma !== lower);
}

/**
 * Whether the noun a question asks for is a kind of person ("Americans", "senator", "pitcher"): its
 * commonest WordNet sense is filed under noun.person. A group ("team", "committee") is not: its answer
 * is the group's name, not a person's.
 */
export function isKindOfPerson(noun: string): boolean {
  return nounKinds(noun, 1)[0] === 'person';
}
