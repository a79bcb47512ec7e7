import type { Passage } from '../domain/types.ts';
import { relatedWords } from '../lang/en/wordnet.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { toTerm, toTerms } from './terms.ts';

/**
 * Which of the question's words name who or what it is about, and which say what is asked about
 * them. "how tall is nick skorich": the articles name Nick Skorich, and a passage about him that says
 * nothing of "tall" does not answer. A name is a word the articles write capitalised inside a
 * sentence (read from the candidate passages' own text, so any index backend can supply it); a
 * number is as specific as a name.
 */
export function nameTerms(words: readonly QuestionWord[], passages: Iterable<Passage>): Set<string> {
  const terms = new Set(words.map((word) => word.term));
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const passage of passages) {
    const raw = passage.text.split(/\s+/);
    for (let at = 1; at < raw.length; at++) {
      // The first word of a sentence, or of a quote, is capitalised whatever it is.
      if (/[.!?:"“”‘—]$/.test(raw[at - 1] ?? '')) continue;
      const token = (raw[at] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const term = token ? toTerm(token) : null;
      if (!term || !terms.has(term)) continue;
      const counts = /^\p{Lu}/u.test(token) ? capitalised : lower;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return new Set([...terms].filter((term) => /^\d/.test(term) || (capitalised.get(term) ?? 0) > (lower.get(term) ?? 0)));
}

/** The words that say what is asked: not names, and informative or everyday words the articles lack ("tall"). */
export function askedWords(words: readonly QuestionWord[], names: ReadonlySet<string>): QuestionWord[] {
  return words.filter((word) => isAskable(word) && !names.has(word.term));
}

/** Informative words the articles have, and everyday words they lack (framing words and non-words are neither). */
export function isAskable(word: QuestionWord): boolean {
  return (word.inCorpus && !word.framing && word.weight > 0) || word.absentEveryday;
}

/**
 * Whether the sentences hold one of `wanted` (by index term, as `found` already knows), or a word
 * WordNet relates to it ("marriage" for "wedding"): read from the sentences' text, since the index
 * searched related words only when no passage had all the question's words.
 */
export function holdsAnyOf(wanted: readonly QuestionWord[], found: ReadonlySet<string>, sentences: readonly Passage[]): boolean {
  if (wanted.length === 0 || wanted.some((word) => found.has(word.term))) return true;
  const terms = new Set(sentences.flatMap((sentence) => toTerms(sentence.text)));
  return wanted.some((word) => relatedWords(word.word).some((related) => terms.has(toTerm(related) ?? '')));
}
