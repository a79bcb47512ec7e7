import { asksGivenName, givesGivenName } from '../lang/en/givenNameAsked.ts';
import { attributeOfOwner } from '../lang/en/nounPhrase.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a question asks someone's given name ("what was Captain Heard's first name") and the
 * best window writes none before the surname: a story that calls him "Captain Heard" throughout does
 * not tell it, however much of the question the window holds. As strict as a sum asked and not given
 * (attributeAnswer.ts).
 */
const NO_GIVEN_NAME_CONFIDENCE = 0.3;

/**
 * What the best window lacks when the question asks a given name it does not write; null otherwise, or
 * when another passage shown (`shown`) writes one: the story tells it, the ranking put it lower
 * ("Shea worked relentlessly" first, "William A. (Bill) Shea" after).
 */
export function givenNameShortfall(question: string, best: Window, shown: readonly string[]): AttributeShortfall | null {
  if (!asksGivenName(question)) return null;
  const surname = attributeOfOwner(question)?.owner.at(-1);
  if (surname === undefined) return null;
  const text = best.sentences.map((sentence) => sentence.text).join(' ');
  return givesGivenName(text, surname) || shown.some((other) => givesGivenName(other, surname)) ? null : { factor: NO_GIVEN_NAME_CONFIDENCE, lacking: 'first name' };
}
