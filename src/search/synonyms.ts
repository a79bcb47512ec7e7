import { otherForms } from '../lang/en/irregularForms.ts';
import { spellingVariant } from '../lang/en/spelling.ts';
import { wordFamily } from '../lang/en/wordFamily.ts';
import { relatedWords } from '../lang/en/wordnet.ts';
import { toTerm } from './terms.ts';

/**
 * Query expansion from WordNet (src/lang/en/wordnet.ts): a reader asks "did they plan an invasion?"
 * and the article says "no plans to invade"; "French" finds "France". Stemming joins forms of one
 * word (annexing, annexation); WordNet's synonyms and derivationally related forms join different
 * words for one idea, for any story's vocabulary, not a list grown from the articles we happened to
 * read. Expanded words are searched with a lower weight than the reader's own words, exactly (no
 * prefix or fuzzy), and count for the word they stand in for, never as extra coverage.
 */

export interface ExpansionGroup {
  /** The question's index term these words stand in for. */
  term: string;
  /** Related words and spelling variants, as words (the index processes them like any query word). */
  words: string[];
  /** How much a match counts against the reader's own word, when not the index's default (EXPANSION_WEIGHT). */
  weight?: number;
}

export interface QueryExpansion {
  groups: ExpansionGroup[];
  /** Index term of each expansion word → the question's term it stands in for. */
  standsFor: Map<string, string>;
  /** The expansion terms that are the question word itself in another form ("built" for "build"): nearly its own word. */
  sameWord: Set<string>;
}

/** How much another form of the reader's word (an irregular inflection) counts against the word as typed. */
export const FORM_WEIGHT = 0.5;

/** Related words per question word: WordNet lists many for common verbs; a few carry most of the gain. */
const MAX_RELATED = 4;

/**
 * The words to add to a question, grouped by the question word they stand for: its related words and
 * its other spelling. `questionWords` are raw tokens of the question (not stemmed). Terms the
 * question already has are never added; with `isKnownTerm`, neither are words no passage has (or
 * that the caller finds too common to be worth searching).
 */
export function expandQuery(
  questionWords: readonly string[],
  isKnownTerm: (term: string) => boolean = () => true,
  /** Which of the question's terms get related words (all by default). */
  shouldExpand: (term: string) => boolean = () => true,
): QueryExpansion {
  const questionTerms = new Set<string>();
  for (const word of questionWords) {
    const term = toTerm(word);
    if (term) questionTerms.add(term);
  }
  const groups: ExpansionGroup[] = [];
  const standsFor = new Map<string, string>();
  const sameWord = new Set<string>();
  for (const word of questionWords) {
    const term = toTerm(word);
    if (!term || /\d/.test(term) || !shouldExpand(term) || groups.some((group) => group.term === term)) continue;
    // The word in another form the stemmer cannot join to it ("stole" for "stolen", "built" for "build"), for a word the
    // articles use: one they never use weighs nothing (questionAnalysis.ts), and its forms only add noise to the search.
    const forms: string[] = [];
    const inflected = isKnownTerm(term);
    for (const form of otherForms(word)) {
      const formTerm = toTerm(form);
      // Every term is asked about, as termsExpansionLooksUp (candidates.ts) records them.
      if (!formTerm || !isKnownTerm(formTerm) || !inflected || questionTerms.has(formTerm) || standsFor.has(formTerm)) continue;
      standsFor.set(formTerm, term);
      sameWord.add(formTerm);
      forms.push(form);
    }
    if (forms.length > 0) groups.push({ term, words: forms, weight: FORM_WEIGHT });
    const words: string[] = [];
    const variant = spellingVariant(word);
    // The other spelling, the word's own family (derivations, pertainyms, its commonest sense's synonyms), then WordNet's wider relations.
    for (const candidate of [...(variant ? [variant] : []), ...wordFamily(word), ...relatedWords(word)]) {
      const candidateTerm = toTerm(candidate);
      if (!candidateTerm || questionTerms.has(candidateTerm) || standsFor.has(candidateTerm) || !isKnownTerm(candidateTerm)) continue;
      standsFor.set(candidateTerm, term);
      words.push(candidate);
      if (words.length >= MAX_RELATED) break;
    }
    if (words.length > 0) groups.push({ term, words });
  }
  return { groups, standsFor, sameWord };
}
