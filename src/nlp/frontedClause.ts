import { FRONTED_SUBORDINATE, HYPOTHETICAL_SUBORDINATE, THAT_CLAUSE_SOON, THAT_THEN_SUBORDINATE } from '../lang/en/attributionPatterns.ts';
import type { SentenceSpan } from './sentences.ts';

/** The most words a subject between a comma and its verb has: "Ulyate", "the Director, Walter E. Clark". */
const SUBJECT_WORDS = 6;

/**
 * "When Michelangelo explained why he had come, Rabbi Melzi replied", "If Depew had told any academic
 * psychologist that …, he would have been informed …": the speech verb stands in a subordinate clause opening
 * the sentence, and the main clause after its comma is the writer's (or another speaker's). The sentence is
 * no statement of the verb's subject: a condition never is, and another clause only when no "that"-clause
 * says what was said ("Thus when Premier Khrushchev intimated … that he hoped for an early meeting …, Mr.
 * Kennedy was confronted …" is Khrushchev's statement).
 */
export function inFrontedClause(masked: string, sentence: SentenceSpan, verbStart: number, verbEnd: number): boolean {
  const before = masked.slice(sentence.start, verbStart);
  if (/[,;:—]/.test(before) || !FRONTED_SUBORDINATE.test(before) || !/[,—]/u.test(masked.slice(verbStart, sentence.end))) return false;
  return HYPOTHETICAL_SUBORDINATE.test(before) || !THAT_CLAUSE_SOON.test(masked.slice(verbEnd, sentence.end));
}

/**
 * "…, so thickly overgrown that when Kearton lost sight of Ulyate and called, Ulyate answered from ten feet
 * away": the stretch before the comma ahead of the subject is a subordinate clause inside a "that"-clause
 * that the verb's own clause completes, so nothing before the verb is what the subject said ("The plan will
 * cost $5 million, Smith said" has a clause of its own there). Only after "that": a stretch opening the
 * sentence with "when" or "if" may hold its own main clause ("If necessary we will fight, he said").
 */
export function subordinateBeforeSubject(masked: string, sentence: SentenceSpan, verbStart: number): boolean {
  const before = masked.slice(sentence.start, verbStart);
  const comma = before.lastIndexOf(',');
  if (
    comma < 0 ||
    before
      .slice(comma + 1)
      .trim()
      .split(/\s+/).length > SUBJECT_WORDS
  )
    return false;
  const stretch = before.slice(0, comma);
  const opening = Math.max(...[',', ';', ':', '—'].map((mark) => stretch.lastIndexOf(mark))) + 1;
  return THAT_THEN_SUBORDINATE.test(stretch.slice(opening));
}
