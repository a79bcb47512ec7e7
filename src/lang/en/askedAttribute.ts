import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { focusNoun } from './focusNouns.ts';
import { baseForms, nounKinds, senses, synset } from './wordnet.ts';

/**
 * What a "what is X's N" question asks: an attribute N of something X ("what's Jack Fisher's salary",
 * "what's the population of Denton, Texas"). The attribute is the head noun the answer must give; X
 * is who or what it must be said of.
 */
export interface AskedAttribute {
  /** The head noun asked for ("salary", "population", "name"). */
  noun: string;
  /** The words naming whose attribute it is ("jack fisher", "denton texas"), lower case; empty when the question does not say. */
  owner: string[];
  /** The words before the noun in its phrase ("first woman" of "the first woman secretary of state"), lower case. */
  modifiers: string[];
}

/** "what's", "what is", "what was", "whats" … opening the question. */
const WHAT_IS = /^\s*what(?:['’]?s|\s+(?:is|was|are|were|will\s+be|would\s+be))\s+(.*)$/i;
/** Words that end the attribute's noun phrase ("the population OF …", "the daily allowance FOR …", "prison term THE spies could get"). */
const ENDS_PHRASE =
  /^(?:of|for|with|in|at|on|to|from|by|as|during|after|before|this|that|these|those|the|a|an|and|or|who|which|when|where|if|do|does|did|is|are|was|were|will|would|can|could|should|may|might|has|have|had)$/;
/** Words that end the owner after "of" ("the population of Denton, Texas IN 1960"). */
const ENDS_OWNER = /^(?:in|at|on|as|during|this|that|these|those|now|today|who|which|when|where|if|and|or|do|does|did|is|are|was|were|will|would|has|have|had)$/;
const ARTICLE = /^(?:the|a|an)$/;
/** A preposition inside the owner ("the senator FROM Paris"): the owner's head noun stands before it. */
const OWNER_PREPOSITION = /^(?:of|from|for|with|by|to|under|over)$/;

/** The question's words, lower case, possessive marks kept on their word ("fisher's"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

/**
 * The attribute a "what is …" question asks for, or null when it asks none ("what's in the housing
 * bill", "what's ailing the captain": no noun heads the phrase). Two shapes: "what is [the] N of X"
 * and "what is X's N".
 */
export function askedAttribute(question: string): AskedAttribute | null {
  // The refusal rules each ask it of the same question (attributeAnswer.ts, ownerRelation.ts): read it once.
  if (question !== lastAsked.question) lastAsked = { question, attribute: readAttribute(question) };
  return lastAsked.attribute;
}

let lastAsked: { question: string; attribute: AskedAttribute | null } = { question: '', attribute: null };

function readAttribute(question: string): AskedAttribute | null {
  const match = WHAT_IS.exec(question);
  if (!match?.[1]) {
    // "what N …" more often picks one of several ("what fee did they waive": the admission fee); only a sum someone gets asks its value.
    const noun = focusNoun(question);
    return noun && namesASum(noun) && getsIt(question, noun) ? { noun, owner: [], modifiers: [] } : null;
  }
  const words = wordsOf(match[1]);
  let at = 0;
  if (ARTICLE.test(words[0] ?? '')) at++;
  const phrase: string[] = [];
  let owner: string[] = [];
  for (; at < words.length; at++) {
    const word = words[at] ?? '';
    if (ENDS_PHRASE.test(word)) break;
    // "jack fisher's salary": what stands before the possessive is the owner, the attribute comes after it.
    if (/'s?$/.test(word) && at + 1 < words.length) {
      owner = [...phrase, word.replace(/'s?$/, '')];
      phrase.length = 0;
      continue;
    }
    phrase.push(word);
  }
  const noun = phrase[phrase.length - 1];
  if (!noun || phrase.length > 3 || !isHeadNoun(noun)) return null;
  if (owner.length === 0 && words[at] === 'of') owner = ownerAfterOf(words.slice(at + 1));
  return { noun, owner, modifiers: phrase.slice(0, -1) };
}

/** "the Dresbach son who was arrested" → ["dresbach", "son"]: up to a clause, a time or a preposition of place. */
function ownerAfterOf(words: readonly string[]): string[] {
  const owner: string[] = [];
  for (const word of words) {
    if (ENDS_OWNER.test(word) || /^\d/.test(word)) break;
    if (ARTICLE.test(word)) continue;
    owner.push(word.replace(/'s?$/, ''));
  }
  return owner;
}

/** A noun that can head the phrase: WordNet knows it as a noun, and it is no "-ing" or "-ed" form of a verb ("ailing"). */
function isHeadNoun(word: string): boolean {
  const forms = baseForms(word);
  if (!forms.some((form) => form.pos === 'noun')) return false;
  return !(/(?:ing|ed)$/.test(word) && forms.some((form) => form.pos === 'verb' && form.lemma !== word));
}

/**
 * WordNet's concepts of a sum of money, by the first word of their synset: a noun whose commonest sense
 * is one of them or falls under one ("salary" → wage → payment, "fee" → charge → cost, "income" → sum,
 * "budget" → fund → money, "price" is monetary value) names a sum, so a sentence without one does not give it.
 */
const SUM_CONCEPTS: ReadonlySet<string> = new Set(['payment', 'cost', 'sum', 'money', 'monetary_value']);
/** How far up the hypernyms a sum concept is looked for ("rent" → annuity in advance → annuity → regular payment → payment: 4). */
const SUM_DEPTH = 6;

/** Whether the commonest sense of a noun is a sum of money ("salary", "fee", "price"; not "allowance", a share, nor "bail", a security). */
export function namesASum(noun: string): boolean {
  const lemma = baseForms(noun).find((form) => form.pos === 'noun')?.lemma;
  let offset = lemma === undefined ? undefined : senses('noun', lemma)[0];
  for (let depth = 0; offset !== undefined && depth <= SUM_DEPTH; depth++) {
    const concept = synset('noun', offset);
    if (SUM_CONCEPTS.has(concept.words[0]?.toLowerCase() ?? '')) return true;
    offset = concept.pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')?.offset;
  }
  return false;
}

/**
 * Whether the attribute is the name of a person ("what's the name of the Dresbach son who was
 * arrested"): the noun "name" of an owner whose last word WordNet files, in its commonest sense, under
 * people (noun.person). Such a question is a "who" question whose answer must name someone.
 */
export function asksForAPersonsName(attribute: AskedAttribute): boolean {
  // "the state senator from Paris": the head is the last word before a preposition.
  const end = attribute.owner.findIndex((word) => OWNER_PREPOSITION.test(word));
  const last = attribute.owner[(end < 0 ? attribute.owner.length : end) - 1];
  return baseForms(attribute.noun).some((form) => form.pos === 'noun' && form.lemma === 'name') && last !== undefined && nounKinds(last, 1)[0] === 'person';
}

/** "Mrs. Huntley", "Sen. A. M. Aikin": a title abbreviation, initials, then a capitalised surname (group 1), as a person is named without a given name. */
export const TITLED_SURNAME = new RegExp(
  String.raw`\b(?:${Object.keys(TITLE_ABBREVIATIONS)
    .map((title) => title.charAt(0).toUpperCase() + title.slice(1))
    .join('|')})\.?\s+(?:\p{Lu}\.\s*)*(\p{Lu}[\p{Ll}'’]+)`,
  'gu',
);

/**
 * What WordNet files an attribute under when a report tells it in other words, without the noun: an
 * event, an act, a phenomenon, a process or a judgement ("the result of the vote" is "the measure
 * passed", "the cause of the fire" is "faulty wiring"). A population, a name, an address or a sum is named or given.
 */
const TOLD_OTHERWISE: ReadonlySet<string> = new Set(['event', 'act', 'phenomenon', 'process', 'cognition', 'feeling', 'motive']);

/** Whether an attribute noun is one a report tells in other words (TOLD_OTHERWISE), so a passage lacking it may still give it. */
export function isToldOtherwise(noun: string): boolean {
  return TOLD_OTHERWISE.has(nounKinds(noun, 1)[0] ?? '');
}

/** WordNet's concept of coming to have something, by the first word of its synset ("get, acquire"): "earn" (gain → get) and "receive" fall under it. */
const GETTING = 'get';

/** Whether a word after the asked noun is a verb whose commonest sense is getting, or falls under it within two steps ("what salary will Hester get", "what fee did he earn"). */
function getsIt(question: string, noun: string): boolean {
  const words = wordsOf(question);
  return words.slice(words.indexOf(noun) + 1).some((word) => {
    const lemma = baseForms(word).find((form) => form.pos === 'verb')?.lemma;
    let offset = lemma === undefined ? undefined : senses('verb', lemma)[0];
    for (let depth = 0; offset !== undefined && depth <= 2; depth++) {
      const concept = synset('verb', offset);
      if (concept.words[0]?.toLowerCase() === GETTING) return true;
      offset = concept.pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'verb')?.offset;
    }
    return false;
  });
}
