import { SUBORDINATE_PRONOUN_INTRODUCES } from '../lang/en/directQuotes.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { genderOf, type ArticlePerson } from './people.ts';
import { isVerb } from './speechVerbScan.ts';

/**
 * "Sinatra was fairly glutted with ideas, as he had hinted upon his arrival: “…”", "All week long the
 * President clearly was playing a larger personal role …;; in effect, he was practicing what he preached …
 * when he declared: “…”": a "he" in a subordinate clause introducing the quote is the sentence's subject,
 * when the sentence names nobody else before it. (A pronoun in a subordinate clause is otherwise no
 * subject of a speech verb: "Before he testified, Stein …" is Stein's, the name after it.)
 * `beforeQuote`: the sentence up to the quote, quotes masked; `named` lists who the sentence names
 * outside quotes (a role-described subject among them) and `subjects` those standing at a clause opening.
 */
export function subordinatePronounOwner(beforeQuote: string, named: () => readonly ArticlePerson[], subjects: () => readonly ArticlePerson[]): SubjectMatch | null {
  const found = SUBORDINATE_PRONOUN_INTRODUCES.exec(beforeQuote);
  if (!found?.groups?.verb || !found.groups.pronoun || !isVerb(found.groups.verb) || !/\p{Lu}/u.test(beforeQuote.slice(0, found.index))) return null;
  const [person, other] = named();
  if (!person || other || person.kind !== 'person' || !subjects().includes(person)) return null;
  const wanted = found.groups.pronoun.toLowerCase() === 'she' ? 'female' : 'male';
  const gender = genderOf(person);
  return gender === null || gender === wanted ? { speaker: person, method: 'pronoun', phrase: found[0].replace(/:\s*$/u, '').trim() } : null;
}
