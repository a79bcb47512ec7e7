import { PASSIVE_SAYING } from '../lang/en/attributionPatterns.ts';
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
  for (const match of between.matchAll(PASSIVE_SAYING)) {
    const verb = match.groups?.verb ?? match.groups?.participle ?? '';
    if (!(isSpeechVerb(verb) || isSayingVerb(verb))) continue;
    if (!match.groups?.pronoun) return null;
  }
  return found;
}
