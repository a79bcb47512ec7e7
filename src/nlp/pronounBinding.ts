import type { ExtractedQuote } from './attributionTypes.ts';

/**
 * "He tentatively suggested that O'Banion should take a percentage …": a pronoun reporting a statement never stands
 * for a person the statement itself names by surname alone — the writer would have put "that he should take". The quote is
 * left unattributed rather than given to the one it names (who is most likely spoken about, by somebody else).
 */
export function namesItsOwnSpeaker(quote: ExtractedQuote): boolean {
  if (quote.method !== 'pronoun' || quote.kind !== 'reported' || quote.speaker?.kind !== 'person') return false;
  const surname = quote.speaker.name.split(/\s+/).pop() ?? '';
  if (surname.length < 2) return false;
  // Only what follows the pronoun is what it reports: "When I talked to Ching about it, he said, …" names him first.
  const pronounAt = quote.text.search(/\b(?:[Hh]e|[Ss]he)\b/u);
  const reported = pronounAt >= 0 ? quote.text.slice(pronounAt) : quote.text;
  // The surname alone, after a word in lower case: "Mrs. Borden" or "Charles Smith" may be another of the family.
  const words = reported.split(/[^\p{L}\p{M}.'’-]+/u).map((word) => word.replace(/['’]s$/u, ''));
  return words.some((word, index) => word === surname && index > 0 && /^\p{Ll}/u.test(words[index - 1] ?? ''));
}
