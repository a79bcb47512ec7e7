import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
import { GRAMMAR_OPENERS } from './grammarWords.ts';

// The package's typings describe its default export in a way NodeNext resolution misreads; its CommonJS entry is the plain array.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

/**
 * English words about people in news: country words folded to one key, title and role words,
 * pronouns, gendered honorifics and first names, and the function words that open a sentence
 * before a name. Used by src/nlp/ to find, describe and resolve people.
 */

/**
 * Country words folded to one key, so "French", "France's" and "France" describe the same thing:
 * every country's common and official name, other spellings, English demonyms (and their plurals)
 * and capital, from the world-countries data set, plus the blocs news names like countries.
 */
/** Unions of countries that news names like one. */
const BLOCS: Record<string, string> = {
  un: 'un',
  eu: 'eu',
  european: 'eu',
  europe: 'eu',
  europeans: 'eu',
  nato: 'nato',
  america: 'us',
  americans: 'us',
  britain: 'gb',
  british: 'gb',
  uk: 'gb',
  us: 'us',
  usa: 'us',
};

export const PLACE_KEYS: Readonly<Record<string, string>> = buildPlaceKeys();

function buildPlaceKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  const add = (word: string | undefined, key: string): void => {
    const folded = word?.toLowerCase().replace(/\./g, '').trim();
    if (folded && !/\s/.test(folded) && !(folded in keys)) keys[folded] = key;
  };
  for (const country of countries) {
    const key = country.cca2.toLowerCase();
    add(country.name.common, key);
    add(country.name.official, key);
    // Two- and three-letter codes would make "in", "it", "me" places: only the few news writes are in BLOCS.
    for (const spelling of country.altSpellings) if (spelling.replace(/\./g, '').length > 3) add(spelling, key);
    for (const capital of country.capital) add(capital, key);
    const demonym = country.demonyms['eng'];
    for (const form of [demonym?.m, demonym?.f]) {
      add(form, key);
      if (form) add(`${form}s`, key);
    }
  }
  for (const [word, key] of Object.entries(BLOCS)) keys[word] = key;
  return keys;
}

/** Words that make up titles and roles rather than names. */
export const TITLE_WORDS = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'secretary',
  'state',
  'of',
  'general',
  'acting',
  'deputy',
  'chief',
  'senior',
  'former',
  'chancellor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'gov.',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'leader',
  'king',
  'queen',
  'prince',
  'pope',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'sir',
  'lord',
  'coach',
  'mr',
  'mrs',
  'ms',
  // Honorifics of women: "Miss Upton" is Upton, a woman, as "Mrs. Black" is Black.
  'miss',
  'mme',
  'mme.',
  'madame',
  'mlle',
  'mlle.',
  'dr',
  'rev.',
  'gov',
  'sen',
  'premier',
  'chairman',
  'chairwoman',
  'director',
  'commander',
  'captain',
  'colonel',
  'lieutenant',
  'sergeant',
  'admiral',
  'corporal',
  'professor',
  'bishop',
  'cardinal',
  'detective',
  'inspector',
  'superintendent',
  'head',
  'official',
  'top',
  'the',
  'diplomat',
  'counterpart',
  'attorney',
  'justice',
  'judge',
  'speaker',
  'house',
  'senate',
  'congressman',
  'congresswoman',
  'and',
  'for',
  'affairs',
  'national',
  'security',
  'adviser',
  'advisor',
  'press',
  'white',
]);

/** Roles that mean the same job under other names: "the top French diplomat" is the secretary of state. */
export const ROLE_EQUIVALENTS: Record<string, string[]> = {
  diplomat: ['foreign', 'minister', 'secretary', 'state', 'ambassador', 'envoy'],
  foreign: ['diplomat'],
  envoy: ['ambassador', 'diplomat'],
  leader: ['president', 'prime', 'premier', 'chancellor', 'king'],
  premier: ['prime', 'minister'],
};

export const GENERIC_DESCRIPTION_WORDS = new Set(['the', 'top', 'of', 'his', 'her', 'their', 'its', 'a', 'an', 'and', 'former', 'senior', 'official', 'counterpart']);

export const PRONOUNS = new Set(['he', 'she', 'they']);

/** The gender a subject pronoun names; "they" names none, and no single speaker either. */
export const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** A word and a contracted verb after it: "I'm", "He'd", "It's" (never "O'Neill"); the word is group 1. */
export const PRONOUN_CONTRACTION = /^(\p{L}+)['’](?:m|d|ll|ve|re|s)$/u;

export const LEADING_FUNCTION_WORDS = new Set([
  ...GRAMMAR_OPENERS,
  'to',
  'of',
  'by',
  'according',
  'but',
  'yet',
  'the',
  'a',
  'an',
  'when',
  'after',
  'before',
  'in',
  'on',
  'so',
  'and',
  'if',
  'since',
  'then',
  'meanwhile',
  'however',
  'this',
  'that',
  'these',
  'those',
  'while',
  'as',
  // "Although Pearson disbelieved …", "Later Helion wrote of this phase:": a conjunction or an adverb of time.
  'although',
  'though',
  'whereas',
  'because',
  'unless',
  'later',
  'at',
  'for',
  'with',
  'by',
  'from',
  'it',
  'we',
  'i',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'our',
  'there',
  'what',
  'why',
  'who',
  'how',
  'where',
  'neither',
  'nor',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...MONTH_NAMES.map((month) => month.slice(0, 3)),
]);

export const FEMALE_WORDS = new Set([
  'mrs',
  'miss',
  'ms',
  'mme',
  'madame',
  'queen',
  'princess',
  'lady',
  'duchess',
  'dame',
  'sister',
  'congresswoman',
  'chairwoman',
  'spokeswoman',
  'businesswoman',
  'actress',
  'baroness',
  'countess',
]);
export const MALE_WORDS = new Set(['mr', 'sir', 'king', 'prince', 'lord', 'duke', 'father', 'brother', 'congressman', 'chairman', 'spokesman', 'businessman', 'baron', 'count']);

/** The gender an honorific or gendered title tells ("mrs" → female, "chairman" → male); the word in lower case, without its full stop. */
export function genderOfWord(word: string): 'male' | 'female' | null {
  return FEMALE_WORDS.has(word) ? 'female' : MALE_WORDS.has(word) ? 'male' : null;
}

/** The gender some words tell together: female if any word says so, else male if any does. */
export function genderOfWords(words: readonly string[]): 'male' | 'female' | null {
  return words.some((word) => genderOfWord(word) === 'female') ? 'female' : words.some((word) => genderOfWord(word) === 'male') ? 'male' : null;
}

/**
 * Words that may stand between a subject and its speech verb ("Perry has since said", "he later added", "Mrs. Child, who had
 * once apologized …, now confided that …", "Doctors now say that …"): auxiliaries and adverbs of time and frequency, a closed
 * list ("flatly", "unquestionably" are not: "bombers would unquestionably assure"; nor "first": "when Mel Chandler first
 * reported to the regiment").
 */
export const ADVERBS_BEFORE_SPEECH_VERB: readonly string[] = [
  ...`has have had also then however meanwhile afterward afterwards later earlier again anew simultaneously previously once already
    repeatedly reportedly just still would will today yesterday now recently often frequently usually sometimes soon subsequently immediately promptly publicly privately
    formally officially finally originally always`.split(/\s+/),
  'has since',
];

/** Role nouns that end a description of a person ("the top French diplomat", "his spokesman"). */
export const ROLE_NOUNS: readonly string[] = [
  'minister',
  'diplomat',
  'secretary',
  'president',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'leader',
  'ambassador',
  'envoy',
  'chief',
  'head',
  'governor',
  'mayor',
  'senator',
  'general',
  'commander',
  'adviser',
  'advisor',
  'premier',
  'chancellor',
  'counterpart',
  'director',
  'chairman',
  'chairwoman',
  'prosecutor',
  'judge',
  'lawyer',
  'attorney',
  'officer',
  'analyst',
  'expert',
  'aide',
];

/** Capitalised single words that are bodies, not people, when they "say" something. */
export const INSTITUTION_WORDS: readonly string[] = [
  'police',
  'congress',
  'parliament',
  'pentagon',
  'senate',
  'court',
  'government',
  'ministry',
  'army',
  'navy',
  'nato',
  'un',
  'eu',
  'officials',
  'authorities',
  'prosecutors',
  'hospital',
  'university',
  'council',
  'committee',
  'company',
  'state',
  'city',
  'county',
  'department',
  'agency',
  'administration',
  'reuters',
  'ap',
  'afp',
  'tass',
  'interfax',
];

/** A lower-case article right before a capitalised run: "the Masters", "a Ford" name things, not people. */
export const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s+$/;

/** Honorifics of a married woman, who goes by her husband's surname: "Mrs. Borden" is seldom a daughter the text calls "Lizzie". */
export const MARRIED_WOMAN_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'mme', 'madame']);

/** Honorifics of an unmarried woman: "Miss Borden" is no "Mrs. Borden". */
export const UNMARRIED_WOMAN_HONORIFICS: ReadonlySet<string> = new Set(['miss', 'mlle']);

/**
 * Offices a speaker addresses by honorific alone ("Mr. President", "Madam Secretary", "Mr. Speaker"): after
 * "Mr." such a word is the office, not a surname as "King" is in "Mrs. King".
 */
export const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(
  'president vice-president speaker chairman chairwoman chairperson secretary mayor ambassador commissioner justice minister governor senator chancellor premier director chief attorney prosecutor counsel clerk foreman moderator'.split(
    ' ',
  ),
);

/** Honorifics that say only a person's gender ("Mr.", "Mrs.", "Miss"): a name always written with one is never bare. */
export const GENDER_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'miss', 'ms', 'mme', 'madame', 'mlle']);
