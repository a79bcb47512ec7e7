import { SUBORDINATE_PRONOUN_INTRODUCES } from '../lang/en/directQuotes.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { describedSubject, subjectsOf } from './mentions.ts';
import { genderOf, type ArticlePeople, type ArticlePerson } from './people.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import { isVerb } from './speechVerbScan.ts';

/**
 * "Sinatra was fairly glutted with ideas, as he had hinted upon his arrival: “…”", "All week long the
 * President clearly was playing a larger personal role …;; in effect, he was practicing what he preached …
 * when he declared: “…”": a "he" in a subordinate clause introducing the quote is the sentence's subject,
 * when the sentence names nobody else before it. (A pronoun in a subordinate clause is otherwise no
 * subject of a speech verb: "Before he testified, Stein …" is Stein's, the name after it.)
 * `beforeQuote`: the sentence up to the quote, quotes masked; `named` lists who the sentence names
 * outside quotes (a role-described subject among them); the sentence's subject must be among them.
 */
export function subordinatePronounOwner(beforeQuote: string, named: () => readonly ArticlePerson[], sentence: SentenceOf): SubjectMatch | null {
  const found = SUBORDINATE_PRONOUN_INTRODUCES.exec(beforeQuote);
  if (!found?.groups?.verb || !found.groups.pronoun || !isVerb(found.groups.verb) || !/\p{Lu}/u.test(beforeQuote.slice(0, found.index))) return null;
  const [person, other] = named();
  if (!person || other || person.kind !== 'person' || !subjectsIn(sentence).includes(person)) return null;
  const wanted = found.groups.pronoun.toLowerCase() === 'she' ? 'female' : 'male';
  const gender = genderOf(person);
  return gender === null || gender === wanted ? { speaker: person, method: 'pronoun', phrase: found[0].replace(/:\s*$/u, '').trim() } : null;
}

/** A sentence as the attributor reads it: quotes masked, its span, the article's people and the block's tags. */
export interface SentenceOf {
  masked: string;
  span: SentenceSpan;
  people: ArticlePeople;
  tokens: (() => TaggedTokens) | null;
}

/** People standing as subjects at a clause opening of the sentence, a role-described one among them. */
function subjectsIn({ masked, span, people, tokens }: SentenceOf): ArticlePerson[] {
  return [...subjectsOf(masked, span, people, tokens), ...describedSubject(masked.slice(span.start, span.end), people)];
}
