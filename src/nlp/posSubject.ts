import { NOT_A_STATEMENT, PRONOUN_AFTER_OPENER, SUBORDINATORS } from '../lang/en/attributionPatterns.ts';
import { LEADING_FUNCTION_WORDS, PRONOUNS } from '../lang/en/peopleWords.ts';
import { nounKinds } from '../lang/en/wordnet.ts';
import type { TaggedTokens } from './sentences.ts';

/**
 * The subject of a clause read from wink-nlp's part-of-speech tags, for sentences the patterns do
 * not reach: "Farm machinery dealer Bob Houtz tilts back … and tells of …" (Bob Houtz), "In People
 * vs. Fisher, Justice Savage of the New York Supreme Court declared:" (Justice Savage). The subject
 * is the noun phrase right before the clause's first verb; of it, the capitalised run that ends it
 * (a name with its capitalised title) or, without one, the whole phrase ("the assistant secretary").
 */

/** The possessive ending as the tagger splits it off: "'s". */
const POSSESSIVE_TOKEN = /^['’]s$/;

/** Tags a subject noun phrase is made of ("of" joins "secretary of state"). */
const NOUN_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

/** Between a subject and its verb: "has since said". */
const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);

/** What may stand before a clause's subject: "—", "And", "Meanwhile". */
const CLAUSE_OPENERS = new Set(['PUNCT', 'CCONJ', 'ADV']);

/** The first token at or after an offset. */
export function tokenAt(tokens: TaggedTokens, offset: number): number {
  let low = 0;
  let high = tokens.start.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens.start[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The subject phrase of the clause between two offsets (a sentence's start and a speech verb), as
 * text to resolve, or null. Only the first verb's subject counts: "X tilts back and tells" is X's.
 */
export function clauseSubject(text: string, tokens: TaggedTokens, from: number, to: number, firstVerb: boolean): string | null {
  const first = tokenAt(tokens, from);
  const last = tokenAt(tokens, to); // exclusive: the speech verb
  let verb = first;
  if (firstVerb) {
    while (verb < last && tokens.pos[verb] !== 'VERB' && tokens.pos[verb] !== 'AUX') verb++;
    // "The Court limited/ADJ its decision …, commenting:": the tagger missed the verb; a name opening the clause is its subject.
    if (verb === last) return openingName(text, tokens, first, last);
  } else {
    // The speech verb's own subject: only adverbs and auxiliaries between ("has since said"), and no
    // modal or negation ("might declare", "has not said" report nothing).
    verb = last;
    while (verb > first && VERB_GROUP.has(tokens.pos[verb - 1] ?? '')) {
      if (NOT_A_STATEMENT.has(text.slice(tokens.start[verb - 1] ?? 0, tokens.end[verb - 1] ?? 0).toLowerCase())) return null;
      verb--;
    }
  }
  let end = verb;
  while (end > first && tokens.pos[end - 1] === 'ADV') end--;
  let start = end;
  while (start > first) {
    const pos = tokens.pos[start - 1] ?? '';
    const word = text.slice(tokens.start[start - 1] ?? 0, tokens.end[start - 1] ?? 0);
    if (NOUN_PHRASE.has(pos) || (pos === 'ADP' && word === 'of') || (pos === 'PUNCT' && word === '.')) start--;
    else break;
  }
  if (start >= end) return null;
  // Only a phrase opening its clause is a subject: never "by Thurman Arnold" or "when Palmer hit …"; but a name after an
  // opening phrase and its comma opens the main clause ("At a gay party …, Premier Khrushchev pulled out …").
  // Not for a participle: "Fogg received a telegram …, asking him to …" is the telegram's asking.
  const afterOpening =
    firstVerb &&
    text.slice(tokens.start[start - 1] ?? 0, tokens.end[start - 1] ?? 0) === ',' &&
    tokens.pos[end - 1] === 'PROPN' &&
    !/ing$/.test(text.slice(tokens.start[last] ?? 0, tokens.end[last] ?? 0));
  // Nor after a subordinating word: "How Maxwell recounts …" is a clause inside the writer's sentence.
  for (let index = first; index < start && !afterOpening; index++)
    if (!CLAUSE_OPENERS.has(tokens.pos[index] ?? '') || SUBORDINATORS.has(text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0).toLowerCase())) return null;
  // "Justice Savage of the New York Supreme Court": the person stands before "of the …".
  for (let index = start + 1; index < end - 1; index++) {
    const word = text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0);
    if (word === 'of' && tokens.pos[index + 1] === 'DET' && tokens.pos[index - 1] === 'PROPN') {
      end = index;
      break;
    }
  }
  if (tokens.pos[start] === 'PRON' && end - start > 1) return null;
  // "Many studies indicate", "Two of the vital qualities demanded": a common noun that names no people says nothing.
  if (tokens.pos[end - 1] === 'NOUN' && namesNoPeople(text.slice(tokens.start[end - 1] ?? 0, tokens.end[end - 1] ?? 0))) return null;
  // The capitalised run that ends the phrase: "Bob Houtz" of "Farm machinery dealer Bob Houtz".
  // "The University of Georgia": "of" between capitalised words stays inside the run (a person's hometown after
  // "of" is dropped later, when the subject is resolved).
  const wordAt = (index: number) => text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0);
  const capitalised = (index: number) => /^\p{Lu}/u.test(wordAt(index));
  // "the Jehovah's Witnesses": a possessive between capitalised words stays inside it too, so the owner and what is
  // owned are read together (a body, names.ts and organisations.ts), never "Witnesses" alone taken for a surname.
  const joins = (index: number) => (wordAt(index) === 'of' || POSSESSIVE_TOKEN.test(wordAt(index))) && index > start && capitalised(index - 1) && capitalised(index + 1);
  let run = end;
  while (run > start && (capitalised(run - 1) || joins(run - 1))) run--;
  const phraseStart = run < end && tokens.pos[end - 1] === 'PROPN' ? run : start;
  return text.slice(tokens.start[phraseStart] ?? 0, tokens.end[end - 1] ?? 0);
}

/** A capital letter past the clause's first word, or a first word that is a pronoun or no function word ("Smith tilts …", "He sat …", not "The …"). */
export function mayHoldName(clause: string): boolean {
  const trimmed = clause.trimStart();
  const first = /^\S+/.exec(trimmed)?.[0] ?? '';
  if (/\p{Lu}/u.test(trimmed.slice(first.length))) return true;
  const lower = first.toLowerCase();
  // "But he further said": a pronoun after a conjunction, an adverb between it and the verb.
  return PRONOUNS.has(lower) || (/^\p{Lu}/u.test(first) && !LEADING_FUNCTION_WORDS.has(lower)) || PRONOUN_AFTER_OPENER.test(trimmed);
}

/**
 * The name opening a clause whose verb the tagger missed: "The Court" of "The Court limited/ADJ its
 * decision", a determiner and proper nouns followed by a lower-case word that is no noun; or null.
 */
function openingName(text: string, tokens: TaggedTokens, first: number, last: number): string | null {
  let start = first;
  while (start < last && CLAUSE_OPENERS.has(tokens.pos[start] ?? '')) start++;
  let end = start;
  if (tokens.pos[end] === 'DET') end++;
  const names = end;
  while (end < last && tokens.pos[end] === 'PROPN') end++;
  const next = text.slice(tokens.start[end] ?? 0, tokens.end[end] ?? 0);
  // "A Yale historian, writing …": proper nouns before a common noun only describe it.
  if (end === names || end >= last || !/^\p{Ll}/u.test(next) || tokens.pos[end] === 'NOUN') return null;
  return text.slice(tokens.start[start] ?? 0, tokens.end[end - 1] ?? 0);
}

/**
 * Whether WordNet files a noun's commonest senses under none of people, groups or its top concepts (where
 * "person" itself stands): "studies", "qualities", "analysis". A word WordNet lacks may name anyone.
 */
export function namesNoPeople(word: string): boolean {
  const kinds = nounKinds(word, 2);
  return kinds.length > 0 && !kinds.some((kind) => kind === 'person' || kind === 'group' || kind === 'Tops');
}
