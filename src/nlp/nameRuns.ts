import { isGivenName } from '../lang/en/firstNames.ts';
import { NAME_ABBREVIATIONS } from '../lang/en/personNames.ts';
import { POSSESSIVE_SUFFIX } from '../lang/en/names.ts';
import { LEADING_FUNCTION_WORDS, PRONOUN_CONTRACTION } from '../lang/en/peopleWords.ts';
import { isSpeechVerb } from '../lang/en/speechVerbs.ts';
import { isOnlyAdverbOrVerb } from '../lang/en/wordnet.ts';
import { opensWithClosedClassWord } from './sentences.ts';
import { INDEFINITE_DESCRIPTION } from '../lang/en/attributionPatterns.ts';

// How a capitalised run of words is cut into the names it holds, before each is read as a person's name (people.ts).

/** "Peru. Perry" → ["Peru.", "Perry"]: a full stop after a word that is no initial or title abbreviation ends a sentence. */
export function splitAtSentenceEnd(run: string): string[] {
  if (!run.includes('. ')) return [run];
  const parts: string[] = [];
  let current: string[] = [];
  for (const word of run.split(/\s+/)) {
    current.push(word);
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (word.endsWith('.') && bare.length > 1 && !bare.includes('.') && !NAME_ABBREVIATIONS.has(bare)) {
      parts.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/** "Maria Lopez Peru’s" → ["Maria Lopez", "Peru’s"]: a possessive starts a new noun phrase. */
export function splitAtPossessive(run: string): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const word of run.split(/\s+/)) {
    if (POSSESSIVE_SUFFIX.test(word) && current.length > 0) {
      parts.push(current.join(' '));
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/**
 * A word that opens a sentence and is no part of the name after it: a function word, an inverted speech verb
 * ("Exclaimed Stram"), or, before another word, an adverb or a verb ("Suddenly Poet", "Follow Secretary Hodges";
 * a given name may look like one: "Rob").
 */
export function opensSentenceOnly(words: readonly string[]): boolean {
  const word = words[0] ?? '';
  // "I'm Dan Morgan", "I'd tell him": a pronoun with its verb contracted is no part of a name.
  const contracted = PRONOUN_CONTRACTION.exec(word)?.[1];
  if (LEADING_FUNCTION_WORDS.has((contracted ?? word).toLowerCase()) || isSpeechVerb(word)) return true;
  if (words.length < 2 || isGivenName(word)) return false;
  // "Thus Trevelyan", "Whatever Hans": a closed-class opener (wink-nlp's tags); "Another Indiana observer" is a description.
  return isOnlyAdverbOrVerb(word) || (!INDEFINITE_DESCRIPTION.test(`${word} `) && opensWithClosedClassWord(words.join(' ')));
}
