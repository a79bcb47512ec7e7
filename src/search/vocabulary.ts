import { isEnglishWord } from '../lang/en/spelling.ts';
import { tokenize, toTerm } from './terms.ts';

export interface PlainVocabulary {
  words: string[];
  counts: number[];
  terms: string[];
}

/**
 * The words of the corpus as written (lower-cased), with counts: typos are corrected against real
 * words ("goverment" → "government"), not stems, and suggestions show words readers recognise.
 */
export class Vocabulary {
  private readonly wordCounts = new Map<string, number>();
  private readonly terms = new Set<string>();
  private lengthBuckets: Map<number, string[]> | null = null;
  private stemBuckets: Map<number, string[]> | null = null;
  private initialBuckets: Map<string, string[]> | null = null;

  add(text: string): void {
    for (const token of tokenize(text)) {
      const term = toTerm(token);
      if (!term || term.length < 3 || /^\d/.test(term)) continue;
      this.terms.add(term);
      const word = token.toLowerCase().replace(/[’']s$/, '');
      this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1);
    }
    this.lengthBuckets = null;
    this.stemBuckets = null;
    this.initialBuckets = null;
  }

  /** The words with their counts in first-seen order, and the terms: what a shared index saves (src/postgres). */
  toPlain(): PlainVocabulary {
    return { words: [...this.wordCounts.keys()], counts: [...this.wordCounts.values()], terms: [...this.terms] };
  }

  /** A vocabulary as toPlain saved it: the same words, counts and order, so corrections come out the same. */
  static fromPlain(plain: PlainVocabulary): Vocabulary {
    const vocabulary = new Vocabulary();
    plain.words.forEach((word, at) => vocabulary.wordCounts.set(word, plain.counts[at] ?? 0));
    for (const term of plain.terms) vocabulary.terms.add(term);
    return vocabulary;
  }

  /** Whether an index term (a stem) occurs in the corpus. */
  has(term: string): boolean {
    return this.terms.has(term);
  }

  /**
   * Words of the corpus within a small edit distance of a query word, closest and most frequent first.
   * When no written word is close, a stem that is an English word ("complian" → "complain", which the
   * articles write only as "complained").
   */
  closeWords(word: string, limit: number): string[] {
    const typed = word.toLowerCase();
    if (typed.length < 3) return [];
    const maxDistance = typed.length >= 9 ? 2 : 1;
    const found: Array<{ word: string; distance: number; count: number }> = [];
    const byLength = this.wordsByLength();
    for (let length = typed.length - maxDistance; length <= typed.length + maxDistance; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(typed, candidate, maxDistance);
        if (distance === 0 || distance > maxDistance) continue;
        found.push({ word: candidate, distance, count: this.wordCounts.get(candidate) ?? 0 });
      }
    }
    if (found.length === 0) {
      const stemsByLength = this.stemsByLength();
      for (let length = typed.length - maxDistance; length <= typed.length + maxDistance; length++) {
        for (const term of stemsByLength.get(length) ?? []) {
          const distance = editDistance(typed, term, maxDistance);
          if (distance > 0 && distance <= maxDistance && isEnglishWord(term)) found.push({ word: term, distance, count: 0 });
        }
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.count - a.count)
      .slice(0, limit)
      .map((entry) => entry.word);
  }

  /**
   * Whether the corpus writes a word within `maxDistance` edits of `word` that starts with the same
   * letter (a misspelling seldom changes the first): a fraction of closeWords' work, cheap enough to
   * ask of a word no dictionary knows (coinedWords.ts).
   */
  hasNearWord(word: string, maxDistance: number): boolean {
    const typed = word.toLowerCase();
    const buckets = this.wordsByInitial();
    for (let length = typed.length - maxDistance; length <= typed.length + maxDistance; length++) {
      for (const candidate of buckets.get(`${typed.charAt(0)}${length}`) ?? []) if (editDistance(typed, candidate, maxDistance) <= maxDistance) return true;
    }
    return false;
  }

  /** Words grouped by first letter and length on first use. */
  private wordsByInitial(): Map<string, string[]> {
    if (!this.initialBuckets) {
      this.initialBuckets = new Map();
      for (const word of this.wordCounts.keys()) {
        const key = `${word.charAt(0)}${word.length}`;
        const bucket = this.initialBuckets.get(key);
        if (bucket) bucket.push(word);
        else this.initialBuckets.set(key, [word]);
      }
    }
    return this.initialBuckets;
  }

  /** The stems that are no written word ("complain" of "complained"), grouped by length on first use: the words were compared already. */
  private stemsByLength(): Map<number, string[]> {
    if (!this.stemBuckets) {
      this.stemBuckets = new Map();
      for (const term of this.terms) {
        if (this.wordCounts.has(term)) continue;
        const bucket = this.stemBuckets.get(term.length);
        if (bucket) bucket.push(term);
        else this.stemBuckets.set(term.length, [term]);
      }
    }
    return this.stemBuckets;
  }

  /** Words grouped by length on first use: a typo is only compared with words of a near length. */
  private wordsByLength(): Map<number, string[]> {
    if (!this.lengthBuckets) {
      this.lengthBuckets = new Map();
      for (const word of this.wordCounts.keys()) {
        const bucket = this.lengthBuckets.get(word.length);
        if (bucket) bucket.push(word);
        else this.lengthBuckets.set(word.length, [word]);
      }
    }
    return this.lengthBuckets;
  }
}

// Three rolling rows reused across calls: comparing a typo with tens of thousands of words must not allocate.
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

/** Damerau–Levenshtein (optimal string alignment) with an early exit once every cell exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rowCurrent.length < cols) {
    rowBefore = new Int32Array(cols * 2);
    rowPrevious = new Int32Array(cols * 2);
    rowCurrent = new Int32Array(cols * 2);
  }
  for (let j = 0; j < cols; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((rowPrevious[j] ?? 0) + 1, (rowCurrent[j - 1] ?? 0) + 1, (rowPrevious[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, (rowBefore[j - 2] ?? 0) + 1);
      rowCurrent[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  return rowPrevious[cols - 1] ?? max + 1;
}
