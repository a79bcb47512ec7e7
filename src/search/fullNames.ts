import type { Passage } from '../domain/types.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import type { QuestionWord } from './questionAnalysis.ts';

/** The other part of a name the question gives ("mercer" for "johnny" in "johnny mercer's first song"). */
export interface FullName {
  /** The other part's index term. */
  term: string;
  /** The name as an article writes it, capitalised ("Johnny Mercer"). */
  written: RegExp;
  /** Articles known to write it, and not to. */
  inArticle: Map<string, boolean>;
}

const partnersOfQuestion = new WeakMap<readonly QuestionWord[], ReadonlyMap<string, FullName>>();

/**
 * For each part of a person's name the question gives — a given name (firstNames.ts) and the word after it, the
 * surname — the other part: "johnny" → "mercer" and "mercer" → "johnny" for "what was johnny mercer's first song".
 */
export function namePartners(words: readonly QuestionWord[]): ReadonlyMap<string, FullName> {
  let partners = partnersOfQuestion.get(words);
  if (!partners) {
    const map = new Map<string, FullName>();
    const capitalised = (word: string) =>
      `${word.charAt(0).toUpperCase()}${word
        .slice(1)
        .replace(/['’]s$/u, '')
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    words.forEach((word, at) => {
      const next = words[at + 1];
      if (!next || !word.inCorpus || !next.inCorpus || next.weight <= 0 || !isGivenName(word.word) || isGivenName(next.word)) return;
      const written = new RegExp(`\\b${capitalised(word.word)}\\s+${capitalised(next.word)}\\b`, 'u');
      const inArticle = new Map<string, boolean>();
      map.set(word.term, { term: next.term, written, inArticle });
      map.set(next.term, { term: word.term, written, inArticle });
    });
    partners = map;
    partnersOfQuestion.set(words, partners);
  }
  return partners;
}

/**
 * Whether an article writes the name in full ("Gavin Maxwell", capitalised) somewhere: only then is one part of it
 * alone, in that story, the person asked about. `passages` gives the article's passages when first asked.
 */
export function writesInFull(name: FullName, articleId: string, passages: () => readonly Passage[]): boolean {
  let written = name.inArticle.get(articleId);
  if (written === undefined) {
    written = passages().some((each) => name.written.test(each.text));
    name.inArticle.set(articleId, written);
  }
  return written;
}
