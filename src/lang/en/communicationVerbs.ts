import { baseForms, senses, synset } from './wordnet.ts';

/**
 * Verbs of speaking in a manner ("gushed", "screamed", "shrieked", "reminisces") from WordNet's
 * lexicographer files, for the one place where the verb's kind is all that is left to check: a
 * subject and a verb closing a quote's sentence ("“…”, she gushed."). The hand-written list in
 * speechVerbs.ts stays the one for reporting clauses; this one only ever tags a quote already made.
 */

/** WordNet's lexicographer files: verb.communication ("scream", "shout") and verb.cognition ("reminisce", "recall"). */
const COMMUNICATION_FILE = 32;
const COGNITION_FILE = 31;
/** A verb speaks when its commonest sense does, or its second is communication ("smile": a face, then "express with a smile"). */
const SENSES_READ = 2;

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 10_000;

/** Whether a past or third-person form ("gushed", "reminisces") is a verb of speaking or recollecting. */
export function isCommunicationVerb(form: string): boolean {
  const lower = form.toLowerCase();
  if (!/^\p{Ll}+(?:ed|s)$/u.test(lower)) return false;
  const known = cache.get(lower);
  if (known !== undefined) return known;
  const lemma = baseForms(lower).find((base) => base.pos === 'verb')?.lemma;
  const files = lemma
    ? senses('verb', lemma)
        .slice(0, SENSES_READ)
        .map((offset) => synset('verb', offset).lexFile)
    : [];
  const speaks = files[0] === COMMUNICATION_FILE || files[0] === COGNITION_FILE || files[1] === COMMUNICATION_FILE;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, speaks);
  return speaks;
}

/**
 * A subject and a verb alone closing a quote's sentence, an adverb at most on either side of the verb:
 * "”, she gushed.", "”!! Mrs. Shaefer practically shrieked.", "”, Diane screamed.". The subject is a
 * pronoun or a capitalised name of up to four words; nothing may follow the verb but its adverb and the
 * sentence's end (or ", and …" going on to another act), so a verb with an object ("”, he read it") never matches.
 */
export const SUBJECT_VERB_TAG =
  /^[”"’']?\s*(?:,|[!?]+[”"’']?)\s*(?<subject>[Hh]e|[Ss]he|I|[Tt]hey|[Ww]e|\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,3})\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)(?:\s+\p{Ll}+ly)?\s*(?:[.!?]+\s*|,\s+(?:and|then)\s.*)?$/u;

/** A quote's own "he"/"she" tag right after it, whatever follows: "”, he replied, waving a hand …", "”?? She asked steadily". */
export const OWN_TAG = /^[”"’']?\s*(?:,|[!?]+[”"’']?)\s*(?:[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)\b/u;

/**
 * A clause ending at a colon that is a subject, its verb and a few words of object and manner: "Lydia
 * Maria Child welcomed him enthusiastically", "he cabled from Turin". No "that", no second verb form.
 */
export const COLON_TAG_CLAUSE =
  /^\s*(?<subject>[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,3})\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)(?:\s+(?!that\b)(?:\p{Ll}+|\p{Lu}[\p{L}.’'-]*)){0,5}\s*$/u;

/** Between the halves of a split quote, only an inverted tag: "”, comments Dr. Schillinger of the Lincoln Institute, ". */
export const INVERTED_TAG_BETWEEN = /^[”"’']?\s*,\s*(?<verb>\p{Ll}+)\s+\p{Lu}[^,;:“”"]{0,80},\s*$/u;

/** A sentence that is a subject and a verb of speaking alone: "Loveless, too, objected.", "Keo agreed.". */
export const BARE_REPORT =
  /^\s*(?<subject>[Hh]e|[Ss]he|\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,3})(?:,\s*too,)?\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)(?:\s+\p{Ll}+ly)?\s*[.:]\s*$/u;

/** The WordNet verbs every verb of saying descends from: "express in words" (state, say, tell; verbalize) and "tell" (let be known, narrate). */
const SAYING_ROOTS: ReadonlyArray<readonly [string, number]> = [
  ['express', 1],
  ['say', 0],
  ['tell', 1],
  ['tell', 2],
];
let sayingRoots: Set<number> | null = null;
const sayingCache = new Map<string, boolean>();
/** How far up the hypernyms a verb's commonest sense is followed: "deplore" is five steps below "say". */
const SAYING_DEPTH = 8;

/**
 * Whether a past or third-person form's commonest sense is a way of saying something, by WordNet's hypernyms:
 * "deplored" (criticize, remark, state), "leaked" (disclose, tell), "hinted" (convey, tell). Narrower than
 * isCommunicationVerb: "prohibited", "consulted", "faced", "discussed" communicate without saying the words quoted.
 */
export function isSayingVerb(form: string): boolean {
  const lower = form.toLowerCase();
  if (!/^\p{Ll}+(?:ed|s)$/u.test(lower)) return false;
  const known = sayingCache.get(lower);
  if (known !== undefined) return known;
  sayingRoots ??= new Set(SAYING_ROOTS.map(([lemma, sense]) => senses('verb', lemma)[sense] ?? -1));
  const lemma = baseForms(lower).find((base) => base.pos === 'verb')?.lemma;
  let offset = lemma ? senses('verb', lemma)[0] : undefined;
  let says = false;
  for (let depth = 0; offset !== undefined && depth < SAYING_DEPTH && !says; depth++) {
    says = sayingRoots.has(offset);
    offset = synset('verb', offset).pointers.find((pointer) => pointer.symbol === '@')?.offset;
  }
  if (sayingCache.size >= CACHE_LIMIT) sayingCache.clear();
  sayingCache.set(lower, says);
  return says;
}
