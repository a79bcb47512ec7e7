import { tokenize, toTerm } from './terms.ts';

/**
 * Index terms mapped back to the word readers wrote most often for them ("invad" → "invade"),
 * so suggestions show words, not stems.
 */
export class Vocabulary {
  private readonly surfaceCounts = new Map<string, Map<string, number>>();

  add(text: string): void {
    for (const token of tokenize(text)) {
      const term = toTerm(token);
      if (!term || term.length < 3 || /^\d/.test(term)) continue;
      const surface = token.toLowerCase().replace(/[’']s$/, '');
      let counts = this.surfaceCounts.get(term);
      if (!counts) this.surfaceCounts.set(term, (counts = new Map()));
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
    }
  }

  has(term: string): boolean {
    return this.surfaceCounts.has(term);
  }

  /** Words of the corpus within a small edit distance of a query word, most frequent first. */
  closeWords(word: string, limit: number): string[] {
    const term = toTerm(word);
    if (!term || term.length < 3) return [];
    const maxDistance = term.length >= 9 ? 2 : 1;
    const found: Array<{ word: string; distance: number; count: number }> = [];
    for (const [candidate, counts] of this.surfaceCounts) {
      if (Math.abs(candidate.length - term.length) > maxDistance) continue;
      const distance = editDistance(term, candidate, maxDistance);
      if (distance > maxDistance) continue;
      let best = '';
      let total = 0;
      let bestCount = 0;
      for (const [surface, count] of counts) {
        total += count;
        if (count > bestCount) [best, bestCount] = [surface, count];
      }
      found.push({ word: best, distance, count: total });
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.count - a.count)
      .slice(0, limit)
      .map((entry) => entry.word);
  }
}

/** Damerau–Levenshtein (optimal string alignment) with an early exit past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    const row = table[i] ?? [];
    const previous = table[i - 1] ?? [];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (table[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return table[rows - 1]?.[cols - 1] ?? Infinity;
}
