/**
 * English abbreviations that decide where a sentence may end. One list for the sentence splitter
 * (a title before a name never ends a sentence: "…with Atty. Gen. J. Joseph Nugent") and for
 * search terms (a reader who asks about a "governor" means the "Gov." of the text).
 */

import { MONTH_NAMES, monthAbbreviations } from './calendar.ts';

/** Abbreviated titles and name prefixes, written before a name; each stands for the full word. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mr: 'mister',
  mrs: 'missus',
  messrs: 'messieurs',
  mmes: 'mesdames',
  ms: 'ms',
  dr: 'doctor',
  drs: 'doctors',
  atty: 'attorney',
  gen: 'general',
  sen: 'senator',
  sens: 'senators',
  rep: 'representative',
  reps: 'representatives',
  gov: 'governor',
  lt: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  cmdr: 'commander',
  maj: 'major',
  sgt: 'sergeant',
  pfc: 'private',
  cpl: 'corporal',
  pvt: 'private',
  adm: 'admiral',
  gens: 'generals',
  rev: 'reverend',
  msgr: 'monsignor',
  fr: 'father',
  supt: 'superintendent',
  prof: 'professor',
  hon: 'honorable',
  pres: 'president',
  insp: 'inspector',
  det: 'detective',
  st: 'saint',
  mt: 'mount',
  ft: 'fort',
  sec: 'secretary',
  asst: 'assistant',
  dist: 'district',
  ald: 'alderman',
  comr: 'commissioner',
  judg: 'judge',
};

/** Abbreviated months: they end a sentence only without a day after them ("on Jan. 5"). "May" is never abbreviated. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  MONTH_NAMES.filter((month) => month !== 'may').flatMap((month) => monthAbbreviations(month).map((short) => [short, month])),
);

/** Abbreviated words of institutions and addresses ("Public Works Dept.", "Georgia-Pacific Corp."). */
export const WORD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  dept: 'department',
  depts: 'departments',
  govt: 'government',
  assn: 'association',
  natl: 'national',
  intl: 'international',
  univ: 'university',
  mfg: 'manufacturing',
  bros: 'brothers',
  co: 'company',
  corp: 'corporation',
  inc: 'incorporated',
  ltd: 'limited',
  yr: 'year',
  yrs: 'years',
  mo: 'month',
  mos: 'months',
  wk: 'week',
  wks: 'weeks',
  ave: 'avenue',
  av: 'avenue',
  blvd: 'boulevard',
  hwy: 'highway',
  dist: 'district',
  admin: 'administration',
};

/**
 * Abbreviations written out for search: a reader asks about the "governor" or "September", the text
 * says "Gov." and "Sept.". Only abbreviations with one reading: "St." (saint or street), "Ft." (fort
 * or feet) and "Sec." (secretary or second) are left as written.
 */
export const FOLDED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...WORD_ABBREVIATIONS }).filter(
    ([short]) => !['st', 'ft', 'sec', 'fr', 'ms', 'mr', 'mrs', 'messrs', 'mmes', 'mar', 'dec', 'col', 'det'].includes(short),
  ),
);

/**
 * Capitalised abbreviations of a country and of two unions, each read as one search token: "US" and
 * "U.S." are the country (never the word "us"), "UN" and "EU" the organisations.
 */
export const CAPITALISED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['US', 'usa'],
  ['U.S.', 'usa'],
  ['U.S', 'usa'],
  ['USA', 'usa'],
  ['UN', 'un_org'],
  ['U.N.', 'un_org'],
  ['EU', 'eu_org'],
  ['E.U.', 'eu_org'],
]);

/**
 * "the us", "the un", "the eu" typed in lower case: after "the", "us" is never the pronoun, so it is the
 * country (and "un", "eu" the organisations). Returns the text with them written as capitals.
 */
export function capitaliseAfterArticle(text: string): string {
  return text.replace(/\b(the\s+)(us|usa|un|eu)\b/gi, (_whole, article: string, short: string) => `${article}${short.toUpperCase()}`);
}

/** Abbreviations written before a number: "No. 3", "Vol. 2", "pp. 10". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'pp', 'p', 'art', 'fig', 'ch', 'sec', 'ext']);

/**
 * Whether a sentence break right after `before` (the text up to the break) and before `after` is
 * wrong because `before` ends with an abbreviation that cannot end a sentence there.
 */
export function abbreviationHoldsSentence(before: string, after: string): boolean {
  const last = /(?:^|[\s(“"‘'—])([\p{L}.]+)\.[)”"’']*$/u.exec(before.trimEnd())?.[1];
  if (!last) return false;
  const word = last.toLowerCase();
  const next = after.trimStart();
  // A single initial ("J. Joseph Nugent", "Harry S. Truman") is part of a name.
  if (/^\p{Lu}$/u.test(last)) return true;
  if (Object.hasOwn(TITLE_ABBREVIATIONS, word)) return true;
  if (Object.hasOwn(MONTH_ABBREVIATIONS, word) && /^\d/.test(next)) return true;
  if (BEFORE_NUMBER.has(word) && /^\d/.test(next)) return true;
  return false;
}
