import { stem } from '../lang/en/stem.ts';

/**
 * How text becomes search terms, the same way for passages and for questions:
 * case and diacritics folded, curly quotes straightened, possessives dropped, demonyms folded to
 * their country, stop words removed, Porter2-stemmed.
 */

/** English stop words, plus the words a question uses to ask ("tell", "say", "said"), which would otherwise match every quote equally. */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
  i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
  or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
  that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those
  through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
  where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves us also just tell me please anything something thing things say says said did does know whether
  although though yet however within without upon among amongst via per many much neither either`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nationality words folded to the country, so "Russian troops" answers a question about Russia. */
const DEMONYMS: Record<string, string> = {
  russian: 'russia', russians: 'russia', ukrainian: 'ukraine', ukrainians: 'ukraine', american: 'usa',
  americans: 'usa', america: 'usa', 'u.s.': 'usa', 'u.s.a.': 'usa', british: 'britain', crimean: 'crimea',
  european: 'europe', europeans: 'europe', soviet: 'soviet', chinese: 'china', french: 'france', german: 'germany',
  germans: 'germany', syrian: 'syria', iranian: 'iran', israeli: 'israel',
};

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;

/** Splits text into raw tokens; keeps "U.S." together and recognises the all-capitals "US" as the country. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token === 'US' || token === 'U.S.' || token === 'U.S' || token === 'USA') tokens.push('usa');
    else if (token === 'UN' || token === 'U.N.') tokens.push('un_org');
    else if (token === 'EU' || token === 'E.U.') tokens.push('eu_org');
    else tokens.push(token.replace(/\.$/, ''));
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
  if (DEMONYMS[word]) return DEMONYMS[word] ?? word;
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
