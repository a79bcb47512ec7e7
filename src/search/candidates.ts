import { type AskIndex, type Steps, type TermStats, wait } from './askIndex.ts';
import type { IndexMatch } from './passageIndex.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { expandQuery } from './synonyms.ts';
import { tokenize } from './terms.ts';

/** A term in more than this share of passages is common: it gets no related words, and is no related word. */
const COMMON_SHARE = 0.005;
/** How many of the best index matches are scored as sentence windows. */
export const WINDOW_CANDIDATES = 40;
/** How many of the best index matches tell which question words neighbours and articles have. */
const FOUND_TERMS_MATCHES = 250;

/** The passages that may answer, best first by the index's score, and which question term each related word stands for. */
export interface Candidates {
  matches: IndexMatch[];
  standsFor: ReadonlyMap<string, string>;
  /** The related terms that are a question word in another form ("built" for "build"). */
  sameWord: ReadonlySet<string>;
}

/**
 * Candidate retrieval: the index's best matches for the question's words, widened with related words
 * (WordNet) only when no good match has all of them. `searched` is the question after spelling correction;
 * `stats` covers its words.
 */
export function* findCandidates(index: AskIndex, stats: TermStats, searched: string, words: readonly QuestionWord[]): Steps<Candidates> {
  const searchedWords = words
    .filter((word) => word.inCorpus)
    .map((word) => word.word)
    .join(' ');
  const isKnownTerm = (term: string) => stats.hasTerm(term);
  // The best passages with a question word, so a window's neighbours and a passage's article are judged from the index's own matches, without reading their text again.
  let matches = searchedWords ? yield* wait(index.query(searchedWords, FOUND_TERMS_MATCHES, { isKnownTerm })) : [];
  let standsFor: ReadonlyMap<string, string> = new Map();
  let sameWord: ReadonlySet<string> = new Set();
  // Related words are only needed when no good match has all the question's words; they are looked for only for
  // words few passages have, and among such words: a common word already matches thousands of passages, and
  // searching its synonyms too costs the most time for the least gain.
  const searchable = words.filter((word) => word.inCorpus && word.weight > 0);
  const complete = matches.slice(0, WINDOW_CANDIDATES).some((match) => searchable.every((word) => match.queryTerms.includes(word.term)));
  if (!complete) {
    const tokens = tokenize(searched);
    const related = yield* wait(index.termStats(() => termsExpansionLooksUp(tokens)));
    const fewPassages = Math.max(50, related.size * COMMON_SHARE);
    const uncommon = (term: string) => related.passagesWith(term) < fewPassages;
    const expansion = expandQuery(tokens, (term) => related.hasTerm(term) && uncommon(term), uncommon);
    standsFor = expansion.standsFor;
    sameWord = expansion.sameWord;
    if (expansion.groups.length > 0) matches = yield* wait(index.query(searchedWords, FOUND_TERMS_MATCHES, { expansions: expansion.groups, isKnownTerm }));
  }
  return { matches, standsFor, sameWord };
}

/** Every term expandQuery may ask about for these words: told that none is known, it asks about them all. */
function termsExpansionLooksUp(tokens: readonly string[]): Set<string> {
  const asked = new Set<string>();
  expandQuery(
    tokens,
    (term) => (asked.add(term), false),
    (term) => (asked.add(term), true),
  );
  return asked;
}
