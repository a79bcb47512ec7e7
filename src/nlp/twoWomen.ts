import { MARRIED_WOMAN_HONORIFICS } from '../lang/en/peopleWords.ts';
import { POSSESSIVE_SUFFIX } from '../lang/en/names.ts';

/** A capitalised run of a paragraph (people.ts's CapitalisedWord). */
interface Run {
  word: string;
}

/**
 * Whether some paragraph calls a woman by her given name alone and also names a "Mrs." of her surname — two
 * women, as "Lizzie" and her stepmother "Mrs. Borden" in one account of a family (cf31). A woman the text
 * calls "Mary" in one paragraph and "Mrs. Smith" in another is one woman, the way a feature names its subject.
 */
export function givenAndMarriedInOneParagraph(paragraphs: ReadonlyMap<string, readonly Run[]>, given: string, surname: string): boolean {
  for (const runs of paragraphs.values()) {
    const lone = runs.some(({ word }) => word.replace(POSSESSIVE_SUFFIX, '').toLowerCase() === given);
    if (lone && runs.some(({ word }) => marriedOf(word, surname))) return true;
  }
  return false;
}

/** "Mrs. Borden", "Mrs. Andrew Borden": a married woman's honorific and the surname in one run. */
function marriedOf(run: string, surname: string): boolean {
  const words = run.toLowerCase().replace(POSSESSIVE_SUFFIX, '').split(/\s+/);
  return words.length > 1 && MARRIED_WOMAN_HONORIFICS.has((words[0] ?? '').replace(/\.$/, '')) && words[words.length - 1] === surname;
}
