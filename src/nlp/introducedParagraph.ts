import type { ExtractedQuote, TextBlock } from './attributionTypes.ts';
import type { ArticlePerson } from './people.ts';

/**
 * "Last Friday the White House announced:" closing a paragraph, then a paragraph without quote marks
 * ("President Kennedy will meet with … in Vienna June 3 and 4."): that paragraph is what was announced,
 * reported in the introducer's words. A paragraph with quote marks or with statements of its own is
 * read as usual.
 */
export function introducedStatements(previous: TextBlock | undefined, block: TextBlock, introducer: ArticlePerson | null, found: readonly ExtractedQuote[]): ExtractedQuote[] {
  // Only after a colon: a quote left open at the end of the paragraph before runs on, and the text after it is the reporter's.
  if (!introducer || block.section !== 'body' || found.length > 0 || QUOTE_MARK.test(block.text) || !COLON_AT_END.test(previous?.text ?? '')) return [];
  return block.sentences.map((sentence, sentenceIndex) => ({
    text: sentence.text,
    kind: 'reported',
    block,
    sentenceIndex,
    speaker: introducer,
    method: 'continuation',
    cue: 'introduced by a colon',
  }));
}

const QUOTE_MARK = /[“”"]/;
const COLON_AT_END = /:\s*$/;
