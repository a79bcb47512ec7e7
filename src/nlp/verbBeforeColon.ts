import type { SpeechVerb, SubjectMatch } from './attributionTypes.ts';
import { wordCount } from './quoteText.ts';

/** How many words may stand between the verb and the colon: "describe her to the arraigning judge:". */
const OBJECT_WORDS = 10;

/**
 * "Therefore Irenaeus describes man's creation as follows:", "Shelley wrote to the father who had publicly disowned his
 * daughter:": a paragraph closing on a speech verb whose subject is resolved, with a few words of object before the colon,
 * introduces the quoted paragraph after it, though the verb reports nothing itself (no "that"-clause, so no paraphrase
 * took it): the verb's subject speaks there. Only the last such verb before the colon, with no clause break between it
 * and the colon ("Smith said, and the crowd chanted:" is the crowd's, and not known).
 */
export function verbBeforeColon(speechSubjects: readonly SpeechVerb[], masked: string, colon: number): SubjectMatch | null {
  let last: SpeechVerb | undefined;
  for (const subject of speechSubjects) if (subject.verbEnd <= colon && (!last || subject.verbEnd > last.verbEnd)) last = subject;
  if (!last?.speaker || last.quoteOnly) return null;
  const between = masked.slice(last.verbEnd, colon);
  if (/[,;—–()“”"]/.test(between) || wordCount(between) > OBJECT_WORDS) return null;
  return last;
}
