import { isToldOtherwise } from '../lang/en/askedAttribute.ts';
import { attributeOfOwner, ownerSlots, phraseTokens } from '../lang/en/nounPhrase.ts';
import { FRAMING_WORDS } from '../lang/en/questionWords.ts';
import { isNounNotAdjective, nounSynonyms } from '../lang/en/wordClasses.ts';
import { relatedWords } from '../lang/en/wordnet.ts';
import { type AttributeShortfall, isAName } from './attributeAnswer.ts';
import { toTerm, toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when the window has the attribute a question asks of its owner and the owner, but never in
 * one phrase: "who is the president of France" against "Harry Rolnick, president of the Byer-Rolnick
 * Hat Corporation …; Roger Vivier, designer of Christian Dior shoes Paris, France". Each word is there,
 * what the question asks of them is not. As strict as an owner missing (attributeAnswer.ts).
 */
const UNRELATED_CONFIDENCE = 0.3;
/**
 * …by this when the window has the attribute but neither the owner nor a WordNet relative of it,
 * an everyday word the story may have said once elsewhere ("the speed of light"). Dev, seeds, sets C
 * and D unchanged at 0.3 and 0.5; the weaker kept.
 */
const OWNER_UNSAID_CONFIDENCE = 0.5;
/**
 * …by this when the window lacks a noun that makes the attribute what it is ("woman" of "the first
 * woman secretary of state" against "the first Assistant Secretary of State"), nor has a WordNet
 * relative of it: a secretary of state is not a woman secretary of state. Dev, seeds, sets C and D
 * unchanged at 0.3 and 0.5; set F +1 unanswerable question refused at 0.3, none at 0.5.
 */
const MODIFIER_UNSAID_CONFIDENCE = 0.3;

/**
 * Whether the best window gives the attribute asked ("what/who is the N of X", "X's N":
 * attributeOfOwner) as someone else's: every N it has is said of another name ("president of the
 * Byer-Rolnick Hat Corporation", "the King of Morocco"), none of the owner or a WordNet relative of it
 * ("French" for France). An N said of no name ("the school's new president", "its president", "the
 * president") may be the owner's, said before: not judged. A window with N and no word of the owner
 * nor a relative of one is lowered too. Null when the window lacks N, which attributeAnswer.ts judges.
 */
export function relationShortfall(question: string, best: Window): AttributeShortfall | null {
  const attribute = attributeOfOwner(question);
  // "the name of X", "the result of the vote": a report gives them without the noun.
  if (!attribute || FRAMING_WORDS.has(attribute.noun) || isToldOtherwise(attribute.noun)) return null;
  const nounTerms = termsOf([attribute.noun, ...nounSynonyms(attribute.noun)]);
  const ownerTerms = termsOf([...attribute.owner, ...attribute.owner.flatMap((word) => relatedWords(word))]);
  const sentences = best.sentences.map((sentence) => phraseTokens(sentence.text));
  const terms = sentences.map((tokens) => tokens.map((token) => toTerm(token)));
  const has = (wanted: ReadonlySet<string>) => terms.some((list) => list.some((term) => term !== null && wanted.has(term)));
  const ownWords = termsOf(attribute.owner);
  if (ownWords.size === 0 || !has(nounTerms)) return null;
  // "what is the speed of light" against "Holmes once paid a $20 speeding fine": N, but of nothing the question names. (A missing name is attributeAnswer.ts's.)
  if (!has(ownerTerms)) return { factor: OWNER_UNSAID_CONFIDENCE, lacking: attribute.owner.join(' ') };
  if (!has(ownWords)) return null;
  const heads = sentences.flatMap((tokens, index) =>
    tokens.flatMap((_, at) => {
      const term = terms[index]?.[at];
      return term != null && nounTerms.has(term) ? [ownerSlots(tokens, at)] : [];
    }),
  );
  const saidOfAnother = heads.every(({ modifiers, attached }) => {
    const slots = [...modifiers, ...attached];
    if (slots.some((token) => ownerTerms.has(toTerm(token) ?? ''))) return false;
    return slots.some((token) => /^\p{Lu}/u.test(token) && isAName(token.replace(/['’]s$/, '')));
  });
  return saidOfAnother ? { factor: UNRELATED_CONFIDENCE, lacking: `${attribute.noun} of ${attribute.owner.join(' ')}` } : null;
}

/**
 * Whether the best window lacks a noun modifying the attribute asked of a named owner (attributeOfOwner:
 * "woman", "batting" of "what was Ron Hansen's batting average"), and every WordNet relative of it.
 * Adjectives ("new", "first", "daily") are left alone: a report says them otherwise or not at all.
 */
export function modifierShortfall(question: string, best: Window): AttributeShortfall | null {
  const attribute = attributeOfOwner(question);
  const nouns = attribute?.modifiers.filter((word) => toTerm(word) !== null && isNounNotAdjective(word)) ?? [];
  if (nouns.length === 0) return null;
  const terms = new Set(best.sentences.flatMap((sentence) => toTerms(sentence.text)));
  const missing = nouns.find((word) => ![word, ...relatedWords(word), ...nounSynonyms(word)].some((each) => terms.has(toTerm(each) ?? '')));
  return missing === undefined ? null : { factor: MODIFIER_UNSAID_CONFIDENCE, lacking: missing };
}

function termsOf(words: readonly string[]): Set<string> {
  const terms = new Set<string>();
  // "times-picayune": the index reads a hyphenated name as its parts.
  for (const word of words.flatMap((each) => each.split('-'))) {
    const term = toTerm(word);
    if (term) terms.add(term);
  }
  return terms;
}
