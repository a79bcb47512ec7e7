import { NAME_ABBREVIATIONS } from '../lang/en/personNames.ts';
import { POSSESSIVE_SUFFIX } from '../lang/en/names.ts';

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
