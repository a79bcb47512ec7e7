import { namesASum } from './askedAttribute.ts';
import { isMostlyVerb } from './wordClasses.ts';
import { baseForms, isNoun, nounKinds } from './wordnet.ts';

/** "how much is/are/was/were [a|the] X …": the phrase whose price is asked stands right after the verb. */
const HOW_MUCH_IS = /^\s*how\s+much\s+(?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?(.*)$/iu;
/**
 * WordNet's files of things one pays for (lexicographer files of a noun's commonest sense): "tickets"
 * (communication), "tractor" (artifact), "rent" (possession), "gasoline" (substance), "bread" (food).
 * An amount ("increase": quantity; "difference": attribute), an event ("damage") or a group
 * ("population") is asked "how much is" of a figure that need be no sum ("10 percent").
 */
const THINGS_PAID_FOR: ReadonlySet<string> = new Set(['artifact', 'possession', 'substance', 'food', 'communication', 'object', 'plant', 'animal']);
/** How many words of that phrase are read for its noun ("a new farm tractor"). */
const PHRASE_WORDS = 3;
/** "how much N": a sum named by its noun ("how much pension", "how much rent"). */
const HOW_MUCH_NOUN = /^\s*how\s+much\s+([\p{L}'’-]+)/iu;

/**
 * The thing whose price a "how much" question asks without saying "cost" or "money", or null: "how
 * much were tickets for the concert" → "tickets", "how much is a new tractor" → "tractor" (a thing
 * after "is", not a verb: "how much was stolen" asks an amount, often told otherwise), "how much
 * pension does he live on" → "pension" (a noun WordNet files under payment, cost, sum or money: namesASum).
 */
export function pricedThing(question: string): string | null {
  const phrase = HOW_MUCH_IS.exec(question)?.[1];
  if (phrase !== undefined) return thingOf(phrase);
  const noun = HOW_MUCH_NOUN.exec(question)?.[1];
  return noun !== undefined && namesASum(noun) ? noun : null;
}

/** "the admission is a bundle of used clothing": the thing said to be something, its price told in kind. */
export function saidToBe(text: string, thing: string): boolean {
  return new RegExp(String.raw`\b${thing.replace(/[^\p{L}]/gu, '')}\s+(?:is|are|was|were)\b`, 'iu').test(text);
}

/** "a million Guideposts", "a billion people": a bare "million" counting something that is no sum. */
export const BARE_MILLIONS = /\b(?:million|billion)s?\s+(?:of\s+)?([\p{L}'’-]+)/giu;

/** The noun the phrase opens with, after adjectives, that is not mostly a verb ("new tractor", not "stolen from"). */
function thingOf(phrase: string): string | null {
  for (const word of phrase
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(0, PHRASE_WORDS)) {
    if (isNoun(word) && !isMostlyVerb(word)) return THINGS_PAID_FOR.has(nounKinds(word, 1)[0] ?? '') ? word : null;
    if (!baseForms(word).some((form) => form.pos === 'adj')) return null;
  }
  return null;
}
