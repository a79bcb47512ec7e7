import { type AnswerKind, FIGURE_ANSWER_KINDS, LEANS_ON_PREVIOUS } from '../lang/en/questionWords.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * What the learned ranking (learnedRanking.ts) knows of one candidate window: general signals of a passage
 * answering a question, none of them about a topic. Each is 0–1 or a logarithm, so one weight fits every corpus.
 */
export const FEATURE_NAMES = [
  /** ln of the hand-set score (ranking.ts): coverage², BM25, answer shape, section, phrases, descriptions. */
  'logScore',
  /** Share of the question's weight the window holds. */
  'coverage',
  /** Share the matching sentence holds alone: the answer is usually in the sentence that matched. */
  'ownCoverage',
  /** The index's BM25 score, relative to the best match's. */
  'relevance',
  /** Holds an answer of the kind asked (a number, a time, a place …). */
  'answerFits',
  /** Passes the question's sure test of its answer (answerInArticle.ts: a figure, a person's name, a date). */
  'sureFits',
  /** Shown with a neighbouring sentence. */
  'wide',
  /** Nearness to the article's start: 1 for the first paragraph, 1/n for the n-th. */
  'early',
  /** The best relevance of any candidate window of the same article: the story the question is about. */
  'articleRelevance',
  /** ln(1 + the number of candidate windows of the same article). */
  'articleWindows',
  /** Holds the question's rarest word. */
  'rarest',
  /** Holds every number the question gives (1 when it gives none). */
  'numbers',
  /** Share of the question's consecutive word pairs that stand together (ranking.ts). */
  'pairs',
  /** Question words found in the matching sentence over the span of words they cover: the words stand close. */
  'proximity',
  /** ln of the window's length in words. */
  'logLength',
  /** Opens with a pronoun or connective ("He", "But"): leans on the sentence before. */
  'leansOnPrevious',
  /** Beyond the candidates scored with their neighbours (ranked on the index's match alone). */
  'deep',
  /** Share of the matching sentence's words that are not the question's: a sentence that only restates the question adds nothing. */
  'novelty',
  /** Coverage over the best coverage of any window of the same article (1 for the article's fullest window). */
  'articleCoverage',
  /** Coverage minus the best coverage of any candidate window. */
  'coverageGap',
  /** 1 for the article's best window by the hand-set score, 1/2 for its second, and so on. */
  'articleRank',
  /** Holds an answer of the kind asked when that is a figure (a count, a sum, an age …). */
  'figureFits',
  /** Holds an answer of the kind asked when that is a time or a place. */
  'timePlaceFits',
  /** Holds an answer of the kind asked when that is a person or a reason. */
  'personReasonFits',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;
/** Weight of each feature in the learned ranking (learnedRanking.ts): a linear model. */
export type RankingWeights = Readonly<Record<FeatureName, number>>;

/** What a window's features are computed from, besides the window. */
export interface FeatureInputs {
  window: Window;
  /** The hand-set score (ranking.ts). */
  score: number;
  relevance: number;
  answerFits: boolean;
  sureFits: boolean;
  pairs: number;
  /** Whether the window was scored with its neighbours (one of the first WINDOW_CANDIDATES matches). */
  close: boolean;
}

const FIGURES: ReadonlySet<AnswerKind> = FIGURE_ANSWER_KINDS;
const TIMES_AND_PLACES: ReadonlySet<AnswerKind> = new Set(['time', 'place']);

/** The features of every candidate window of one question, in the order given. */
export function windowFeatures(inputs: readonly FeatureInputs[], words: readonly QuestionWord[], wants: AnswerKind | null): Features[] {
  const articleRelevance = new Map<string, number>();
  const articleWindows = new Map<string, number>();
  const articleCoverage = new Map<string, number>();
  const rankInArticle = new Map<FeatureInputs, number>();
  let bestCoverage = 0;
  for (const { window, relevance } of inputs) {
    const article = window.passage.citation.articleId;
    articleRelevance.set(article, Math.max(articleRelevance.get(article) ?? 0, relevance));
    articleWindows.set(article, (articleWindows.get(article) ?? 0) + 1);
    articleCoverage.set(article, Math.max(articleCoverage.get(article) ?? 0, window.coverage));
    bestCoverage = Math.max(bestCoverage, window.coverage);
  }
  const seen = new Map<string, number>();
  for (const input of [...inputs].sort((a, b) => b.score - a.score)) {
    const article = input.window.passage.citation.articleId;
    const rank = (seen.get(article) ?? 0) + 1;
    seen.set(article, rank);
    rankInArticle.set(input, rank);
  }
  const informative = words.filter((word) => word.weight > 0);
  const rarest = informative.reduce<QuestionWord | null>((best, word) => (best === null || word.weight > best.weight ? word : best), null);
  const numbers = words.filter((word) => word.inCorpus && /^\d/.test(word.term));
  const terms = new Set(informative.map((word) => word.term));
  return inputs.map((input) => {
    const { window, score, relevance, answerFits, sureFits, pairs, close } = input;
    const article = window.passage.citation.articleId;
    const sentenceTerms = close ? toTerms(window.passage.text) : [];
    const length = window.sentences.reduce((total, sentence) => total + sentence.text.split(/\s+/).length, 0);
    return {
      logScore: Math.log(Math.max(score, 1e-6)),
      coverage: window.coverage,
      ownCoverage: window.ownCoverage,
      relevance,
      answerFits: answerFits ? 1 : 0,
      sureFits: sureFits ? 1 : 0,
      wide: window.sentences.length > 1 ? 1 : 0,
      early: 1 / Math.max(1, window.passage.citation.paragraph),
      articleRelevance: articleRelevance.get(article) ?? 0,
      articleWindows: Math.log1p(articleWindows.get(article) ?? 0),
      rarest: rarest !== null && window.found.has(rarest.term) ? 1 : 0,
      numbers: numbers.every((word) => window.found.has(word.term)) ? 1 : 0,
      pairs,
      proximity: close ? proximity(sentenceTerms, terms) : 0,
      logLength: Math.log(Math.max(1, length)),
      leansOnPrevious: LEANS_ON_PREVIOUS.test(window.sentences[0]?.text ?? '') ? 1 : 0,
      deep: close ? 0 : 1,
      novelty: sentenceTerms.length === 0 ? 0 : sentenceTerms.filter((term) => !terms.has(term)).length / sentenceTerms.length,
      articleCoverage: window.coverage / Math.max(1e-9, articleCoverage.get(article) ?? 0),
      coverageGap: window.coverage - bestCoverage,
      articleRank: 1 / (rankInArticle.get(input) ?? 1),
      figureFits: answerFits && wants !== null && FIGURES.has(wants) ? 1 : 0,
      timePlaceFits: answerFits && wants !== null && TIMES_AND_PLACES.has(wants) ? 1 : 0,
      personReasonFits: answerFits && (wants === 'person' || wants === 'reason') ? 1 : 0,
    };
  });
}

/**
 * How close the question's words stand in a sentence (its terms): the number of distinct question terms in the shortest run of
 * words that holds all the sentence has of them, over that run's length (1 when they stand side by side; 0 with fewer than two).
 */
export function proximity(terms: readonly string[], questionTerms: ReadonlySet<string>): number {
  const wanted = new Set(terms.filter((term) => questionTerms.has(term)));
  if (wanted.size < 2) return 0;
  const counts = new Map<string, number>();
  let shortest = Infinity;
  let start = 0;
  let held = 0;
  for (let end = 0; end < terms.length; end++) {
    const term = terms[end] ?? '';
    if (!wanted.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (counts.get(term) === 1) held++;
    while (held === wanted.size) {
      shortest = Math.min(shortest, end - start + 1);
      const first = terms[start] ?? '';
      start++;
      if (!wanted.has(first)) continue;
      const left = (counts.get(first) ?? 0) - 1;
      counts.set(first, left);
      if (left === 0) held--;
    }
  }
  return wanted.size / shortest;
}
