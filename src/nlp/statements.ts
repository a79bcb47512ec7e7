import type { Quote } from '../domain/types.ts';
import { POSSESSIVE_SUFFIX } from '../lang/en/names.ts';
import { stem } from '../lang/en/stem.ts';
import { STATEMENT_STOP_WORDS } from '../lang/en/stopWords.ts';

/**
 * One statement as several articles report it: the same speaker's quotes whose content words agree
 * closely ("We have no common vision of the situation, differences remain" and "we don't have a
 * common vision of the situation"). Content words are stemmed words without function words,
 * negations and auxiliaries; two quotes agree when they share at least MIN_SHARED of them and
 * those make up at least MIN_OVERLAP of the shorter one.
 */
export interface Statement {
  /** The fullest wording: the longest whole quote of the group. */
  text: string;
  /** Every report of it, in the order given. */
  quotes: Quote[];
  /** How many different articles report it. */
  articles: number;
}

const MIN_SHARED = 2;
const MIN_OVERLAP = 0.8;
/** A word shared by this many groups already says nothing about which one a quote belongs to. */
const MAX_GROUPS_PER_WORD = 50;

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .matchAll(/[\p{L}\p{N}']+/gu)) {
    const word = match[0].replace(/^'+|'+$/g, '').replace(POSSESSIVE_SUFFIX, '');
    if (word.length < 2 || STATEMENT_STOP_WORDS.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}

function agree(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHARED) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared >= MIN_SHARED && shared / small.size >= MIN_OVERLAP;
}

/**
 * Groups one speaker's quotes into statements, keeping their order (the first report leads). An
 * index from content words to groups keeps this near-linear: a quote is compared only with groups
 * that share one of its less common words. Paraphrases (kind "reported") are grouped only with each
 * other: a reporter's sentence is not the speaker's words.
 */
export function groupStatements(quotes: readonly Quote[]): Statement[] {
  interface Group {
    statement: Statement;
    words: Set<string>;
    reported: boolean;
    articleIds: Set<string>;
    bodyArticles: Set<string>;
  }
  const groups: Group[] = [];
  const byWord = new Map<string, Group[]>();
  for (const quote of quotes) {
    const words = contentWords(quote.text);
    const reported = quote.kind === 'reported';
    const body = quote.citation.section === 'body';
    let home: Group | undefined;
    const seen = new Set<Group>();
    for (const word of words) {
      const candidates = byWord.get(word) ?? [];
      if (candidates.length > MAX_GROUPS_PER_WORD) continue;
      for (const group of candidates) {
        if (seen.has(group)) continue;
        seen.add(group);
        // Two body quotes of one article are two things said; a headline or caption repeating the body is a copy.
        const sameArticleBody = body && group.bodyArticles.has(quote.citation.articleId);
        if (group.reported === reported && !sameArticleBody && agree(group.words, words)) {
          home = group;
          break;
        }
      }
      if (home) break;
    }
    if (!home) {
      home = { statement: { text: quote.text, quotes: [], articles: 0 }, words, reported, articleIds: new Set(), bodyArticles: new Set() };
      groups.push(home);
      for (const word of words) {
        const list = byWord.get(word);
        if (list) list.push(home);
        else byWord.set(word, [home]);
      }
    } else if (quote.kind === 'direct' && quote.text.length > home.statement.text.length) {
      home.statement.text = quote.text;
    }
    home.statement.quotes.push(quote);
    home.articleIds.add(quote.citation.articleId);
    if (body) home.bodyArticles.add(quote.citation.articleId);
    home.statement.articles = home.articleIds.size;
  }
  return groups.map((group) => group.statement);
}
