import type { Citation, Passage } from '../domain/types.ts';
import { LEANS_ON_PREVIOUS, PRONOUN_ATTRIBUTION } from '../lang/en/questionWords.ts';
import type { Window } from './windows.ts';

/** A citation of what is shown: the passage's, widened to the last sentence of its window. */
export interface WindowCitation extends Citation {
  /** The paragraph and sentence of the last sentence shown (equal to `paragraph` and `sentence` when the passage is shown alone). */
  lastParagraph: number;
  lastSentence: number;
}

export interface AskHit {
  /** The sentence that matched the question best. */
  passage: Passage;
  /** Relevance after our re-ranking; comparable within one answer only. */
  score: number;
  /** What is shown: the passage, with the neighbouring sentence it needs (a sentence window), in article order. */
  text: string;
  /** Where `text` stands in the article: paragraph, first and last sentence. */
  citation: WindowCitation;
  /** The sentence before `text`, labelled as context, when `text` cannot stand alone ("Yet he hinted…"), with "(he = Paul Morel)" when known. */
  context: string | null;
}

export type AskResult =
  /** `confidence`: the share of the question's informative weight the first hit holds (0–1). */
  | { status: 'found'; question: string; hits: AskHit[]; correctedQuestion: string | null; confidence: number }
  /**
   * The best passage does not hold enough of the question's informative words to answer it. `missing`
   * names the words it lacks (those no article has first); `reason` says so in a sentence; `nearest`
   * are the closest passages, to be shown only as "closest, not an answer".
   */
  | { status: 'not-covered'; question: string; missing: string[]; reason: string; nearest: AskHit[]; correctedQuestion: string | null; confidence: number }
  | { status: 'nothing-found'; question: string; suggestions: string[] }
  | { status: 'invalid'; reason: string };

export function notCovered(question: string, corrected: string | null, missing: string[], present: string[], nearest: AskHit[], confidence: number): AskResult {
  const quoted = (list: string[], joiner: string) => list.map((word) => `“${word}”`).join(joiner);
  const reason =
    missing.length === 0
      ? 'No passage in the articles answers this closely enough.'
      : present.length > 0
        ? `No passage mentions ${quoted(missing, ' or ')} together with ${quoted(present, ', ')}.`
        : `The articles don't mention ${quoted(missing, ' or ')}.`;
  return { status: 'not-covered', question, missing, reason, nearest, correctedQuestion: corrected, confidence };
}

export function toHit(window: Window): AskHit {
  const first = window.sentences[0] ?? window.passage;
  const last = window.sentences[window.sentences.length - 1] ?? window.passage;
  const text = window.sentences.map((sentence) => sentence.text).join(' ');
  const citation: WindowCitation = { ...first.citation, lastParagraph: last.citation.paragraph, lastSentence: last.citation.sentence };
  return { passage: window.passage, score: window.score, text, citation, context: contextFor(window) };
}

/**
 * A window that opens with a pronoun or a connective ("Yet he hinted…"), or whose quote is attributed
 * only as "he said", is unclear alone: the sentence before it is shown as context, and when the
 * speaker behind a "he" is known, the context names them first.
 */
function contextFor(window: Window): string | null {
  const first = window.sentences[0] ?? window.passage;
  const pronoun = PRONOUN_ATTRIBUTION.exec(window.passage.text)?.[1];
  const unclear = pronoun !== undefined || LEANS_ON_PREVIOUS.test(first.text) || first.text.split(/\s+/).length < 6;
  if (!unclear) return null;
  const speaker = pronoun && window.passage.speakerNames.length === 1 ? `(${pronoun.toLowerCase()} = ${window.passage.speakerNames[0]}) ` : '';
  if (!first.before) return speaker ? speaker.trim() : null;
  return `${speaker}${first.before}`;
}
