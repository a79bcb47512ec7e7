import { SET_OFF_TAG_AFTER, SET_OFF_TAG_BEFORE, THAT_FOLLOWS } from '../lang/en/attributionPatterns.ts';
import { QUESTION_TAG_VERBS } from '../lang/en/speechVerbs.ts';
import { directiveReport, type FoundVerb } from './directiveReport.ts';
import type { SentenceSpan } from './sentences.ts';

/**
 * "Practically all the people of Laos, he explained—about two million of them—are rice farmers", "The human body—he
 * pointed out, for example—required 33 units of blue light", "She had—he informed her—kidney trouble": a subject and
 * its verb set off by commas or dashes inside the sentence report the sentence around them, as `, he said,` does
 * (`isParenthetical` in quoteText.ts reads the commas alone, for quoted words inside such a sentence).
 */
export function isSetOffTag(text: string, sentence: SentenceSpan, verbStart: number, verbEnd: number): boolean {
  const after = SET_OFF_TAG_AFTER.exec(text.slice(verbEnd, sentence.end));
  const before = SET_OFF_TAG_BEFORE.exec(text.slice(sentence.start, verbStart));
  if (!after || !before) return false;
  // "…, Channing added—remember, this is Channing, not Parker!!": a dash after a verb whose subject follows a comma
  // may open what was said; it sets the verb off only when a second dash closes the aside it opens.
  return !DASH.test(after[0]) || DASH.test(before[0]) || DASH.test(text.slice(verbEnd + after[0].length, sentence.end));
}

const DASH = /—|–|--/;

/**
 * A verb that mostly takes a person or a thing as its object (`asked`, `informed`, `praised`) reports speech when a
 * "that"-clause follows ("asked that …"), when it addresses a request or a question to someone (directiveReport.ts), or,
 * a verb of asking, when it stands set off inside the question it reports ("Did she know, he asked, why the colors …
 * were important"; "but, he held, instead of …" is a view, and the person "he" means there is less sure).
 */
export function objectVerbReports(masked: string, speech: FoundVerb, sentence: SentenceSpan): boolean {
  return (
    THAT_FOLLOWS.test(masked.slice(speech.verbEnd, speech.verbEnd + 12)) ||
    directiveReport(masked, speech) ||
    (QUESTION_TAG_VERBS.has(speech.verb.toLowerCase()) &&
      ENDS_AS_QUESTION.test(masked.slice(sentence.start, sentence.end)) &&
      isSetOffTag(masked, sentence, speech.verbEnd - speech.verb.length, speech.verbEnd))
  );
}

/** The question a set-off "he asked" reports ends in a question mark: "His aides, he asked, should stay home." is a request. */
const ENDS_AS_QUESTION = /\?[\s"”'’)\]]*$/;
