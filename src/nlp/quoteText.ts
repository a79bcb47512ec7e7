import { NAME_PARTICLE, POSSESSIVE_START, REPORTED_THAT_START, SHORT_ATTRIBUTION, STARTS_WITH_THE_U } from '../lang/en/attributionPatterns.ts';
import type { TextBlock } from './attributionTypes.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import type { SentenceSpan } from './sentences.ts';
import { isVerb, verbSoonAfter, withoutTrailingAdverbial } from './speechVerbScan.ts';
import { isTagSentence } from './mannerTag.ts';

/** Where quotes, sentences and clauses stand in a block of text, and how much of it is quoted. */

/** How far from a quote its attribution may stand ("…,” the top French diplomat said"), in characters. */
export const ATTRIBUTION_REACH = 300;

/** The offset after the next comma, semicolon, colon or dash before `end`, or -1. */
export function nextClauseStart(text: string, from: number, end: number): number {
  for (let index = from; index < end; index++) {
    const char = text[index];
    if (char === ',' || char === ';' || char === ':' || char === '—' || char === '–') return index + 1;
  }
  return -1;
}

/** Five or more unquoted words after "said that", before any quotation starts: a paraphrase. */
export function hasReportedClause(text: string, masked: string, sentence: SentenceSpan, verbStart: number, verbEnd: number): boolean {
  const that = REPORTED_THAT_START.exec(masked.slice(verbEnd, Math.min(sentence.end, verbEnd + ATTRIBUTION_REACH)));
  if (that) {
    const clauseStart = verbEnd + that[0].length;
    // Five words of the reporter's own before the quote ("told Gregorio that he took the money to pay “…”"), or over
    // the whole clause, outnumbering the quoted ones ("said that the plan would cost “five or six million” dollars a year").
    const beforeQuote = /^[^“”"]*?(?=\s{2,}|$)/u.exec(masked.slice(clauseStart, sentence.end))?.[0] ?? '';
    return wordCount(beforeQuote) >= MIN_OWN_WORDS || ownWordsLead(text, masked, clauseStart, sentence.end, 0);
  }
  // "Government attorneys, Leavitt said, have questioned him closely about “five or six loans” …": the reporter's
  // sentence opens before the attribution ("“Yes”, she said, almost in a whisper" is a quote and a manner).
  if (!isParenthetical(masked, sentence, verbStart, verbEnd)) return false;
  const opening = masked.slice(sentence.start, masked.lastIndexOf(',', verbStart));
  const attribution = wordCount(masked.slice(sentence.start + opening.length, verbEnd));
  return (
    wordCount(opening) >= 1 &&
    wordCount(text.slice(sentence.start, sentence.start + opening.length)) === wordCount(opening) &&
    ownWordsLead(text, masked, sentence.start, sentence.end, attribution)
  );
}

/** The fewest words of the reporter's own a paraphrase with quoted words inside has. */
const MIN_OWN_WORDS = 5;

/** Between two offsets, the reporter's own words (outside quotes, less `attribution` words) are at least five and outnumber the quoted ones. */
function ownWordsLead(text: string, masked: string, start: number, end: number, attribution: number): boolean {
  const all = wordCount(text.slice(start, end)) - attribution;
  const own = wordCount(masked.slice(start, end)) - attribution;
  return own >= MIN_OWN_WORDS && own > all - own;
}

/** "Among his gangland buddies, he said, were …": an attribution set between commas inside the statement. */
export function isParenthetical(text: string, sentence: SentenceSpan, verbStart: number, verbEnd: number): boolean {
  return /^\s*,\s*\p{L}/u.test(text.slice(verbEnd, sentence.end)) && /,[^,]{1,40}$/u.test(text.slice(sentence.start, verbStart));
}

/** Replaces quoted words with spaces so verbs inside a quotation are not taken as attribution. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.open < cursor) continue;
    parts.push(text.slice(cursor, span.open), ' '.repeat(span.close - span.open));
    cursor = span.close;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * The reporter's own words (outside quotes, without the attribution) outnumber the quoted ones up
 * to the verb: "Vast spraying programs conducted by “…” are endangering crops, Buchheister said" is
 * a paraphrase; "“…,” he said" and "Paris “has no … plans …”, Morel said" are quotes.
 */
export function mostlyOwnWords(text: string, masked: string, start: number, verbEnd: number, phrase: string): boolean {
  const all = (text.slice(start, verbEnd).match(/\p{L}+/gu) ?? []).length;
  const own = (masked.slice(start, verbEnd).match(/\p{L}+/gu) ?? []).length - phrase.split(/\s+/).length - 1;
  return own >= 4 && own > all - own;
}

export function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}

/** Nothing but a trailing adverbial and a full stop after the verb. */
export function closesSentence(masked: string, verbEnd: number, sentenceEnd: number): boolean {
  return /^\s*[.!?]?\s*$/.test(withoutTrailingAdverbial(masked.slice(verbEnd, sentenceEnd)));
}

/** "Willie Mays when the game was over" → "Willie Mays"; "the top French diplomat" and "he" stay whole. */
export function leadingName(subject: string): string {
  if (!/^\p{Lu}/u.test(subject) || STARTS_WITH_THE_U.test(subject) || POSSESSIVE_START.test(subject)) return subject;
  const words = subject.split(/\s+/);
  const end = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word) && !NAME_PARTICLE.test(word));
  return end < 0 ? subject : words.slice(0, end).join(' ');
}

/**
 * `“Did you”?? Asked Willie.` — the question mark ends the sentence, and the inverted verb and its
 * subject stand in the next one: the quote's sentence reaches over it.
 */
export function withInvertedVerb(block: TextBlock, sentence: SentenceSpan): SentenceSpan {
  const index = block.sentences.indexOf(sentence);
  const next = block.sentences[index + 1];
  if (!next || !/[?!][”"’']?\s*$/.test(block.text.slice(sentence.start, sentence.end))) return sentence;
  const nextText = block.text.slice(next.start, next.end);
  const firstWord = /^\s*(?<word>\p{L}+)/u.exec(nextText)?.groups?.word ?? '';
  // "“Is that fair?” Corrigan asked.": a sentence of a subject and a speech verb alone is the quote's attribution too.
  const verb = isVerb(firstWord) ? firstWord : (SHORT_ATTRIBUTION.exec(withoutTrailingAdverbial(nextText.trim()))?.groups?.verb ?? '');
  return isVerb(verb) || isTagSentence(nextText, isVerb) ? { start: sentence.start, end: next.end, text: '' } : sentence;
}

/** The sentence holding a character offset, searching forward from a known sentence. */
export function sentenceContaining(sentences: SentenceSpan[], offset: number, from: number): SentenceSpan | undefined {
  for (let index = from; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (sentence && offset >= sentence.start && offset < sentence.end) return sentence;
    if (sentence && sentence.start > offset) break;
  }
  return undefined;
}

export function firstNonSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** A quote that starts its sentence, follows a colon, or is followed by "he said" is a whole statement. */
/** Characters enough to hold a speech verb before a comma: "acknowledged,". */
const LAST_WORD_REACH = 32;

export function isWholeStatement(text: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
  const before = text.slice(sentence.start, span.open).trim();
  if (before === '' || /[:]$/.test(before)) return true;
  // "Ramsey, 6-3, 195 and ruggedly slim, says, “I can't remember …”": a speech verb and a comma introduce a sentence as a
  // colon would ("said, “to increase the population …”" goes on with the reporter's sentence: a fragment).
  // (The word before the comma is read from the last few characters: an anchored-at-end pattern over the whole
  // sentence start would be tried at every offset.)
  const verb = before.endsWith(',') ? /(?<verb>\p{L}+)$/u.exec(before.slice(-LAST_WORD_REACH, -1))?.groups?.verb : undefined;
  if (verb && isVerb(verb) && /^\P{L}*\p{Lu}/u.test(span.text)) return true;
  const after = text.slice(span.close, Math.min(sentence.end, span.close + 40));
  return verbSoonAfter(after) && /[,.!?]\s*$/.test(text.slice(span.open, span.close - 1));
}
