import { COLON_TAG_CLAUSE } from '../lang/en/communicationVerbs.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { communicationTag, type Resolve } from './mannerTag.ts';

/**
 * "In New York, Lydia Maria Child welcomed him enthusiastically: “…”": a clause of a subject and a verb
 * of speaking the speech-verb list lacks, a few words of object and manner after it, ended by the colon
 * that opens the quote (or the quoted paragraphs after it). Only a verb WordNet files under communication
 * ("welcomed", "greeted", "cabled"), right after its subject: "she listened to X describe her:" is no tag
 * of hers. `clause` is the text from the last clause break to the colon.
 */
export function colonTag(clause: string, resolve: Resolve): SubjectMatch | null {
  const tag = communicationTag(COLON_TAG_CLAUSE, clause, resolve);
  return tag ? { ...tag.resolved, phrase: clause.trim() } : null;
}
