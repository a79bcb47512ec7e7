import { isSayingVerb } from '../lang/en/communicationVerbs.ts';
import { isSpeechVerb } from '../lang/en/speechVerbs.ts';
import type { SubjectMatch } from './attributionTypes.ts';

/**
 * A verb of saying standing between a speaker's verb and the quote, in the passive: "Cattle drove to the northern
 * ranges and held for two winters … were said to be “double wintered”", "…, says Pasley, “…”, but which henceforth
 * was marked by these ostentatious gatherings, denounced by a clergyman as “Belshazzar feasts”". The words are
 * those of whoever the passive leaves unnamed (or of its agent), never the earlier speaker's. A passive whose
 * subject is a pronoun ("Smith said he was told that “…”") is most often the speaker's own report and keeps it.
 */
export function passiveBetween<T extends SubjectMatch>(found: T | null, masked: string, quoteOpen: number): T | null {
  if (!found || !('verbEnd' in found) || typeof found.verbEnd !== 'number') return found;
  const between = masked.slice(found.verbEnd, quoteOpen);
  for (const match of between.matchAll(PASSIVE)) {
    const verb = match.groups?.verb ?? match.groups?.participle ?? '';
    if (!(isSpeechVerb(verb) || isSayingVerb(verb))) continue;
    if (!match.groups?.pronoun) return null;
  }
  return found;
}

/**
 * A passive verb form: after a form of "be" ("were said", "he was told": the pronoun kept), or a participle
 * with its agent ("denounced by").
 */
const PASSIVE = /\b(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:\p{Ll}+\s+)?)?(?:was|were|is|are|be|been|being)\s+(?<verb>\p{Ll}+)|\b(?<participle>\p{Ll}+ed)\s+by\b/gu;
