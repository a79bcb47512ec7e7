import { genderOfFirstName, isGivenName } from '../lang/en/firstNames.ts';
import { nameKey } from '../domain/nameKey.ts';
import { CAPITALISED_NAME_RUN } from '../lang/en/names.ts';
import { PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import type { SpeechVerb } from './attributionTypes.ts';
import { subjectsOf } from './mentions.ts';
import { genderOf, type ArticlePeople, type ArticlePerson } from './people.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/**
 * "In his effort to stir the public …, Steele goes so far as to list …, and … asserts that … the laws he has so
 * tediously cited": a "he" whose speech verb stands after another person named as the subject of a clause of
 * the same sentence may be that person as well as the speaker before, so it is left unattributed rather than
 * given to the one who spoke last (Swift, two sentences back). The sentence's named subject is noted as the
 * next "he" as usual (pronounChain.ts), so the quote after it is theirs.
 */
export function withoutOvertakenPronouns(found: SpeechVerb[], masked: string, sentence: SentenceSpan, people: ArticlePeople, tokens: (() => TaggedTokens) | null): SpeechVerb[] {
  if (!found.some((subject) => subject.method === 'pronoun' && subject.speaker?.kind === 'person')) return found;
  return found.map((subject) => {
    const wanted = PRONOUN_GENDER.get(subject.phrase.toLowerCase());
    if (subject.method !== 'pronoun' || subject.speaker?.kind !== 'person' || !wanted) return subject;
    const before = masked.slice(sentence.start, subject.verbEnd - subject.verb.length);
    const pronounAt = [...before.matchAll(/\b(?:he|she|He|She)\b/gu)].pop()?.index;
    if (pronounAt === undefined) return subject;
    const named = subjectsOf(masked, { start: sentence.start, end: sentence.start + pronounAt, text: '' }, people, tokens);
    const other = named.find((person) => person !== subject.speaker && (genderOf(person) ?? wanted) === wanted);
    return other || otherPersonNamedBefore(masked.slice(sentence.start, sentence.start + pronounAt), people, subject.speaker, wanted)
      ? { speaker: null, method: 'none', phrase: '', verb: subject.verb, dependent: subject.dependent, verbEnd: subject.verbEnd }
      : subject;
  });
}

/**
 * "The Leopard's Spots came from the pen of Thomas Dixon in 1902, and in this he announced …": a given name and a
 * surname before the pronoun in its own sentence name someone other than the speaker (registered or not: named once,
 * no title, never the subject); "he" is more likely them than the speaker two sentences back, so it is nobody's
 * rather than the wrong one's.
 * A name that finds the speaker, or has the speaker's surname, is theirs; a given name of the other sex is no
 * candidate for this pronoun.
 */
function otherPersonNamedBefore(text: string, people: ArticlePeople, speaker: ArticlePerson, wanted: 'male' | 'female'): boolean {
  for (const match of text.matchAll(CAPITALISED_NAME_RUN)) {
    const words = match[0].split(/\s+/);
    if (match.index === 0 || words.length < 2 || words.length > 3) continue;
    const given = words[0] ?? '';
    if (!isGivenName(given) || (genderOfFirstName(given) ?? wanted) !== wanted) continue;
    // "John H. Mercer" where the speaker is "Young Mercer": a surname of the speaker's own is most likely them.
    if (nameKey(words[words.length - 1] ?? '') === nameKey(speaker.name.split(/\s+/).pop() ?? '')) continue;
    if (people.findByName(match[0]) !== speaker) return true;
  }
  return false;
}
