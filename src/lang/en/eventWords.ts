import { taggedWords } from './entities.ts';
import { baseForms, senses, synset } from './wordnet.ts';

/**
 * Verbs that carry no event of their own: they take their meaning from their object or complement
 * ("have a baby", "make a speech", "get a patent", "is the director"), so a window need not repeat them.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'make', 'get', 'take', 'give', 'go', 'come', 'become', 'happen', 'let', 'keep', 'put', 'seem', 'use']);

/** Verbs of a phase of another event ("start testing", "began producing"): the event is the verb they govern. */
const PHASE_VERBS: ReadonlySet<string> = new Set(['start', 'begin', 'stop', 'continue', 'finish', 'cease', 'resume', 'end', 'quit']);

/** Words that open a clause inside the question ("…when the Yankees clinched the series"): what it says frames the question, it is not the event asked. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'because', 'if', 'that', 'which', 'who', 'whom', 'where', 'since', 'until', 'as']);

/** WordNet pointers from a verb's sense to the events a text may name instead: hypernym, hyponym, entailment, cause, verb group. */
const EVENT_POINTERS = /^[@~*>$]$/;

/** The event a question asks about: its main verb, as written and as a lemma ("died" → "die"). */
export interface AskedEvent {
  word: string;
  lemma: string;
}

/**
 * The question's event: the first verb (wink's VERB, or a past participle wink reads as an adjective,
 * "when was X canonized") that is no light verb and that WordNet knows as a verb. Null when the question
 * asks no event ("who is the director of X", "what is the price of Y").
 */
export function askedEvent(question: string): AskedEvent | null {
  for (const [at, word] of taggedWords(question).entries()) {
    if (at > 0 && CLAUSE_OPENERS.has(word.value.toLowerCase())) break;
    // "according to" is a preposition.
    if (word.value.toLowerCase() === 'according') continue;
    const participle = word.pos === 'ADJ' && /(?:ed|en)$/i.test(word.value);
    if (word.pos !== 'VERB' && !participle) continue;
    const lemma = verbLemma(word.value, word.lemma);
    if (lemma === null || LIGHT_VERBS.has(lemma) || PHASE_VERBS.has(lemma)) continue;
    return { word: word.value.toLowerCase(), lemma };
  }
  return null;
}

/** The WordNet verb a word is: wink's lemma when WordNet has it as a verb, else WordNet's own base form. */
function verbLemma(value: string, lemma: string): string | null {
  if (senses('verb', lemma).length > 0) return lemma;
  return baseForms(value).find((form) => form.pos === 'verb')?.lemma ?? null;
}

const neighbourCache = new Map<string, ReadonlySet<string>>();
const NEIGHBOUR_CACHE_LIMIT = 5_000;

/**
 * The words a text may state an event with, from WordNet: the verb itself, the synonyms of each of its
 * senses, the more general and more specific verbs, what it entails or causes, its verb group, and the
 * nouns and adjectives derived from it with their synonyms ("die": decease, perish, drown, death,
 * dead; "win": winner, victory; "found": establish, founder). Single words, lower case; light verbs left out.
 */
export function eventNeighbours(lemma: string): ReadonlySet<string> {
  const cached = neighbourCache.get(lemma);
  if (cached) return cached;
  const words = new Set<string>([lemma]);
  const add = (each: readonly string[]) => {
    for (const word of each) if (!word.includes('_') && !LIGHT_VERBS.has(word.toLowerCase())) words.add(word.toLowerCase());
  };
  for (const offset of senses('verb', lemma)) {
    const own = synset('verb', offset);
    add(own.words);
    const position = own.words.findIndex((word) => word.toLowerCase() === lemma) + 1;
    for (const pointer of own.pointers) {
      const target = synset(pointer.pos, pointer.offset);
      if (EVENT_POINTERS.test(pointer.symbol)) add(target.words);
      // A derivation belongs to one word of the synset; the noun it gives is named by its synonyms too ("death": decease, expiry).
      else if (pointer.symbol === '+' && (pointer.target === 0 || pointer.target === position)) add(target.words);
    }
  }
  if (neighbourCache.size >= NEIGHBOUR_CACHE_LIMIT) neighbourCache.clear();
  neighbourCache.set(lemma, words);
  return words;
}
