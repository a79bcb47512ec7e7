import type { Passage } from '../domain/types.ts';
import { FoundTerms } from './foundTerms.ts';
import type { IndexMatch, PassageIndex } from './passageIndex.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { expandQuery, type QueryExpansion } from './synonyms.ts';
import { tokenize } from './terms.ts';

/** A term in more than this share of passages is common: it gets no related words, and is no related word. */
const COMMON_SHARE = 0.005;
/** How many of the best index matches are scored as sentence windows. */
export const WINDOW_CANDIDATES = 40;
/** How many of the best index matches tell which question words neighbours and articles have. */
const FOUND_TERMS_MATCHES = 250;

/** The passages that may answer, best first by the index's score, and which question terms each has. */
export interface Candidates {
  matches: IndexMatch[];
  found: FoundTerms;
}

/**
 * Candidate retrieval: the index's best matches for the question's words, widened with related words
 * (WordNet) only when no good match has all of them. `searched` is the question after spelling correction.
 */
export function findCandidates(index: PassageIndex, passages: ReadonlyMap<string, Passage>, searched: string, words: readonly QuestionWord[]): Candidates {
  const searchedWords = words
    .filter((word) => word.inCorpus)
    .map((word) => word.word)
    .join(' ');
  const isKnownTerm = (term: string) => index.hasTerm(term);
  // The best passages with a question word, so a window's neighbours and a passage's article are judged from the index's own matches, without reading their text again.
  let matches = searchedWords ? index.query(searchedWords, FOUND_TERMS_MATCHES, { isKnownTerm }) : [];
  let expansion: QueryExpansion = { groups: [], standsFor: new Map() };
  // Related words are only needed when no good match has all the question's words; they are looked for only for
  // words few passages have, and among such words: a common word already matches thousands of passages, and
  // searching its synonyms too costs the most time for the least gain.
  const searchable = words.filter((word) => word.inCorpus && word.weight > 0);
  const complete = matches.slice(0, WINDOW_CANDIDATES).some((match) => searchable.every((word) => match.queryTerms.includes(word.term)));
  if (!complete) {
    const fewPassages = Math.max(50, index.size * COMMON_SHARE);
    const uncommon = (term: string) => index.passagesWith(term) < fewPassages;
    expansion = expandQuery(tokenize(searched), (term) => isKnownTerm(term) && uncommon(term), uncommon);
    if (expansion.groups.length > 0) matches = index.query(searchedWords, FOUND_TERMS_MATCHES, { expansions: expansion.groups, isKnownTerm });
  }
  return { matches, found: new FoundTerms(matches, passages, expansion.standsFor) };
}
