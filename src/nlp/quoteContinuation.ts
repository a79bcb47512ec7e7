import { actionBeatOwner } from './actionBeat.ts';
import type { ExtractedQuote, SubjectMatch, TextBlock } from './attributionTypes.ts';
import { afterBareReport } from './mannerTag.ts';
import type { ArticlePeople } from './people.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { wordCount } from './quoteText.ts';
import type { SentenceSpan } from './sentences.ts';
import { speechVerbsIn } from './speechVerbScan.ts';

/**
 * A quote with no attribution of its own that goes on with what the sentence before it reported:
 * "Hughes said that he had understood the party was to be in honour of Jerry O'Connor. “But when I
 * arrived and recognised a number of notorious characters …, I knew I had been framed”." News
 * paraphrases a person and then quotes them, without repeating "he said".
 */

/**
 * The speaker of the sentence before, for a quote that is its sentence: the person whose paraphrase it is,
 * the subject of a sentence that is only a subject and a verb of speaking ("Bake cursed. “…”", mannerTag.ts),
 * or the known person whose gesture it tells ("Gross swung his swivel chair. “…”", actionBeat.ts).
 */
export function afterReport(
  quotes: readonly ExtractedQuote[],
  block: TextBlock,
  sentenceIndex: number,
  span: QuoteSpan,
  sentence: SentenceSpan,
  subjects: Parameters<typeof afterBareReport>[4],
  beat: { masked: string; people: ArticlePeople },
): SubjectMatch | null {
  return (
    afterParaphrase(quotes, block, sentenceIndex, span, sentence) ??
    afterBareReport(block, sentenceIndex, span, sentence, subjects) ??
    actionBeatOwner(block, beat.masked, sentenceIndex, span, beat.people)
  );
}

/**
 * The person whose paraphrase is the sentence right before this one in the paragraph, for a quote
 * that is its sentence (a whole statement of three words or more), or null.
 */
function afterParaphrase(quotes: readonly ExtractedQuote[], block: TextBlock, sentenceIndex: number, span: QuoteSpan, sentence: SentenceSpan): SubjectMatch | null {
  if (sentenceIndex === 0 || wordCount(span.text) < 3 || /\S/.test(block.text.slice(sentence.start, span.open))) return null;
  // Words after it in its sentence may be its own attribution ("“…”, Lafayette continued, “…”"): not a continuation.
  if (/[\p{L}\p{N}]/u.test(block.text.slice(span.close, sentence.end))) return null;
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index];
    if (!quote || quote.block !== block || quote.sentenceIndex < sentenceIndex - 1) break;
    if (quote.sentenceIndex !== sentenceIndex - 1) continue;
    // Only a report, and only when nothing else of that sentence went to someone else.
    if (quote.kind !== 'reported' || quote.speaker?.kind !== 'person') return null;
    const speaker = quote.speaker;
    const others = quotes.some((other) => other.block === block && other.sentenceIndex === sentenceIndex - 1 && other.speaker && other.speaker !== speaker);
    return others ? null : { speaker, method: 'continuation', phrase: quote.cue };
  }
  return null;
}

/**
 * A quote opening a sentence that goes on about someone else, with no speech verb ("“Surprised and pleased”,
 * Students Holmes and Hunter may enter the University …"): the words are theirs or nobody's, never a
 * continuation of the paragraph's earlier speaker (who may be that subject: "Observing that “…”, Hough catalogued").
 * So is a quote inside a relative clause about someone else the sentence opens on ("And Hamilton, who felt it “…”").
 */
export function opensOthersClause(masked: string, span: QuoteSpan, sentence: SentenceSpan, earlier: string | undefined): boolean {
  // "And Hamilton, who felt it “a religious duty” …": words inside a clause about someone else named.
  const relative = RELATIVE_ABOUT.exec(masked.slice(sentence.start, span.open))?.groups?.run;
  if (relative && !relative.split(/\s+/).includes(earlier?.split(/\s+/).pop() ?? '')) return true;
  const rest = masked.slice(span.close, sentence.end);
  const subject = /^[\s"”’]*,\s*(?<run>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(rest)?.groups?.run;
  if (!subject || speechVerbsIn(rest).length > 0) return false;
  const surname = earlier?.split(/\s+/).pop();
  return !surname || !subject.split(/\s+/).includes(surname);
}

/** A sentence opening on a name and its relative clause: "And Hamilton, who felt it …". */
const RELATIVE_ABOUT = /^\s*(?:(?:And|But|Yet)\s+)?(?<run>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*),\s*who\b/u;
