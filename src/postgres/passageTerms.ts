import { byArticleInReadingOrder } from '../domain/readingOrder.ts';
import type { Passage, Speaker } from '../domain/types.ts';
import { tokenize, toTerms } from '../search/terms.ts';

/**
 * A passage's terms by field, analysed exactly as the embedded minisearch index analyses them
 * (src/search/terms.ts), so both backends match a question on the same words: the sentence, and
 * the names and aliases of the speakers quoted in it (so "what did X say" finds "he said").
 * The lengths are minisearch's field lengths (distinct raw tokens), which BM25 normalises by.
 */
export interface PassageTerms {
  text: string[];
  speakers: string[];
  textLength: number;
  speakersLength: number;
}

export function passageTerms(passage: Passage, aliasesByName: ReadonlyMap<string, readonly string[]>): PassageTerms {
  const speakers = passage.speakerNames.flatMap((name) => aliasesByName.get(name) ?? [name]).join(' ; ');
  return { text: toTerms(passage.text), speakers: toTerms(speakers), textLength: new Set(tokenize(passage.text)).size, speakersLength: new Set(tokenize(speakers)).size };
}

/** Every name a speaker goes by, by canonical name: what the speakers field of a passage holds. */
export function aliasesByName(speakers: readonly Speaker[]): Map<string, string[]> {
  return new Map(speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]]));
}

/**
 * A field's average length as minisearch keeps it: updated passage by passage in index order with
 * the same arithmetic, so BM25 sees the same number to the last bit.
 */
export class RunningAverage {
  private average = 0;
  private count = 0;

  add(length: number): void {
    const total = this.average * this.count + length;
    this.average = total / (this.count + 1);
    this.count++;
  }

  get value(): number {
    return this.average;
  }
}

/** Each passage's place in its article's reading order (0-based), so a window's neighbours are one query away. */
export function articleOrder(passages: Iterable<Passage>): Map<string, number> {
  const order = new Map<string, number>();
  for (const list of byArticleInReadingOrder(passages).values()) list.forEach((passage, at) => order.set(passage.id, at));
  return order;
}
