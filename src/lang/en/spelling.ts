import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';

/**
 * Whether a word is real English, checked against a real spelling dictionary (Hunspell's en_US from
 * `dictionary-en`, read by `nspell`), so typo correction only touches non-words: "live", "planes"
 * and "raid" are words even when no article has them. Building the checker takes most of a second,
 * so it is built on the first word the corpus lacks (or ahead of time by `prepareSpelling`), once
 * per process.
 */

let checker: ReturnType<typeof nspell> | null = null;

function spelling(): ReturnType<typeof nspell> {
  if (!checker) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('dictionary-en'));
    checker = nspell({ aff: readFileSync(path.join(dir, 'index.aff')), dic: readFileSync(path.join(dir, 'index.dic')) });
  }
  return checker;
}

const known = new Map<string, boolean>();
const KNOWN_LIMIT = 50_000;

/**
 * Whether `word` is spelled as an English word or name: as typed, in lower case or capitalised
 * ("lisbon" is the name "Lisbon"). Only letters, apostrophes and hyphens are checked; each part of a
 * hyphenated word must be a word.
 */
export function isEnglishWord(word: string): boolean {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const parts = word.split('-').filter(Boolean);
  const result = parts.length > 0 && parts.every((part) => isWordPart(part));
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(word, result);
  return result;
}

function isWordPart(part: string): boolean {
  if (!/^[\p{L}'’]+$/u.test(part)) return false;
  const plain = part.replace(/’/g, "'");
  const lower = plain.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const checker = spelling();
  return checker.correct(plain) || checker.correct(lower) || checker.correct(capitalised) || checker.correct(plain.toUpperCase());
}

/** Builds the dictionary now, so the first misspelt question does not wait for it. */
export function prepareSpelling(): void {
  spelling();
}

/** British and American spellings: "recognise" ↔ "recognize", "organisation" ↔ "organization". */
export function spellingVariant(word: string): string | null {
  const lower = word.toLowerCase();
  const swapped = lower.replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1');
  if (swapped !== lower) return swapped;
  const back = lower.replace(/(?<=\p{L}{2})iz(e|es|ed|ing|ation|ations)$/u, 'is$1');
  return back !== lower ? back : null;
}

/**
 * Whether a string of letters could be said as an English word: it has a vowel (or "y") and no letter
 * three times running. "chatgpt" and "zelensky" could; a keyboard mash ("zzzqqq", "sdfghj") could not.
 */
export function isPronounceable(word: string): boolean {
  return /[aeiouy]/i.test(word) && !/(\p{L})\1\1/iu.test(word);
}
