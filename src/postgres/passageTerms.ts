import type { Passage, Speaker } from '../domain/types.ts';
import { toTerms } from '../search/terms.ts';

/**
 * A passage's terms by field, analysed exactly as the embedded minisearch index analyses them
 * (src/search/terms.ts), so both backends match a question on the same words: the sentence, and
 * the names and aliases of the speakers quoted in it (so "what did X say" finds "he said").
 */
export interface PassageTerms {
  text: string[];
  speakers: string[];
}

export function passageTerms(passage: Passage, aliasesByName: ReadonlyMap<string, readonly string[]>): PassageTerms {
  const speakers = passage.speakerNames.flatMap((name) => aliasesByName.get(name) ?? [name]);
  return { text: toTerms(passage.text), speakers: toTerms(speakers.join(' ; ')) };
}

/** Every name a speaker goes by, by canonical name: what the speakers field of a passage holds. */
export function aliasesByName(speakers: readonly Speaker[]): Map<string, string[]> {
  return new Map(speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]]));
}
