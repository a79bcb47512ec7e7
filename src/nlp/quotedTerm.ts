import { inTitleCase } from '../lang/en/directQuotes.ts';
import { tokenAt } from './posSubject.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { isWholeStatement, wordCount } from './quoteText.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/**
 * Quoted words that name or count a thing inside the writer's sentence, read from the tags around the marks:
 * nobody's statement, whatever verb of speaking stands before them. A reviewer's "Mr. Nagrin has described
 * four “places”, … added two “diversions”" counts the parts of a programme (a number before a quoted noun);
 * "in some “Observations” on the Irish Privy Council" names a work (a determiner before words in title case,
 * inside the sentence). Quoted words after "the", "a" or a possessive closing a phrase are namesThing's
 * (quoteOwnership.ts); "a “very serious” response" (a noun after the marks) stays quoted words, and so does
 * "called it “a disgrace”" (the determiner inside the marks).
 */
export function isQuotedTerm(text: string, span: QuoteSpan, sentence: SentenceSpan, tokens: (() => TaggedTokens) | null): boolean {
  if (!tokens || span.runsOn || wordCount(span.text) > MAX_TERM_WORDS || /[.,;:!?]\s*$/.test(span.text) || isWholeStatement(text, span, sentence)) return false;
  const tagged = tokens();
  const mark = tokenAt(tagged, span.open);
  const before = tagged.pos[mark - 1];
  if (mark - 1 < tokenAt(tagged, sentence.start) || (before !== 'NUM' && before !== 'DET')) return false;
  const closing = tokenAt(tagged, span.close - 1);
  const last = tagged.pos[closing - 1];
  const next = tagged.pos[closing + 1];
  // The quote heads the phrase the word before it opens: its last word a noun, no noun after the marks.
  if (!HEAD_TAGS.has(last ?? '') || HEAD_TAGS.has(next ?? '')) return false;
  return before === 'NUM' || inTitleCase(span.text);
}

/** The most words a counted term or a title after a determiner has. */
const MAX_TERM_WORDS = 4;

/** Tags a phrase's head word has. */
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);
