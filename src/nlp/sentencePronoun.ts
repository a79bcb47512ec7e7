import { PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { describedBeforePronoun } from './describedPersonSubject.ts';
import { genderOf, type ArticlePeople, type ArticlePerson } from './people.ts';

/** How many people sharing a surname are looked at: one surname of 8,000 Smiths stays cheap. */
const SHARING = 3;

/**
 * "Congressman Walter has been all-powerful in immigration matters, but he has announced plans to retire", "But
 * surprisingly, Kitty's face came up and she said, “My father. …”": the subject
 * "he"/"she" of a speech verb, when the article's recent speakers give nobody ("he said" rules: SubjectResolver), is the
 * one person the sentence named before it, when that person's gender is known to be the pronoun's and nobody else of
 * the article is named there, and not right before a parenthetical "he" ("Mr. Nixon, he believes, …" is about Nixon).
 * A person described before it ("A reporter asked him, and he said") is never replaced.
 */
export function pronounSubject(
  before: string,
  pronoun: string,
  subjects: { resolveSubject(phrase: string, position: 'before'): SubjectMatch | null },
  people: ArticlePeople,
): SubjectMatch | null {
  if (describedBeforePronoun(before, pronoun)) return null;
  return subjects.resolveSubject(pronoun, 'before') ?? soleNamedBefore(before.slice(0, before.length - pronoun.length), pronoun, people);
}

function soleNamedBefore(head: string, pronoun: string, people: ArticlePeople): SubjectMatch | null {
  const found = new Set<ArticlePerson>();
  for (const match of head.matchAll(/\p{Lu}[\p{L}\p{M}’'-]+/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (!people.hasSurname(word)) continue;
    for (const person of people.withSurname(word).slice(0, SHARING)) found.add(person);
    if (found.size > 1) return null;
  }
  // "Mr. Nixon, he believes, has no …": the name right before a parenthetical "he" is what the speaker talks about.
  if (/\p{Lu}[\p{L}\p{M}’'-]*,\s*$/u.test(head)) return null;
  const [person] = found;
  if (!person || person.kind !== 'person' || genderOf(person) !== PRONOUN_GENDER.get(pronoun.toLowerCase())) return null;
  return { speaker: person, method: 'pronoun', phrase: pronoun };
}
