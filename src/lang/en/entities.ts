import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The dates, times and figures an English text states, as wink-nlp's named-entity recogniser reads
 * them (DATE, TIME, DURATION, CARDINAL, MONEY, PERCENT …). It tells "the march of world law" and
 * "the matter may seem" (no time) from "in March" and "May 5", and "enjoy each one" (no count) from
 * "one of the 23 operators": what a word pattern cannot.
 */
export interface StatedEntity {
  type: string;
  value: string;
}

// Built on first use (~0.3 s), once per process: only a question asking for a time, a count or a person needs it.
// No sentence splitting: a window is read as one text (half the work of the full pipeline, the same entities).
let pipeline: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  pipeline ??= winkNLP(model, ['pos', 'ner']);
  return pipeline;
}

interface Reading {
  entities: readonly StatedEntity[];
  properNouns: readonly string[];
  words: readonly TaggedWord[];
}

/** A word as wink reads it in its sentence: its part of speech (universal tags: VERB, AUX, NOUN …) and its lemma ("won" → "win"). */
export interface TaggedWord {
  value: string;
  pos: string;
  lemma: string;
}
const known = new Map<string, Reading>();
const KNOWN_LIMIT = 5_000;

function reading(text: string): Reading {
  let read = known.get(text);
  if (!read) {
    const reader = nlp();
    const doc = reader.readDoc(text);
    const values = doc.tokens().out(reader.its.value);
    const tags = doc.tokens().out(reader.its.pos);
    // wink documents `its.lemma` as a token property, but its typings give it a signature `out` does not take.
    const lemmas = doc.tokens().out(reader.its.lemma as unknown as ItsFunction<string>);
    read = {
      entities: doc.entities().out(reader.its.detail) as StatedEntity[],
      properNouns: values.filter((_, index) => tags[index] === 'PROPN'),
      words: values.map((value, index) => ({ value, pos: tags[index] ?? '', lemma: lemmas[index] ?? value.toLowerCase() })),
    };
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, read);
  }
  return read;
}

/** The entities wink finds in a text (remembered: the best window of a question is read again by each check). */
export function statedEntities(text: string): readonly StatedEntity[] {
  return reading(text).entities;
}

/** The words wink tags as proper nouns ("Scherer", "AEC"), wherever they stand in the sentence. */
export function properNouns(text: string): readonly string[] {
  return reading(text).properNouns;
}

/** Each word of a text with its part of speech and lemma, as wink reads them (remembered with the entities). */
export function taggedWords(text: string): readonly TaggedWord[] {
  return reading(text).words;
}

/** A year written alone ("the Great Flood of 1927"), which wink reads as a cardinal number. */
export const A_YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;

/** Entity types that place an event in time. */
export const TIME_ENTITIES: ReadonlySet<string> = new Set(['DATE', 'TIME']);

/** Entity types that give a count or an amount of something. */
export const COUNT_ENTITIES: ReadonlySet<string> = new Set(['CARDINAL', 'MONEY', 'PERCENT']);
