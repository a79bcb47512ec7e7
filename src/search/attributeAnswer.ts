import { askedAttribute, asksForAPersonsName, isToldOtherwise, namesASum, TITLED_SURNAME } from '../lang/en/askedAttribute.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { namesAKin } from '../lang/en/kinNouns.ts';
import { attributeOfOwner } from '../lang/en/nounPhrase.ts';
import { FRAMING_WORDS } from '../lang/en/questionWords.ts';
import { nounSynonyms } from '../lang/en/wordClasses.ts';
import { isCommonWord, isOnlyAName, relatedWords } from '../lang/en/wordnet.ts';
import { answerTest, namesPersonTest } from './answerShape.ts';
import { toTerm, toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when a question asking an attribute that is a sum of money ("what's Jack Fisher's
 * salary") is answered by a window stating no sum: a passage on the pitcher's innings says nothing of
 * his pay. As for the other strict figures (confidence.ts).
 */
const SUM_MISSING_CONFIDENCE = 0.3;
/** …by this when a question asking a person's name ("what's the name of the Dresbach son who …") is answered by a window naming nobody else. */
const NAME_MISSING_CONFIDENCE = 0.3;
/**
 * …by this when the window does not name whose attribute is asked ("what's the population of Denton,
 * Texas" against a sentence on the population of Texas counties that never names Denton, which another
 * sentence of the story does): what it gives is someone else's. Only names count (isAName: an everyday
 * word, "son", "state", "mayor", may be said otherwise). As strict as a count of something else
 * (countedThing.ts): the story's other sentences credit the name, so a window lacking it still holds
 * much of the question. Dev set: one more unanswerable question refused, none answerable; set C one
 * more unanswerable refused (the same at 0.5).
 */
const OWNER_MISSING_CONFIDENCE = 0.3;

/**
 * …by this when the window names whose attribute is asked but not the attribute ("what's the population
 * of Plainview" against "Marshall Formby of Plainview … suggested a plan"): it is about X, and says
 * nothing of N.
 */
const ATTRIBUTE_MISSING_CONFIDENCE = 0.5;

/** What the best window lacks of the attribute asked, and how much that lowers the confidence. */
export interface AttributeShortfall {
  factor: number;
  /** How "not covered" names what is missing ("sum", "name", or the owner's word the window lacks). */
  lacking: string;
}

/**
 * Whether the best window can give the attribute a "what is X's N" question asks (askedAttribute): a
 * sum for a noun naming one, a person's name for "the name of" a person, said of X. Null when the
 * question asks no attribute or the window may give it.
 */
export function attributeShortfall(question: string, best: Window): AttributeShortfall | null {
  // "who is the president of France" asks an attribute of an owner as "what is the population of Denton" does: the owner's name must be there.
  const what = askedAttribute(question);
  const attribute = what ?? attributeOfOwner(question);
  if (!attribute) return null;
  const own = new Set(toTerms(question));
  const holds = (test: (text: string) => boolean) => best.sentences.some((sentence) => test(sentence.text));
  if (namesASum(attribute.noun) && !holds(answerTest('money', own))) return { factor: SUM_MISSING_CONFIDENCE, lacking: 'sum' };
  if (asksForAPersonsName(attribute) && !holds(namesPersonTest(own)) && !holds((text) => namesTitled(text, own))) {
    return { factor: NAME_MISSING_CONFIDENCE, lacking: 'name' };
  }
  // The sentence shown before the window as its context ("He …" after the sentence naming him) names the owner too.
  const context = new Set(toTerms(best.sentences[0]?.before ?? ''));
  // "times-picayune": the index reads a hyphenated name as its parts.
  const ownerWords = attribute.owner.flatMap((word) => word.split('-'));
  const said = (word: string | undefined) => {
    const term = word === undefined ? null : toTerm(word);
    return term === null || best.found.has(term) || context.has(term);
  };
  // "Daniel Morgan's monthly pay" against "Morgan … his pay … was $75 a month": a story names a person by the surname, the given name once.
  const missingOwner = ownerWords.find(
    (word, at) => isAName(word) && !said(word) && !(isGivenName(word) && at + 1 < ownerWords.length && isAName(ownerWords[at + 1] ?? '') && said(ownerWords[at + 1])),
  );
  if (missingOwner !== undefined) return { factor: OWNER_MISSING_CONFIDENCE, lacking: missingOwner };
  // "the name of …" asks for a name, not for the word.
  // A person is named by a role said many ways ("leader", "chief", "head"): "who is the N of X" is not refused for lacking N (set D +1 answerable refused).
  // Kin ("who was Oersted's wife") is named by its word or not at all (kinNouns.ts).
  if (
    (what || namesAKin(attribute.noun)) &&
    attribute.owner.length > 0 &&
    !FRAMING_WORDS.has(attribute.noun) &&
    !isToldOtherwise(attribute.noun) &&
    !holdsNoun(best, attribute.noun)
  )
    return { factor: ATTRIBUTE_MISSING_CONFIDENCE, lacking: attribute.noun };
  return null;
}

/** Whether the window has the noun, or a word WordNet gives as its synonym or related form ("pay" for "salary"). */
function holdsNoun(best: Window, noun: string): boolean {
  const term = toTerm(noun);
  if (term === null || best.found.has(term)) return true;
  const terms = new Set(best.sentences.flatMap((sentence) => toTerms(sentence.text)));
  return [...nounSynonyms(noun), ...relatedWords(noun)].some((word) => terms.has(toTerm(word) ?? ''));
}

/** Whether a text names someone by title and surname ("Mrs. Huntley") whom the question does not name. */
function namesTitled(text: string, own: ReadonlySet<string>): boolean {
  return [...text.matchAll(TITLED_SURNAME)].some(([, surname = '']) => !own.has(toTerm(surname) ?? ''));
}

/** A word that can only be a name: no everyday English word ("Denton", "Hansen"), or only ever a name to WordNet ("Texas", "Paris"). */
export function isAName(word: string): boolean {
  return !isCommonWord(word) || isOnlyAName(word);
}
