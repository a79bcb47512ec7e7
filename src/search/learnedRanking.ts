import { RANKING_WEIGHTS } from './rankingWeights.ts';
import { FEATURE_NAMES, type Features, type RankingWeights } from './windowFeatures.ts';
import type { Window } from './windows.ts';

/** The weights in use: those learned by bench/trainRanking.ts, or others the training script tries. */
let weights: RankingWeights = RANKING_WEIGHTS;
/** Who is told every question's candidate windows and their features (the training script), if anyone. */
let observer: ((candidates: ReadonlyArray<{ window: Window; features: Features }>) => void) | null = null;

/**
 * The learned score of a window: exp(weights · features). Positive, as the reordering within an article
 * (answerInArticle.ts) needs; with every weight 0 but logScore's 1 it is the hand-set score itself.
 */
export function learnedScore(features: Features): number {
  let sum = 0;
  for (const name of FEATURE_NAMES) sum += weights[name] * features[name];
  return Math.exp(sum);
}

/** Sets the learned scores of a question's candidate windows (in place) and tells the observer, if any. */
export function scoreWindows(windows: readonly Window[], features: readonly Features[]): void {
  if (observer) observer(windows.map((window, at) => ({ window, features: features[at] as Features })));
  windows.forEach((window, at) => {
    const own = features[at];
    if (own) window.score = learnedScore(own);
  });
}

/** For bench/trainRanking.ts: rank with other weights (null: the learned ones again). */
export function useRankingWeights(other: RankingWeights | null): void {
  weights = other ?? RANKING_WEIGHTS;
}

/** For bench/trainRanking.ts: be told each question's candidate windows and features (null: no longer). */
export function observeRanking(next: typeof observer): void {
  observer = next;
}
