import { INVISIBLE_CHARACTERS } from '../domain/limits.ts';
import { capitaliseAfterArticle } from '../lang/en/abbreviations.ts';
import { isEnglishWord } from '../lang/en/spelling.ts';
import type { TermStats } from './askIndex.ts';
import { tokenize, toTerm } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The question's own text: what is searched for after cleaning, typos corrected, and suggestions when nothing matches. */

/** Drops control and zero-width characters and folds whitespace; what is left is what we search for. */
export function cleanQuestion(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_CHARACTERS, ' ')
    .replace(/[\uD800-\uDFFF]/g, (char, offset: number, whole: string) => (isPairedSurrogate(whole, offset) ? char : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function isPairedSurrogate(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(offset + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = text.charCodeAt(offset - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

const MAX_CORRECTIONS = 6;
const MAX_CORRECTABLE_LENGTH = 30;

/**
 * Replaces misspelt words with the closest word the corpus has ("Morle" → "morel"), counting a swap
 * of two letters as one edit. Only non-words are corrected: a real English word the corpus lacks
 * ("live", "planes", "bitcoin") is kept, and the question is then not covered. Returns null when
 * nothing needed correcting. "the us" is read as the country ("the US").
 */
export function correctTypos(question: string, index: Pick<TermStats, 'hasTerm'>, vocabulary: () => Vocabulary): string | null {
  // "what does the us want": the country, not the pronoun (a stop word that would vanish from the search).
  const capitalised = capitaliseAfterArticle(question);
  let changed = capitalised !== question;
  let attempts = 0;
  const words = capitalised.split(/\s+/).map((word) => {
    const token = tokenize(word)[0];
    const term = token === undefined ? null : toTerm(token);
    // Known words are checked against the index, so the dictionary and vocabulary are only loaded for an unknown word.
    if (!token || !term || term.length < 4 || token.length > MAX_CORRECTABLE_LENGTH || index.hasTerm(term) || /\d/.test(token)) return word;
    if (isEnglishWord(token)) return word;
    // A long paste of unknown words is not a typo to fix word by word: bound the work per question.
    if (++attempts > MAX_CORRECTIONS) return word;
    const [closest] = vocabulary().closeWords(token, 1);
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? words.join(' ') : null;
}

export function suggestionsFor(question: string, vocabulary: Vocabulary): string[] {
  const suggestions: string[] = [];
  for (const token of tokenize(question)) {
    const term = toTerm(token);
    if (!term || vocabulary.has(term)) continue;
    for (const word of vocabulary.closeWords(token, 3)) if (!suggestions.includes(word)) suggestions.push(word);
  }
  return suggestions.slice(0, 5);
}
