import { baseForms, senses, synset } from './wordnet.ts';

/**
 * A word's nearest relatives in WordNet 3.1: the words made from the same root (derivation pointers: "conclude" ↔
 * "conclusion", "conduct" ↔ "conductor"; pertainyms: "daily" → "day", "French" → "France") and the synonyms of its
 * commonest sense. They say the same thing in another word class or another word, closer than the more general verbs
 * relatedWords (wordnet.ts) also lists, so a question looks for them first.
 */

const DERIVATION = '+';
const PERTAINYM = '\\';

/** How many of a lemma's commonest senses give derivations and pertainyms. */
const FAMILY_SENSES = 2;

const familyCache = new Map<string, string[]>();
const FAMILY_CACHE_LIMIT = 20_000;

/** Derivationally related words and pertainyms of the commonest senses of the word's lemmas, then its commonest sense's synonyms. */
export function wordFamily(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const cached = familyCache.get(lower);
  if (cached) return cached;
  const derived = new Set<string>();
  const synonyms = new Set<string>();
  const lemmas = baseForms(lower);
  for (const { pos, lemma } of lemmas) {
    // Only the commonest senses: a rare sense's derivations are noise ("season" → "flavorer").
    const offsets = senses(pos, lemma).slice(0, FAMILY_SENSES);
    offsets.forEach((offset, rank) => {
      const own = synset(pos, offset);
      if (rank === 0) for (const synonym of own.words) synonyms.add(synonym.toLowerCase());
      const position = own.words.findIndex((candidate) => candidate.toLowerCase() === lemma) + 1;
      for (const pointer of own.pointers) {
        if ((pointer.symbol !== DERIVATION && pointer.symbol !== PERTAINYM) || pointer.target === 0) continue;
        const other = synset(pointer.pos, pointer.offset);
        // A lexical pointer belongs to one word of the synset, which the parsed pointer does not name: a derivation
        // points back to its source, so only the lemma's own links count ("conclude" → "conclusion", not "reason" → "reasoning").
        if (pointer.symbol === DERIVATION && !other.pointers.some((back) => back.symbol === DERIVATION && back.offset === offset && back.target === position)) continue;
        const target = other.words[pointer.target - 1];
        if (target) derived.add(target.toLowerCase());
      }
    });
  }
  const family = [...derived, ...synonyms].filter((each, at, all) => each !== lower && each.length > 1 && !each.includes('_') && all.indexOf(each) === at);
  if (familyCache.size >= FAMILY_CACHE_LIMIT) familyCache.clear();
  familyCache.set(lower, family);
  return family;
}
