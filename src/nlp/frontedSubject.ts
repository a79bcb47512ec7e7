import { SUBORDINATE_CLAUSE_START } from '../lang/en/attributionPatterns.ts';
import { FRONTED_NAME } from '../lang/en/directQuotes.ts';
import { splitTitle } from '../lang/en/names.ts';
import { nounKinds } from '../lang/en/wordnet.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';
import { tokenAt } from './posSubject.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/** How much of a sentence's opening is read for a subject behind a fronted phrase. */
const OPENING = 90;

/** Tags a short fronted phrase of time or degree is made of: "Two years ago", "Last week", "Now", "This spring". */
const FRONTED_TAGS: ReadonlySet<string> = new Set(['NUM', 'ADJ', 'NOUN', 'ADV', 'DET']);

/** The most words such a phrase has before the subject. */
const MAX_FRONTED = 4;

/**
 * "Two years ago Thompson offered his collection to the city. But he insisted that …": a known person's name
 * standing as the subject behind a short fronted phrase with no comma and right before its verb is the sentence's
 * subject, as one opening it is (mentions.ts subjectsOf reads clause openings only). The phrase is read from
 * wink-nlp's tags: numbers, adjectives, nouns, adverbs and determiners, a preposition only first and with its object
 * ("In 1953 Churchill introduced …", "By this time Churchill was …"), ending in an adverb, a number, the object of
 * that preposition or a noun WordNet files first under time ("Last week", "All evening"). Never a subordinate
 * clause ("As Rector was walking …", "When Smith arrived"), a name inside a noun phrase ("Only a native New Yorker
 * could …", "The way Hoag was, …"), a name with a noun after it ("Last week Thompson's collection") nor a fronted
 * phrase holding a verb or a name of its own.
 */
export function frontedSubject(masked: string, sentence: SentenceSpan, people: ArticlePeople, tokens: (() => TaggedTokens) | null): ArticlePerson | null {
  const opening = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING));
  const found = FRONTED_NAME.exec(opening);
  const run = found?.groups?.name;
  if (!found || !run || !people.hasSurname(run.slice(run.lastIndexOf(' ') + 1))) return null;
  const tagged = tokens?.();
  if (!tagged) return null;
  const runStart = sentence.start + found.index + found[0].length - run.length;
  const first = tokenAt(tagged, sentence.start);
  const nameFirst = tokenAt(tagged, runStart);
  if (nameFirst - first < 1 || nameFirst - first > MAX_FRONTED) return null;
  if (SUBORDINATE_CLAUSE_START.test(opening)) return null;
  const prepositional = tagged.pos[first] === 'ADP';
  if (prepositional && nameFirst - first < 2) return null;
  for (let index = prepositional ? first + 1 : first; index < nameFirst; index++) if (!FRONTED_TAGS.has(tagged.pos[index] ?? '')) return null;
  const last = tagged.pos[nameFirst - 1] ?? '';
  const lastWord = masked.slice(tagged.start[nameFirst - 1] ?? 0, tagged.end[nameFirst - 1] ?? 0);
  const ends = last === 'ADV' || last === 'NUM' || (last === 'NOUN' && (prepositional || nounKinds(lastWord, 1)[0] === 'time'));
  if (!ends) return null;
  let next = tokenAt(tagged, runStart + run.length);
  for (let index = nameFirst; index < next; index++) if (tagged.pos[index] !== 'PROPN') return null;
  if (tagged.pos[next] === 'ADV') next++;
  if (tagged.pos[next] !== 'VERB' && tagged.pos[next] !== 'AUX') return null;
  const { title, name } = splitTitle(run);
  const person = name ? people.lookupName(name, title) : undefined;
  return person && person !== 'ambiguous' && person.kind === 'person' ? person : null;
}
