import { isGivenName } from './firstNames.ts';
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { ADDRESSED_OFFICES, FEMALE_WORDS, GENDER_HONORIFICS, GENERIC_DESCRIPTION_WORDS, MALE_WORDS, PLACE_KEYS, ROLE_EQUIVALENTS, TITLE_WORDS } from './peopleWords.ts';
import { isEverydayNoun, isWordNetWord } from './wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';
import { SMALL_NUMBER_WORDS } from './numbers.ts';

/**
 * Names, titles and descriptions of people in news English. News introduces a person once with a
 * title ("French Foreign Minister Paul Morel") and then refers to them by surname, pronoun or
 * description ("France's foreign minister", "the top French diplomat"); these helpers make that link.
 */

export function placeKey(word: string): string | undefined {
  // Asked of every word of every capitalised run: no regular expression where a plain test answers.
  let key = word.toLowerCase();
  if (key.endsWith("'s") || key.endsWith('’s')) key = key.slice(0, -2);
  if (key.includes('.')) key = key.replace(/\./g, '');
  // A Map answers a new string without adding it to the engine's string table, as an object look-up does;
  // the names every object has ("constructor") keep the object's answer they always had.
  return PLACE_KEY_MAP.get(key) ?? (OBJECT_NAMES.has(key) ? PLACE_KEYS[key] : undefined);
}

const PLACE_KEY_MAP: ReadonlyMap<string, string> = new Map(Object.entries(PLACE_KEYS));
const OBJECT_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isPlaceWord(word: string): boolean {
  return placeKey(word) !== undefined;
}

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || /['’]s$/.test(word) || isPlaceWord(word) || /^\p{Lu}{2,3}$/u.test(word);
}

/**
 * Whether a folded word (lower case, no full stop, as a typed query gives it) is a title or an
 * honorific rather than part of a name: "rep", "atty", "miss", "senator", "president".
 */
export function isTitleKey(key: string): boolean {
  return TITLE_WORDS.has(key) || TITLE_WORDS.has(`${key}.`) || key in TITLE_ABBREVIATIONS || FEMALE_WORDS.has(key) || MALE_WORDS.has(key);
}

export interface NamePhrase {
  /** The words of the phrase that are the name ("Paul Morel"). */
  name: string;
  /** The title words before it ("French Foreign Minister"), possibly empty. */
  title: string;
  /** A possessive standing alone before the name, its owner and no title ("Missouri's" of "Missouri's Clarence Cannon"). */
  owner?: string;
}

/** "French Foreign Minister Paul Morel" → { title: "French Foreign Minister", name: "Paul Morel" }. */
/** The articles, which never name anyone on their own. */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words that introduce someone described, not named: "a manufacturer", "one old man", "another informant". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** A description that introduces somebody unnamed: "a girl", "One manufacturer", "another teen-ager" (not "a" alone). */
export function opensWithIndefiniteArticle(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && INDEFINITE_ARTICLES.has((words[0] ?? '').toLowerCase());
}

export function splitTitle(phrase: string): Readonly<NamePhrase> {
  // The same run is split when the people are scanned, when it is a clause's subject and when it is a speaker.
  let split = splitCache.get(phrase);
  if (split === undefined) {
    split = Object.freeze(computeSplitTitle(phrase));
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(phrase, split);
  }
  return split;
}

/** A word as the honorific set spells it: lower case, no full stop. */
function nameKeyOf(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Runs already split: bounded, so an article of 100,000 names does not keep them all. */
const splitCache = new Map<string, Readonly<NamePhrase>>();
const SPLIT_CACHE_LIMIT = 4096;

function computeSplitTitle(phrase: string): NamePhrase {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  let nameStart = words.length;
  while (nameStart > 0 && !isTitleWord(words[nameStart - 1] ?? '')) nameStart--;
  // "Mrs. King", "Mr. Bishop": after an honorific that tells only a gender, a last title word is a surname; an office addressed so is not ("Mr. President").
  const last = words[words.length - 1] ?? '';
  if (
    nameStart === words.length &&
    words.length > 1 &&
    GENDER_HONORIFICS.has(nameKeyOf(words[words.length - 2] ?? '')) &&
    !POSSESSIVE_SUFFIX.test(last) &&
    !ADDRESSED_OFFICES.has(nameKeyOf(last))
  )
    nameStart = words.length - 1;
  // "Alexander Hamilton", "Barbara Jordan": a place word after a given name is a surname ("Hamilton" is Bermuda's capital).
  if (nameStart === words.length && words.length > 1 && placeSurname(words[words.length - 1] ?? '', words[words.length - 2] ?? '')) nameStart = words.length - 2;
  // "Secretary of Labor Arthur Goldberg", "Court of Appeals": the word after "of" completes the title.
  if (nameStart > 0 && nameStart < words.length && words[nameStart - 1] === 'of') nameStart++;
  // A title of everyday words the title list lacks: "Pirate Manager Danny Murtaugh", "Symphony Conductor Pfohl".
  nameStart += untitledNameStart(words.slice(nameStart));
  // "Missouri's Clarence Cannon", "Bruckner's Eighth", "Jehovah's Witnesses": a possessive alone before the name is
  // its owner, no title ("France's Foreign Minister Paul Morel" keeps its title; what "Eighth" is, the caller says).
  const title = words.slice(0, nameStart);
  if (title.length > 0 && title.every((word) => POSSESSIVE_SUFFIX.test(word))) return { title: '', name: words.slice(nameStart).join(' '), owner: title.join(' ') };
  // A lone trailing name after titles ("President Ruiz") or a whole name ("Ruth Perry").
  return { title: title.join(' '), name: words.slice(nameStart).join(' ') };
}

/**
 * Where the name starts in a capitalised run that no listed title word opens: at the first given
 * name or initial that follows a word of another kind ("Emcee Jack Herbert", "Boston Red Sox
 * Outfielder Jackie Jensen", "Sheriff W. H. Forsyth"), so long as only given names, initials and
 * words that are no everyday English follow it up to the surname. Without one, a surname after an
 * everyday noun ("Leatherneck Shoup", "Symphony Conductor Pfohl") stands alone. A run made only of
 * given names and a surname ("Mary Ann Marella", "John F. Kennedy") is a whole name.
 */
function untitledNameStart(words: readonly string[]): number {
  if (words.length < 2) return 0;
  const last = words.length - 1;
  for (let start = 1; start < last; start++) {
    if (!givenOrInitial(words[start] ?? '') || !roleWord(words[start - 1] ?? '')) continue;
    if (words.slice(start + 1, last).every((word) => givenOrInitial(word) || !isWordNetWord(word.toLowerCase()))) return start;
  }
  if (roleWord(words[last - 1] ?? '') && !givenOrInitial(words[0] ?? '') && !isWordNetWord((words[last] ?? '').toLowerCase())) return last;
  return 0;
}

// Module functions, not closures made on every call (the build wraps each closure it names in a defineProperty call).
function givenOrInitial(word: string): boolean {
  return isGivenName(word) || INITIAL.test(word);
}

/** The word before the name is a role, a party or a trade: an everyday noun that is nobody's name ("Paine" is). */
function roleWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "our internationalist One Worlders": a number or function word is no role ("one" is also a noun in WordNet).
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word) && !STOP_WORDS.has(lower) && !SMALL_NUMBER_WORDS.includes(lower) && isEverydayNoun(lower);
}

/** A place word that is a surname after the given name or initial before it: no title list names it, and the word before is no place. */
function placeSurname(word: string, before: string): boolean {
  return isPlaceWord(word) && !TITLE_WORDS.has(word.toLowerCase()) && !POSSESSIVE_SUFFIX.test(word) && givenOrInitial(before) && !isPlaceWord(before);
}

/** An initial: "W.", "H". */
const INITIAL = /^\p{Lu}\.?$/u;

/** Tokens that describe a person's role and country, folded so descriptions can be compared. */
export function descriptionKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,]+/)) {
    const word = raw.replace(/'s$/, '').replace(/[^\p{L}.]/gu, '');
    if (!word || GENERIC_DESCRIPTION_WORDS.has(word)) continue;
    const place = placeKey(word);
    keys.add(place ?? word);
    for (const equivalent of ROLE_EQUIVALENTS[word] ?? []) keys.add(equivalent);
  }
  return keys;
}

/** Whether a description key is a country key (descriptionKeys folds country words to one). */
export function placeOfKey(key: string): boolean {
  return PLACE_KEY_VALUES.has(key);
}

const PLACE_KEY_VALUES: ReadonlySet<string> = new Set(Object.values(PLACE_KEYS));

/**
 * The role a title or description names, with its equivalents: its last word, or the word before
 * "of" ("Secretary of State" → secretary; "the top French diplomat" → diplomat, minister, secretary …).
 */
export function roleHeadKeys(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/'s$/, '').replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  return new Set([head, ...(ROLE_EQUIVALENTS[head] ?? [])]);
}

/** The lower-case and possessive words news puts before a capitalised title ("Brazil’s acting President …"). */
export const TITLE_QUALIFIER_AT_END =
  /(?:^|\s)(?<possessive>\p{Lu}[\p{L}\p{M}.-]*['’]s\s+)?(?<words>(?:(?:acting|former|interim|deputy|outgoing|then|top|chief|senior|embattled|ousted)\s+)+)$/u;

/** Capitalised word runs, allowing "of" inside ("Secretary of State") and hyphenated names ("Ki-moon"). */
export const CAPITALISED_NAME_RUN = /\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)*/gu;

/** The "says"/"said" around a title cue ("said the top French diplomat"), leaving the description. */
export const SAYS_AROUND_CUE = /^(says|said)\s+|\s+(says|said)$/gi;

/** A leading "the" and the space after it. */
export const LEADING_THE = /^the\s+/i;

/** A leading "the " in a folded name key (lower case, single spaces). */
export const THE_IN_KEY = /^the /;

/** The possessive ending of a word ("Brazil's", "Brazil’s"). */
export const POSSESSIVE_SUFFIX = /['’]s$/;
