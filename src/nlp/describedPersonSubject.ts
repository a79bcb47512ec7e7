import { DETERMINER_OPENS_SENTENCE } from '../lang/en/directQuotes.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { genderOfWord, PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import { isMostlyVerb, isSingularPersonNoun } from '../lang/en/wordClasses.ts';
import { isNoun } from '../lang/en/wordnet.ts';

/**
 * "A reporter who consulted … got nowhere until the State Department man produced a brochure. “This is
 * where I get my information from”, he confided.": a sentence whose subject is one person described by a
 * common noun, not named, is about someone the article's people do not hold; the "he" that follows may be
 * them, so it no longer reaches back to whoever was named before (a reader would not give the words to
 * the king the paragraph began with). Returns that person's gender as the noun tells it ("widow"), else null;
 * undefined when the sentence opens otherwise.
 */
export function describedPersonOpening(opening: string): { gender: 'male' | 'female' | null } | undefined {
  const words = DETERMINER_OPENS_SENTENCE.exec(opening)?.groups?.words?.split(/\s+/) ?? [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    // "The boy's father": the possessor is no subject; capitalised words are names or modifiers ("State Department").
    if (!/^\p{Ll}+,?$/u.test(word)) continue;
    const bare = word.replace(/,$/, '');
    if (!isSingularPersonNoun(bare)) {
      if (isNoun(bare) && !isMostlyVerb(bare)) continue; // a modifier noun: "the gas station man"
      return undefined; // a verb or another word class before any person: "The law says", "A few think"
    }
    const next = (words[index + 1] ?? '').replace(/,$/, '');
    // "The child care program": the person noun only modifies the noun after it.
    if (!word.endsWith(',') && next && /^\p{Ll}+$/u.test(next) && !STOP_WORDS.has(next) && isNoun(next) && !isMostlyVerb(next)) continue;
    return { gender: genderOfWord(bare) };
  }
  return undefined;
}

/**
 * "One doctor made a careful survey of his patients, and he reported that …": a "he" after a clause whose subject
 * is someone described, not named, is that person (or, after "A reporter asked him, and he said", whoever "him" is),
 * never a person named in an earlier sentence. The words before a speech verb, from the sentence's start.
 */
export function describedBeforePronoun(before: string, pronoun: string): boolean {
  const described = describedPersonOpening(before.slice(0, before.length - pronoun.length));
  return described !== undefined && (described.gender === null || described.gender === PRONOUN_GENDER.get(pronoun.toLowerCase()));
}
