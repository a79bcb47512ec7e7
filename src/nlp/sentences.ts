import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { abbreviationHoldsSentence } from '../lang/en/abbreviations.ts';
import { boundedMemo } from '../domain/boundedMemo.ts';

/** One sentence with its place in the paragraph, so quotes that span sentences can be mapped back. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Building the pipeline takes ~0.1 s; it is built on first use, so a restart whose files are all
// in the snapshot cache never pays for it, and one instance serves the whole process after that.
let pipeline: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  pipeline ??= winkNLP(model, ['sbd', 'pos']);
  return pipeline;
}

/**
 * Splits a paragraph into sentences with wink-nlp, then repairs the splits news text
 * trips over: a quote's closing mark or a lone "!" left as its own sentence.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  return readParagraph(paragraph).sentences;
}

/**
 * Part-of-speech tags of a paragraph's words with their offsets, from the same wink-nlp reading
 * that splits its sentences (the NLP never runs twice on one text). Parallel arrays: one entry a token.
 */
export interface TaggedTokens {
  start: Int32Array;
  end: Int32Array;
  /** Universal POS tags ("PROPN", "NOUN", "VERB", "DET", "PUNCT" …). */
  pos: string[];
}

/** Sentences and tagged tokens of one paragraph, from one wink-nlp reading. */
export function readParagraph(paragraph: string): { sentences: SentenceSpan[]; tokens: () => TaggedTokens } {
  const doc = nlp().readDoc(paragraph);
  // Attribution reads the tags of few sentences: they are taken out of the reading only when asked for.
  let tokens: TaggedTokens | null = null;
  return { sentences: toSpans(paragraph, doc.sentences().out()), tokens: () => (tokens ??= tagged(paragraph, doc)) };
}

function tagged(paragraph: string, doc: ReturnType<ReturnType<typeof winkNLP>['readDoc']>): TaggedTokens {
  const its = nlp().its;
  const tokens = doc.tokens();
  const values: string[] = tokens.out(its.value);
  const pos: string[] = tokens.out(its.pos);
  const start = new Int32Array(values.length);
  const end = new Int32Array(values.length);
  let cursor = 0;
  values.forEach((value, index) => {
    // wink keeps the text's own characters; where it did not, the token keeps its place in order.
    const at = paragraph.indexOf(value, cursor);
    const found = at >= 0 && at - cursor < 16;
    start[index] = found ? at : cursor;
    end[index] = found ? at + value.length : cursor;
    cursor = end[index] ?? cursor;
  });
  return { start, end, pos };
}

function toSpans(paragraph: string, raw: string[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of raw) {
    const text = sentence.trim();
    if (!text) continue;
    let start = paragraph.indexOf(text, cursor);
    if (start < 0) start = cursor; // wink normalised spacing; keep order, approximate offset
    const end = Math.min(paragraph.length, start + text.length);
    cursor = end;
    const previous = spans[spans.length - 1];
    if (previous && shouldMerge(previous.text, text)) {
      previous.end = end;
      previous.text = paragraph.slice(previous.start, end);
    } else spans.push({ text: paragraph.slice(start, end) || text, start, end });
  }
  return spans.flatMap((span) => splitAtItemDash(paragraph, span)).flatMap((span) => (span.text.length > MAX_PASSAGE_CHARS ? chunkLongSentence(paragraph, span) : [span]));
}

/**
 * "… as two separate entities. —Consumer spending edged down …": a roundup's next item, run into the
 * paragraph after a full stop and a dash, is a sentence of its own (wink reads the dash as going on).
 */
function splitAtItemDash(paragraph: string, span: SentenceSpan): SentenceSpan[] {
  const parts: SentenceSpan[] = [];
  let start = span.start;
  for (const match of span.text.matchAll(ITEM_DASH)) {
    const end = span.start + (match.index ?? 0) + match[0].trimEnd().length;
    const next = span.start + (match.index ?? 0) + match[0].length;
    parts.push({ text: paragraph.slice(start, end), start, end });
    start = next;
  }
  if (parts.length === 0) return [span];
  parts.push({ text: paragraph.slice(start, span.end), start, end: span.end });
  return parts;
}

/** A full stop, space, then a dash opening the next item: "entities. —Consumer". */
const ITEM_DASH = /[.!?][)”"’']*\s+(?=[—–]\s*\p{Lu})/gu;

/**
 * A "sentence" longer than this is text without sentence punctuation (a list, a run-on paste), not
 * a citable sentence; it is cut into passages of at most this size.
 */
export const MAX_PASSAGE_CHARS = 700;

/** Cuts at the last semicolon, comma or space before the limit, so passages end between words. */
function chunkLongSentence(paragraph: string, span: SentenceSpan): SentenceSpan[] {
  const chunks: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_PASSAGE_CHARS) {
    const window = paragraph.slice(start, start + MAX_PASSAGE_CHARS);
    const half = MAX_PASSAGE_CHARS / 2;
    const cut = ['; ', ', ', ' '].map((separator) => lastCutBefore(window, separator)).find((index) => index > half);
    const end = start + (cut === undefined ? MAX_PASSAGE_CHARS : cut + 1);
    chunks.push({ text: paragraph.slice(start, end).trim(), start, end });
    start = end;
    while (start < span.end && /\s/.test(paragraph[start] ?? '')) start++;
  }
  if (start < span.end) chunks.push({ text: paragraph.slice(start, span.end).trim(), start, end: span.end });
  return chunks.filter((chunk) => chunk.text.length > 0);
}

/** The last separator not right after a closing quote: “…,” said Testov must stay in one passage. */
function lastCutBefore(window: string, separator: string): number {
  let index = window.lastIndexOf(separator);
  while (index > 0 && /[”"’']/.test(window[index - 1] ?? '')) index = window.lastIndexOf(separator, index - 1);
  return index;
}

function shouldMerge(previous: string, next: string): boolean {
  // Fragments with no letters ("!", "”") belong to the sentence before them.
  if (!/\p{L}/u.test(next)) return true;
  // "…with Atty. | Gen. J. Joseph Nugent": a title, an initial or "Jan. | 5" does not end a sentence.
  if (abbreviationHoldsSentence(previous, next)) return true;
  // A sentence never starts in lower case: "Albany (Cal.) | native", "Co. | of Chicago" go on.
  if (/^[\p{Ll}]/u.test(next) && /\.[)”"’']*$/u.test(previous.trimEnd())) return true;
  // wink splits a Discord mention "<@!123>" after its "!"; a mention is never a sentence boundary.
  if (/<(?:@[!&]?|#)$/.test(previous) && /^\d+>/.test(next)) return true;
  // A split right after an unclosed opening quote cuts a quotation in half.
  return countOpenQuotes(previous) > 0 && /^[\p{Ll}]/u.test(next);
}

function countOpenQuotes(text: string): number {
  let open = 0;
  for (const char of text) {
    if (char === '“') open++;
    else if (char === '”') open = Math.max(0, open - 1);
  }
  return open;
}

/** Universal POS tags of closed word classes: adverbs, determiners, adpositions, conjunctions, pronouns, particles, interjections, auxiliaries. */
const CLOSED_CLASS_TAGS: ReadonlySet<string> = new Set(['ADV', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'PART', 'INTJ', 'AUX']);

/** The POS tag wink-nlp gives the first word of a text. */
function firstTag(text: string): string {
  const tags: string[] = nlp().readDoc(text).tokens().out(nlp().its.pos);
  return tags[0] ?? '';
}

/** Whether wink-nlp tags the word, read alone in lower case, as a closed-class word ("thus", "whatever", "south"). Once a word. */
const closedClassAlone = boundedMemo((word: string) => CLOSED_CLASS_TAGS.has(firstTag(word.toLowerCase())), 4096);

/**
 * Whether a capitalised run opens with a closed-class word that is no part of the name after it ("Thus Trevelyan",
 * "Whatever Hans"): wink-nlp tags the word so alone and again at the head of the run as a sentence's subject, where
 * "South" of "South Philadelphia High" is a proper noun. Only a word so tagged alone is read in the run: few are.
 */
export const opensWithClosedClassWord: (run: string) => boolean = boundedMemo((run) => {
  const first = run.split(/\s+/)[0] ?? '';
  return closedClassAlone(first) && CLOSED_CLASS_TAGS.has(firstTag(`${run} said.`));
}, 4096);
