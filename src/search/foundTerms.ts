import type { Passage } from '../domain/types.ts';
import type { IndexMatch } from './passageIndex.ts';

/** How much a related word (WordNet) counts for the question word it stands for. */
const RELATED_CREDIT = 0.6;
/** How much another form of the question word ("built" for "build") counts for it: nearly the word itself. */
const FORM_CREDIT = 0.9;

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * The question's terms each passage has, from the index's matches: own words with full credit,
 * related words (WordNet) with RELATED_CREDIT for the word they stand for; and the question's own
 * terms each article has anywhere.
 */
export class FoundTerms {
  private readonly byPassage = new Map<string, IndexMatch>();
  private readonly credits = new Map<string, ReadonlyMap<string, number>>();
  private readonly byArticle = new Map<string, Set<string>>();

  constructor(
    matches: readonly IndexMatch[],
    passages: ReadonlyMap<string, Passage>,
    private readonly standsFor: ReadonlyMap<string, string>,
    /** The expansion terms that are the question word in another form (synonyms.ts). */
    private readonly sameWord: ReadonlySet<string> = NO_TERMS,
  ) {
    // The best matches are enough: a neighbour or an article that only weak matches reach cannot lift a window into the answers.
    for (const match of matches) {
      this.byPassage.set(match.id, match);
      const articleId = passages.get(match.id)?.citation.articleId;
      if (articleId === undefined) continue;
      let terms = this.byArticle.get(articleId);
      if (!terms) this.byArticle.set(articleId, (terms = new Set()));
      for (const term of match.queryTerms) if (!standsFor.has(term)) terms.add(term);
    }
  }

  /** Question term → credit (0–1) for one passage. */
  inPassage(passage: Passage): ReadonlyMap<string, number> {
    let credit = this.credits.get(passage.id);
    if (!credit) {
      const map = new Map<string, number>();
      for (const term of this.byPassage.get(passage.id)?.queryTerms ?? []) {
        const standsForTerm = this.standsFor.get(term);
        if (standsForTerm) map.set(standsForTerm, Math.max(map.get(standsForTerm) ?? 0, this.sameWord.has(term) ? FORM_CREDIT : RELATED_CREDIT));
        else map.set(term, 1);
      }
      credit = map;
      this.credits.set(passage.id, credit);
    }
    return credit;
  }

  inArticle(passage: Passage): ReadonlySet<string> {
    return this.byArticle.get(passage.citation.articleId) ?? NO_TERMS;
  }
}
