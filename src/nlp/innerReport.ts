import type { SpeechVerb } from './attributionTypes.ts';
import type { TaggedTokens } from './sentences.ts';

/**
 * Nested hearsay: "Peter Marshall noted that Bang-Jensen had later referred to his two interviews … as
 * “unfortunate experiences”", "Smith said the guard told him: “…”". The speech verb nearest before the
 * quote has a subject of its own that is nobody the article knows (or a clause inside another report), so
 * the words are that inner subject's; reaching past it to the reporter further back puts them under the
 * wrong name. A reader would hesitate, so the quote stays unattributed. A pronoun subject ("Smith said he
 * called it “a disgrace”") is most often the reporter himself and does not stop the reach; neither does a
 * coordinated verb ("… and warned of “…”"), whose subject is the sentence's first.
 */
export function reachableVerbs(masked: string, verbs: SpeechVerb[]): SpeechVerb[] {
  let reporter = verbs.length - 1;
  while (reporter >= 0 && !verbs[reporter]?.speaker) reporter--;
  const known = verbs[reporter];
  if (!known) return verbs;
  if (inFreeRelative(masked, known.verbEnd - known.verb.length)) return verbs.slice(reporter + 1);
  for (let index = verbs.length - 1; index > reporter; index--) {
    const verb = verbs[index];
    // "One manufacturer who held an allegedly basic patent said:": the known verb is in a relative clause of the later one's subject.
    const between = masked.slice(known.verbEnd, verb ? verb.verbEnd - verb.verb.length : 0);
    if (verb && innerReportBlocks(masked, verb) && !(RELATIVE.test(masked.slice(0, known.verbEnd).slice(-SUBJECT_REACH)) && !COMPLEMENTIZER.test(between)))
      return verbs.slice(index + 1);
  }
  return verbs;
}

/** A relative pronoun before the known verb ("who held"): its clause describes the subject of a later verb. */
const RELATIVE = /\b(?:who|whom|which)\s+(?:\S+\s+){0,2}\S+$/iu;

/** Words opening the clause a verb reports ("noted that …"). */
const COMPLEMENTIZER = /\b(?:that|how|whether|if)\b/iu;

function innerReportBlocks(masked: string, verb: SpeechVerb): boolean {
  if (verb.speaker || verb.dependent) return false;
  const start = verb.verbEnd - verb.verb.length;
  // Only a finite verb with a subject right before it: the subject's last word, past auxiliaries and adverbs.
  const before = masked.slice(Math.max(0, start - SUBJECT_REACH), start).replace(VERB_GROUP_AT_END, '');
  const subject = SUBJECT_WORD_AT_END.exec(before)?.[0];
  if (!subject) return false;
  return !PRONOUN.test(subject);
}

/** How far before its verb an inner subject is looked for. */
const SUBJECT_REACH = 80;

/** Auxiliaries and adverbs between a subject and its verb ("had later", "has repeatedly", "used to"). */
const VERB_GROUP_AT_END = /(?:\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|did|does|do|also|then|later|once|often|always|used\s+to|\p{Ll}+ly))*\s*$/u;

/** A word that can end a subject: a name or a noun, not a conjunction, preposition or punctuation. */
const SUBJECT_WORD_AT_END =
  /(?<![-\p{L}'’.])(?!(?:that|and|or|but|to|of|in|on|at|by|for|with|as|if|when|what|which|who|whom|whose|how|why|where|the|a|an|it|this|not)$)[\p{L}][\p{L}'’.-]*$/iu;

/** Pronouns that most often are the reporter himself. */
const PRONOUN = /^(?:he|she|i|we|they|you|him|her)$/iu;

/**
 * The same from the tags, for words quoted inside the reporter's sentence (governingVerb.ts): between the
 * sentence's first verb of speaking and the quote, another such verb whose subject is a name or a noun
 * ("… noted that Bang-Jensen had later referred to …") reports the words for that subject.
 */
export function innerSayingVerb(tokens: TaggedTokens, wordAt: (index: number) => string, masked: string, from: number, to: number, isSaying: (word: string) => boolean): boolean {
  // Only inside what the first verb reports ("noted that …"): "One manufacturer who held a patent said:" is one subject's.
  let reported = false;
  for (let index = from + 1; index < to; index++) {
    const word = wordAt(index);
    reported ||= COMPLEMENTIZERS.has(word.toLowerCase());
    if (!reported || tokens.pos[index] !== 'VERB' || masked[tokens.start[index] ?? 0] === ' ' || !/^\p{Ll}+$/u.test(word) || !isSaying(word)) continue;
    let head = index - 1;
    while (head > from && INNER_VERB_GROUP.has(tokens.pos[head] ?? '')) head--;
    if (head > from && INNER_SUBJECT.has(tokens.pos[head] ?? '')) return true;
  }
  return false;
}

/** Words opening the clause a verb reports. */
const COMPLEMENTIZERS = new Set(['that', 'how', 'whether', 'if']);

/** Tags between an inner subject and its verb ("had later referred"). */
const INNER_VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);

/** A subject of its own: a name or a noun, not a pronoun (most often the reporter himself). */
const INNER_SUBJECT = new Set(['PROPN', 'NOUN']);

/**
 * "if he only knew what Borden said during his conversation with Morse, he would have convicted “somebody”",
 * "Morse's knowledge of what Mrs. Borden told Bridget could indicate …": a speech verb in a clause opened by
 * "what" names a thing said, not its content; it neither reports the sentence nor owns the quote after it.
 */
export function inFreeRelative(masked: string, verbStart: number): boolean {
  return FREE_RELATIVE_SUBJECT.test(masked.slice(Math.max(0, verbStart - SUBJECT_REACH), verbStart));
}

/** "what" and a short subject (a pronoun or capitalised words) right before the verb and its auxiliaries. */
const FREE_RELATIVE_SUBJECT =
  /\b[Ww]hat\s+(?:he|she|they|I|we|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})\s*(?:(?:had|has|have|was|is|did|does|would|will|could|once|then|later|\p{Ll}+ly)\s+)*$/u;
