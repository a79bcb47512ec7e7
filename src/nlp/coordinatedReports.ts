import { CLAUSE_IN_REPORT_START, COORDINATED_CLAUSE, NOUN_PHRASE_START } from '../lang/en/attributionPatterns.ts';
import type { AttributionMethod, ExtractedQuote, SpeechVerb, TextBlock } from './attributionTypes.ts';
import type { ArticlePerson } from './people.ts';
import type { SentenceSpan } from './sentences.ts';

/**
 * "Federal prosecutors estimated that the amount may total $20,000, altho a spokesman for the association
 * estimated its loss at approximately $10,000.": two reports in one sentence, each clause with its own
 * subject and speech verb. The first speaker's statement ends where the coordinated clause starts; the
 * second clause is the second speaker's, or nobody's when that subject is unknown or reports nothing.
 * Returns the attributed parts of the sentence: the whole sentence when it holds one report.
 */
export interface ReportPart {
  text: string;
  speaker: ArticlePerson;
  method: AttributionMethod;
  cue: string;
}

/** How many words the second clause's subject may have ("a spokesman for the association"). */
const SUBJECT_WORDS = 8;

export function coordinatedParts(
  text: string,
  masked: string,
  sentence: SentenceSpan,
  subjects: readonly SpeechVerb[],
  first: SpeechVerb,
  reports: (subject: SpeechVerb) => boolean,
): ReportPart[] {
  const part = (subject: SpeechVerb | null, start: number, end: number): ReportPart[] =>
    subject?.speaker
      ? [
          {
            text: start === sentence.start && end === sentence.end ? sentence.text : text.slice(start, end).trim(),
            speaker: subject.speaker,
            method: subject.method,
            cue: subject.phrase,
          },
        ]
      : [];
  const parts: ReportPart[] = [];
  let current: SpeechVerb | null = first;
  let from = sentence.start;
  // "the AEC had reported 24 shots …, and President Kennedy indicated there were …": when an earlier verb reports
  // nothing, the first that does owns its own clause only, from the boundary before it.
  const firstStart = first.verbEnd - first.verb.length;
  const earlierEnd = Math.max(-1, ...subjects.filter((subject) => subject !== first && subject.verbEnd <= firstStart).map((subject) => subject.verbEnd));
  if (earlierEnd >= 0) for (const boundary of masked.slice(earlierEnd, firstStart).matchAll(COORDINATED_CLAUSE)) from = earlierEnd + (boundary.index ?? 0) + boundary[0].length;
  let after = first.verbEnd;
  for (const second of subjects) {
    if (second.verbEnd <= after || second.dependent || second.inverted) continue;
    const verbStart = second.verbEnd - second.verb.length;
    let cut = -1;
    let clauseStart = -1;
    for (const boundary of masked.slice(after, verbStart).matchAll(COORDINATED_CLAUSE)) {
      cut = after + (boundary.index ?? 0);
      clauseStart = cut + boundary[0].length;
    }
    if (cut < 0) continue;
    // The words between the boundary and the verb are its subject: short, no clause of their own, and (when it names
    // nobody known) a noun phrase, not an adverb (", and apparently blamed …" goes on with the same subject).
    const subject = masked.slice(clauseStart, verbStart).trim();
    if (subject === '' || /[,;:]/.test(subject) || subject.split(/\s+/).length > SUBJECT_WORDS || CLAUSE_IN_REPORT_START.test(subject)) continue;
    if (!second.speaker && !NOUN_PHRASE_START.test(subject)) continue;
    after = second.verbEnd;
    if (current && second.speaker === current.speaker) continue;
    parts.push(...part(current, from, cut));
    current = second.speaker && !second.quoteOnly && reports(second) ? second : null;
    from = clauseStart;
  }
  return [...parts, ...part(current, from, sentence.end)];
}

/** A part as a reported quote of the block's sentence; fields by name, not spread (see speechVerb). */
export function reportedQuote(part: ReportPart, block: TextBlock, sentenceIndex: number): ExtractedQuote {
  return { text: part.text, kind: 'reported', block, sentenceIndex, speaker: part.speaker, method: part.method, cue: part.cue };
}
