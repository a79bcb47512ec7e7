import { baseForms, senses, synset } from './wordnet.ts';

/** WordNet's concepts of kin, by the first word of their synset: "brother" → sibling → relative, "wife" → spouse. */
const KIN_CONCEPTS: ReadonlySet<string> = new Set(['relative', 'spouse']);
/** How far up the hypernyms kin is looked for ("father" → parent → genitor → progenitor → ancestor → relative: 5). */
const KIN_DEPTH = 5;

/**
 * Whether the commonest sense of a noun is a kinsman or a spouse ("wife", "brother", "son"): unlike a
 * role ("leader", "head", "chief"), said many ways, a report names kin by the word or not at all.
 */
export function namesAKin(noun: string): boolean {
  const lemma = baseForms(noun).find((form) => form.pos === 'noun')?.lemma;
  const first = lemma === undefined ? undefined : senses('noun', lemma)[0];
  // Every hypernym, breadth first: "wife" is both a spouse and a woman.
  let level = first === undefined ? [] : [first];
  for (let depth = 0; level.length > 0 && depth <= KIN_DEPTH; depth++) {
    const concepts = level.map((offset) => synset('noun', offset));
    if (concepts.some((concept) => KIN_CONCEPTS.has(concept.words[0]?.toLowerCase() ?? ''))) return true;
    level = concepts.flatMap((concept) => concept.pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun').map((pointer) => pointer.offset));
  }
  return false;
}
