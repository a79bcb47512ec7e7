import type { PassageTerms } from './passageTerms.ts';

/**
 * tsvector and tsquery values written as literals from terms the project analysed itself: casting
 * a literal skips PostgreSQL's parser and stemmer, which would split "un_org" and stem differently.
 *
 * Weights: a passage's own words are B, its speakers' names A. Positions keep word order for
 * ts_rank_cd's cover density.
 */

/** PostgreSQL's limits: positions above 16383 are clamped, at most 256 positions per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function toTsvector(terms: Pick<PassageTerms, 'text' | 'speakers'>): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (list: readonly string[], weight: 'A' | 'B') => {
    for (const term of list) {
      position = Math.min(MAX_POSITION, position + 1);
      let entry = positions.get(term);
      if (!entry) positions.set(term, (entry = []));
      if (entry.length < MAX_POSITIONS_PER_LEXEME) entry.push(`${position}${weight}`);
    }
  };
  add(terms.text, 'B');
  position = Math.min(MAX_POSITION, position + 1); // the fields are not one phrase
  add(terms.speakers, 'A');
  return [...positions].map(([term, at]) => `${quoteLexeme(term)}:${at.join(',')}`).join(' ');
}

export function anyOf(queries: readonly string[]): string {
  return queries.join(' | ');
}
