/**
 * Names, titles and descriptions of people in news English. News introduces a person once with a
 * title ("Russian Foreign Minister Sergei Lavrov") and then refers to them by surname, pronoun or
 * description ("Russia's foreign minister", "the top US diplomat"); these helpers make that link.
 */

/** Country words folded to one key, so "Russian", "Russia's" and "Russia" describe the same thing. */
const PLACE_KEYS: Record<string, string> = {
  russia: 'russia', russian: 'russia', russians: 'russia', moscow: 'russia', kremlin: 'russia',
  us: 'us', 'u.s.': 'us', usa: 'us', american: 'us', americans: 'us', america: 'us', washington: 'us',
  ukraine: 'ukraine', ukrainian: 'ukraine', ukrainians: 'ukraine', kiev: 'ukraine', kyiv: 'ukraine',
  uk: 'uk', 'u.k.': 'uk', britain: 'uk', british: 'uk', london: 'uk',
  un: 'un', 'u.n.': 'un', eu: 'eu', 'e.u.': 'eu', european: 'eu', europe: 'eu', nato: 'nato',
  china: 'china', chinese: 'china', beijing: 'china', france: 'france', french: 'france', paris: 'france',
  germany: 'germany', german: 'germany', berlin: 'germany', crimea: 'crimea', crimean: 'crimea',
  israel: 'israel', israeli: 'israel', iran: 'iran', iranian: 'iran', syria: 'syria', syrian: 'syria',
};

/** Words that make up titles and roles rather than names. */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance', 'secretary',
  'state', 'of', 'general', 'acting', 'deputy', 'chief', 'senior', 'former', 'chancellor', 'senator', 'sen.',
  'rep.', 'representative', 'gov.', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'leader', 'king', 'queen', 'prince', 'pope', 'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'col.', 'lt.', 'capt.',
  'sir', 'lord', 'coach', 'mr', 'mrs', 'ms', 'dr', 'rev.', 'gov', 'sen', 'premier', 'chairman', 'chairwoman', 'director', 'commander', 'head', 'official', 'top', 'the',
  'diplomat', 'counterpart', 'attorney', 'justice', 'judge', 'speaker', 'house', 'senate', 'congressman',
  'congresswoman', 'and', 'for', 'affairs', 'national', 'security', 'adviser', 'advisor', 'press', 'white',
]);

/** Roles that mean the same job under other names: "the top US diplomat" is the secretary of state. */
const ROLE_EQUIVALENTS: Record<string, string[]> = {
  diplomat: ['foreign', 'minister', 'secretary', 'state', 'ambassador', 'envoy'],
  'foreign': ['diplomat'],
  envoy: ['ambassador', 'diplomat'],
  leader: ['president', 'prime', 'premier', 'chancellor', 'king'],
  premier: ['prime', 'minister'],
};

const GENERIC_DESCRIPTION_WORDS = new Set(['the', 'top', 'of', 'his', 'her', 'their', 'its', 'a', 'an', 'and', 'former', 'senior', 'official', 'counterpart']);

export const PRONOUNS = new Set(['he', 'she', 'they']);

export function placeKey(word: string): string | undefined {
  return PLACE_KEYS[word.toLowerCase().replace(/['’]s$/, '')];
}

export function isPlaceWord(word: string): boolean {
  return placeKey(word) !== undefined;
}

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || /['’]s$/.test(word) || isPlaceWord(word) || /^\p{Lu}{2,3}$/u.test(word);
}

export interface NamePhrase {
  /** The words of the phrase that are the name ("Sergei Lavrov"). */
  name: string;
  /** The title words before it ("Russian Foreign Minister"), possibly empty. */
  title: string;
}

/** "Russian Foreign Minister Sergei Lavrov" → { title: "Russian Foreign Minister", name: "Sergei Lavrov" }. */
export function splitTitle(phrase: string): NamePhrase {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  let nameStart = words.length;
  while (nameStart > 0 && !isTitleWord(words[nameStart - 1] ?? '')) nameStart--;
  // A lone trailing name after titles ("President Putin") or a whole name ("John Kerry").
  return { title: words.slice(0, nameStart).join(' '), name: words.slice(nameStart).join(' ') };
}

/** Tokens that describe a person's role and country, folded so descriptions can be compared. */
export function descriptionKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const raw of text.toLowerCase().replace(/[’]/g, "'").split(/[\s,]+/)) {
    const word = raw.replace(/'s$/, '').replace(/[^\p{L}.]/gu, '');
    if (!word || GENERIC_DESCRIPTION_WORDS.has(word)) continue;
    const place = placeKey(word);
    keys.add(place ?? word);
    for (const equivalent of ROLE_EQUIVALENTS[word] ?? []) keys.add(equivalent);
  }
  return keys;
}

/** Keys of names already seen: attribution looks the same few names up again and again. Bounded. */
const nameKeyCache = new Map<string, string>();
const NAME_KEY_CACHE_LIMIT = 100_000;

/** Normalises a name for comparison: case, diacritics, curly apostrophes, dots. */
export function nameKey(name: string): string {
  let key = nameKeyCache.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (nameKeyCache.size >= NAME_KEY_CACHE_LIMIT) nameKeyCache.clear();
    nameKeyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
