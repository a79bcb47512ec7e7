import type { ArticlePerson } from './people.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/** What attribution finds: quotes with their speakers, and the pieces of text it reads them from. */

/** A piece of an article that may hold quotes: the headline, the standfirst, a caption or a body paragraph. */
export interface TextBlock {
  section: 'headline' | 'standfirst' | 'caption' | 'body' | 'comment';
  /** 1-based number within its section. */
  paragraph: number;
  text: string;
  sentences: SentenceSpan[];
  /** The words' part-of-speech tags from the same wink-nlp reading, on demand (none for a headline read whole). */
  tokens: (() => TaggedTokens) | null;
}

export type AttributionMethod =
  | 'named' // "Smith said"
  | 'title' // "the top French diplomat said"
  | 'pronoun' // "he said", resolved from the sentences before
  | 'continuation' // a later quote in the same paragraph, or a quote running on into the next one
  | 'echo' // a fragment of a quote attributed elsewhere (a headline quoting the body)
  | 'none';

export interface ExtractedQuote {
  text: string;
  /** direct: a whole quoted statement; partial: quoted words inside the reporter's sentence; reported: indirect speech. */
  kind: 'direct' | 'partial' | 'reported';
  block: TextBlock;
  /** 0-based index of the sentence the quote starts in. */
  sentenceIndex: number;
  speaker: ArticlePerson | null;
  method: AttributionMethod;
  /** The words that attribute it ("he said", "Morel declared"), for transparency. */
  cue: string;
}

/** A speaker found for a quote or a speech verb, and how. */
export interface SubjectMatch {
  speaker: ArticlePerson | null;
  method: AttributionMethod;
  phrase: string;
}

export interface SpeechVerb extends SubjectMatch {
  verb: string;
  /** "…and warned", ", adding": the subject is that of an earlier verb. */
  dependent: boolean;
  /** Offset just past the verb in the block's text. */
  verbEnd: number;
  /** The subject is read from the tags for a coordinated verb: it may own a quote, not make a paraphrase. */
  quoteOnly?: boolean;
  /** The subject follows the verb ("…, says Mr. Alden"): what stands before the verb is what they said. */
  inverted?: boolean;
}

/**
 * A speech verb with its subject, the subject's fields copied by name: in Node 20 an object spread that adds new
 * fields (`{ ...subject, verb, … }`) costs about a microsecond for each, a tenth of the analysis time of an
 * article of 100,000 speakers where it ran for every sentence (a spread that only overrides fields stays fast).
 */
export function speechVerb(subject: SubjectMatch, verb: string, dependent: boolean, verbEnd: number, quoteOnly: boolean, inverted: boolean): SpeechVerb {
  return { speaker: subject.speaker, method: subject.method, phrase: subject.phrase, verb, dependent, verbEnd, quoteOnly, inverted };
}
