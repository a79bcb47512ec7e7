import { WORDS_BEFORE_COLON } from '../lang/en/attributionPatterns.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import type { SentenceSpan } from './sentences.ts';
import { hasOwnTag } from './mannerTag.ts';
import { introducedByUnknown } from './quoteOwnership.ts';
import { isVerb } from './speechVerbScan.ts';
import { anotherOneSpeaks } from './indefiniteKind.ts';

/**
 * "The prevailing view in the industry was summed up in 1912 by a group of auto makers who told a Senate
 * committee: “…”": a speech verb with its object introduces the quote even when its subject is unknown, so
 * the quote is not the previous quote's speaker going on (quoteOwnership.ts's introducedByUnknown takes the
 * verb right before the colon).
 */
export function introducedWithObject(masked: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
  const words = WORDS_BEFORE_COLON.exec(masked.slice(Math.max(sentence.start, span.open - 60), span.open))?.groups?.words ?? '';
  // Not the last word: that is introducedByUnknown's verb ("who declared:").
  return words
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .some((word) => /^\p{Ll}/u.test(word) && isVerb(word));
}

/**
 * Whether a quote has a speaker the text does not name, so that no earlier speaker may take it: "…, who
 * declared: “…”", "who told a Senate committee: “…”", a tag of its own after it ("“…”, gushed the …"), or a
 * sentence opening on somebody else ("Another reported that …": indefiniteKind.ts).
 */
export function introducerUnknown(text: string, masked: string, span: QuoteSpan, sentence: SentenceSpan, closeSentenceEnd: number): boolean {
  return (
    introducedByUnknown(masked, span, sentence) ||
    introducedWithObject(masked, span, sentence) ||
    hasOwnTag(text.slice(span.close, closeSentenceEnd), isVerb) ||
    anotherOneSpeaks(masked.slice(sentence.start, span.open))
  );
}
