import type { Passage, PassageSection } from './types.ts';

/** Where each part of an article stands when it is read: headline, standfirst, captions, body, then comments. */
const SECTION_ORDER: Record<PassageSection, number> = { headline: 0, standfirst: 1, caption: 2, body: 3, comment: 4 };

/**
 * Passages grouped by article, each article's in reading order (section, paragraph, sentence): the
 * order sentence windows read neighbours in, in memory (src/search/windows.ts) and in the database
 * (src/postgres/passageTerms.ts) alike.
 */
export function byArticleInReadingOrder(passages: Iterable<Passage>): Map<string, Passage[]> {
  const byArticle = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = byArticle.get(passage.citation.articleId);
    if (list) list.push(passage);
    else byArticle.set(passage.citation.articleId, [passage]);
  }
  for (const list of byArticle.values()) {
    list.sort(
      (a, b) => SECTION_ORDER[a.citation.section] - SECTION_ORDER[b.citation.section] || a.citation.paragraph - b.citation.paragraph || a.citation.sentence - b.citation.sentence,
    );
  }
  return byArticle;
}
