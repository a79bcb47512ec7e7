import { CAPITALISED_ABBREVIATIONS, FOLDED_ABBREVIATIONS } from '../lang/en/abbreviations.ts';
import { stem } from '../lang/en/stem.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';

/**
 * How text becomes search terms, the same way for passages and for questions:
 * case and diacritics folded, curly quotes straightened, possessives dropped, abbreviated titles and
 * months written out ("Gov." is "governor"), stop words removed, Porter2-stemmed. A demonym and its
 * country ("French", "France") are related words from WordNet at question time (synonyms.ts).
 */

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;

/** Splits text into raw tokens; keeps "U.S." together and recognises the all-capitals "US" as the country. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    tokens.push(CAPITALISED_ABBREVIATIONS.get(token) ?? token.replace(/\.$/, ''));
  }
  return tokens;
}

/**
 * Terms of tokens already seen: a corpus repeats its words, and stemming is most of the cost of
 * indexing. Bounded: cleared when it grows past TERM_CACHE_LIMIT distinct tokens.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

/** One raw token to its index term, or null for a stop word. */
export function toTerm(token: string): string | null {
  const cached = termCache.get(token);
  if (cached !== undefined) return cached;
  const term = computeTerm(token);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(token, term);
  return term;
}

function computeTerm(token: string): string | null {
  let word = token
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
  if (STOP_WORDS.has(word)) return null;
  word = word.replace(/'s$/, '').replace(/'/g, '');
  if (word.length === 0) return null;
  const written = FOLDED_ABBREVIATIONS.get(word);
  if (written !== undefined) return stem(written);
  if (word.includes('.')) word = word.replace(/\./g, '');
  if (/^\d/.test(word)) return word;
  if (STOP_WORDS.has(word)) return null;
  return stem(word);
}

export function toTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = toTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}
