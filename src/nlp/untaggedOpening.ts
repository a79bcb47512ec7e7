import { PRONOUNS } from '../lang/en/peopleWords.ts';
import { isSpeechVerb } from '../lang/en/speechVerbs.ts';
import type { ParagraphQuotes } from './dialogueTurns.ts';
import { speechVerbsIn } from './speechVerbScan.ts';
import type { ArticlePerson } from './people.ts';

/**
 * A paragraph opening with a quote and no tag, right after a paragraph in which one speaker alone was quoted and
 * the narration after their words names nobody and reports no speech: the quote goes on in their voice (cf04:
 * "“After the soil, the kitchen”, says Mr. Clark. The first major change was that of providing wholewheat bread …"
 * then "“Adults take a long time to convince and you are thwarted if you try to push”."). A feature keeps quoting
 * the one person it follows without repeating the tag. Not when the paragraph before ends on the quote or its tag:
 * then the new paragraph may be the other side of a dialogue (dialogueTurns.ts), and a guess would be worse than
 * nothing. Nor when the new paragraph quotes anybody else or has a speech verb of its own, nor after words of
 * theirs that were only reported.
 */
export function assignUntaggedOpenings(paragraphs: readonly ParagraphQuotes[], outsideQuotes: (text: string) => string): void {
  for (let index = 1; index < paragraphs.length; index++) {
    const current = paragraphs[index];
    const before = paragraphs[index - 1];
    const speaker = before ? soleSpeakerThenNarration(before, outsideQuotes) : null;
    if (!current || !speaker || current.quotes.some((quote) => quote.speaker && quote.speaker !== speaker)) continue;
    // "“Merciful God, Julia”!! I have known Papa to exclaim …": a paragraph that goes on to say whose words they are.
    if (speechVerbsIn(outsideQuotes(current.block.text)).length > 0) continue;
    const first = current.block.sentences[0];
    const opening = first ? current.block.text.slice(first.start, first.end) : '';
    if (!/^\s*[“"]/u.test(opening) || /\p{L}/u.test(outsideQuotes(opening))) continue;
    for (const quote of current.quotes) {
      if (quote.speaker || quote.kind !== 'direct' || sentenceOf(quote.passageId) !== 1) continue;
      quote.speaker = speaker;
      quote.attribution = 'continuation';
      quote.cue = 'quote opening the next paragraph';
    }
  }
}

/** The one speaker of a paragraph's quotes, when sentences after the last of them narrate without naming anybody or reporting speech. */
function soleSpeakerThenNarration(paragraph: ParagraphQuotes, outsideQuotes: (text: string) => string): ArticlePerson | null {
  const speakers = new Set(paragraph.quotes.map((quote) => quote.speaker));
  const [speaker] = speakers;
  // Quoted in their own words: "I recall that …" makes the writer no voice a quote goes on in.
  if (speakers.size !== 1 || !speaker || !paragraph.quotes.some((quote) => quote.kind === 'direct')) return null;
  const last = Math.max(...paragraph.quotes.map((quote) => sentenceOf(quote.passageId)));
  const after = paragraph.block.sentences.slice(last);
  if (after.length === 0) return null;
  return after.every((sentence) => narratesNobody(outsideQuotes(paragraph.block.text.slice(sentence.start, sentence.end)))) ? speaker : null;
}

/** No quote mark, no speech verb, no pronoun for a person and no capitalised word past the first. */
function narratesNobody(text: string): boolean {
  if (/[“”"]/u.test(text)) return false;
  const words = text.match(/[\p{L}’'-]+/gu) ?? [];
  return words.every((word, at) => (at === 0 || !/^\p{Lu}/u.test(word)) && !isSpeechVerb(word) && !PRONOUNS.has(word.toLowerCase()));
}

/** The 1-based sentence number a passage id ends with ("…#p19.s1"). */
function sentenceOf(passageId: string): number {
  return Number(/\.s(\d+)$/.exec(passageId)?.[1] ?? 0);
}
