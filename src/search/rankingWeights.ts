import type { RankingWeights } from './windowFeatures.ts';

/** Written by bench/trainRanking.ts: the hand-set score alone until weights are learned. */
export const RANKING_WEIGHTS: RankingWeights = {
  logScore: 1,
  coverage: 0,
  ownCoverage: 0,
  relevance: 0,
  answerFits: 0,
  sureFits: 0,
  wide: 0,
  early: 0,
  articleRelevance: 0,
  articleWindows: 0,
  rarest: 0,
  numbers: 0,
  pairs: 0,
  proximity: 0,
  logLength: 0,
  leansOnPrevious: 0,
  deep: 0,
  novelty: 0,
  articleCoverage: 0,
  coverageGap: 0,
  articleRank: 0,
  figureFits: 0,
  timePlaceFits: 0,
  personReasonFits: 0,
};
