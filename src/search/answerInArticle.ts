import type { Window } from './windows.ts';

/**
 * How much of the question a sentence giving the figure asked for must hold, as a share of what a
 * sentence of the same article without one holds, to rank before it. Set on half A of the Brown
 * development set (0.4–0.6 did the same there; half B and set C unchanged).
 */
const SHARE_OF_TOPIC = 0.5;

/**
 * How much of the other window's coverage the promoted one is credited with for confidence: the
 * article says what the question is about in a sentence near it, as a neighbouring sentence would
 * (windows.ts's NEIGHBOUR_CREDIT).
 */
const TOPIC_CREDIT = 0.85;

/**
 * Within one article, a window with the figure a question asks for ranks before one without it that
 * only holds more of the question's words. An article's lead restates the topic ("Multnomah County
 * may be short of general assistance money"); the sentence with the figure ("leaving only $7,082 for
 * the rest of the month") names less of it, because the article already has. Windows of other
 * articles keep their order: there the words held still tell which story it is. Scores are changed
 * in place; the caller sorts.
 */
export function preferAnswersInArticle(windows: readonly Window[]): void {
  const fitting = new Map<string, Window[]>();
  for (const window of windows) {
    if (!window.answerFits) continue;
    const articleId = window.passage.citation.articleId;
    const list = fitting.get(articleId);
    if (list) list.push(window);
    else fitting.set(articleId, [window]);
  }
  if (fitting.size === 0) return;
  for (const window of windows) {
    if (window.answerFits) continue;
    // The best window with the figure takes this one's place, and this one goes just after it.
    let promoted: Window | null = null;
    for (const other of fitting.get(window.passage.citation.articleId) ?? []) {
      if (other.score >= window.score || other.coverage < SHARE_OF_TOPIC * window.coverage) continue;
      if (!promoted || other.score > promoted.score) promoted = other;
    }
    if (!promoted) continue;
    promoted.topicCoverage = Math.max(promoted.topicCoverage, window.coverage * TOPIC_CREDIT);
    const place = window.score;
    window.score = place * (1 - 1e-9);
    promoted.score = place;
  }
}
