import { isSpeechVerb, WRITING_VERBS } from '../lang/en/speechVerbs.ts';
import type { TaggedTokens } from './sentences.ts';

/**
 * What the words after a speech verb are, read from the tags, where a reviewer's sentence about an author's
 * writing looks like a report: "Noel Coward also wrote the book and directed Sail Away", "He only rarely tells a
 * personal anecdote and hardly ever sketches an individual" (a second verb after "and" is the subject's next act,
 * not the verb of a reported clause: `coordinatedPredicate`); "writes his with a nice ear for a gracefully
 * composed sentence" (a participle between a determiner and a noun describes the noun: `describingParticiple`);
 * "writes only about Europe", "writes of foreign parts" (what a writer writes about is his subject, not his
 * words: `topicOfWriting`; "warned of …", "hinted at …" still report).
 */

/**
 * A verb after "and"/"or" (adverbs between): the first verb's subject does this too. Not a speech verb: "told
 * newsmen here and predicted that …" goes on reporting, and the sentence stays the first verb's statement.
 */
export function coordinatedPredicate(text: string, tokens: TaggedTokens, verb: number, first: number): boolean {
  if (isSpeechVerb(text.slice(tokens.start[verb] ?? 0, tokens.end[verb] ?? 0))) return false;
  let before = verb - 1;
  while (before > first && tokens.pos[before] === 'ADV') before--;
  return before >= first && tokens.pos[before] === 'CCONJ';
}

/** A verb form between a determiner or adjective (adverbs between) and a noun: "a gracefully composed sentence". */
export function describingParticiple(tokens: TaggedTokens, verb: number, first: number): boolean {
  if (!NOUN_TAGS.has(tokens.pos[verb + 1] ?? '')) return false;
  let before = verb - 1;
  while (before > first && tokens.pos[before] === 'ADV') before--;
  return before >= first && (tokens.pos[before] === 'DET' || tokens.pos[before] === 'ADJ');
}

/** The verb before the words after it is one of writing: "of"/"about" after it give the work's subject. */
export function topicOfWriting(text: string, tokens: TaggedTokens, first: number): boolean {
  const verb = first - 1;
  return verb >= 0 && WRITING_VERBS.has(text.slice(tokens.start[verb] ?? 0, tokens.end[verb] ?? 0).toLowerCase());
}

/** Tags of the noun a participle may describe. */
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
