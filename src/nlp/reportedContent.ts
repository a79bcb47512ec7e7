import {
  ACCORDING_TO,
  CONTENT_PREPOSITIONS,
  PASSIVE_AFTER,
  PREPOSITION_LIKE,
  QUESTION_WORDS,
  REPORTED_CLAUSE_WORDS,
  SUBORDINATE_CLAUSE_WORDS,
} from '../lang/en/attributionPatterns.ts';
import { CONTENT_OBJECT_VERBS, OPINION_VERBS, PRONOUN_OBJECT_ONLY } from '../lang/en/speechVerbs.ts';
import { directiveReport, type FoundVerb } from './directiveReport.ts';
import { inFrontedClause, subordinateBeforeSubject } from './frontedClause.ts';
import { afterParentheticalReport } from './parentheticalReport.ts';
import { tokenAt } from './posSubject.ts';
import { closesSentence } from './quoteText.ts';
import { isSetOffTag } from './setOffTag.ts';
import type { SpeechVerb } from './attributionTypes.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import { inFreeRelative } from './innerReport.ts';
import { reportsAnothersReport } from './hearsayContent.ts';
import { coordinatedPredicate, describingParticiple, topicOfWriting } from './reportedPredicate.ts';

export { reachableVerbs } from './innerReport.ts';

/** Whether a speech verb with a known subject reports something: attribution's test before a sentence becomes a statement. */
export function reportsSomething(masked: string, text: string, tokens: (() => TaggedTokens) | null, sentence: SentenceSpan, speech: FoundVerb): boolean {
  // "…, according to X": what X said stands before.
  if (ACCORDING_TO.test(speech.verb)) return true;
  // "Twelve projects proposed by private groups are …": a passive participle describes a noun; nobody speaks.
  if (PASSIVE_AFTER.test(masked.slice(speech.verbEnd, speech.verbEnd + 6))) return false;
  // "announced the appointment of …": the object is what was said; "denied this to the court" says nothing of it.
  if (CONTENT_OBJECT_VERBS.has(speech.verb.toLowerCase())) return !PRONOUN_OBJECT_ONLY.test(masked.slice(speech.verbEnd, speech.verbEnd + 24));
  const verbStart = speech.verbEnd - speech.verb.length;
  // "Walter E. Clark believes that …" is the writer's account of a view; "…, Dean Guerin believes, …" is a tag.
  if (OPINION_VERBS.has(speech.verb.toLowerCase()) && !/^\s*,/.test(masked.slice(speech.verbEnd, speech.verbEnd + 3)) && !closesSentence(masked, speech.verbEnd, sentence.end))
    return false;
  // "When Richard's parents told him …, their young son …": the main clause is the writer's (frontedClause.ts).
  if (inFrontedClause(masked, sentence, verbStart, speech.verbEnd) || afterParentheticalReport(masked, sentence, verbStart) || inFreeRelative(masked, verbStart)) return false;
  // "The man, Tom said, explained that …": another's report, told at second hand (hearsayContent.ts).
  if (reportsAnothersReport(masked, sentence.end, speech.verbEnd)) return false;
  // "asked Stevenson to search for …", "asked whether …": a request or a question put to someone.
  if (directiveReport(masked, speech)) return true;
  const tagged = tokens?.();
  if (!tagged) return true;
  const contentBefore = !subordinateBeforeSubject(masked, sentence, verbStart);
  return (contentBefore && closesSentence(masked, speech.verbEnd, sentence.end)) || reportsContent(text, tagged, sentence, verbStart, speech.verbEnd, contentBefore);
}

/**
 * Whether a sentence with a speech verb and a known subject reports something someone said, read
 * from wink-nlp's part-of-speech tags. A reported statement is a clause: after the verb ("said the
 * plan would cost…", "declared that…", "told reporters he was…") or before it ("The plan will cost
 * $5 million, Smith said in an interview."). The same verbs with a noun or an adverb and nothing
 * else report nothing: "The Bears added two more in the fifth", "Dick Russell objected politely",
 * "Judge Smith threatened reprisal against…", "leaders agreed today to begin negotiations".
 */
export function reportsContent(text: string, tokens: TaggedTokens, sentence: SentenceSpan, verbStart: number, verbEnd: number, contentBefore = true): boolean {
  return (
    isSetOffTag(text, sentence, verbStart, verbEnd) || clauseAfter(text, tokens, verbEnd, sentence.end) || (contentBefore && clauseBefore(text, tokens, sentence.start, verbStart))
  );
}

/** How far after the verb "that" or ":" may stand: "said in a statement today that…". */
const THAT_REACH = 16;

/** Tags a clause's subject (and what may stand before it: "said yesterday the…") is made of. */
const SUBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'ADV', 'SYM']);

function clauseAfter(text: string, tokens: TaggedTokens, verbEnd: number, sentenceEnd: number): boolean {
  const first = tokenAt(tokens, verbEnd);
  const last = tokenAt(tokens, sentenceEnd);
  const word = (index: number) => text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0);
  // "that", "whether", ":" soon after the verb, before any other verb: what follows is reported.
  for (let index = first; index < Math.min(last, first + THAT_REACH); index++) {
    const pos = tokens.pos[index];
    if (pos === 'VERB' || pos === 'AUX') break;
    if (REPORTED_CLAUSE_WORDS.has(word(index).toLowerCase())) return true;
  }
  // Past adverbs (wink tags "how" as one): "warned of …", "hinted at …" (what was said, as a noun phrase);
  // "told how …", "asked why …"; "admitted killing …", "recalled seeing …" (a question or a gerund clause).
  let next = first;
  while (next < last && tokens.pos[next] === 'ADV' && !QUESTION_WORDS.has(word(next).toLowerCase())) next++;
  const opening = word(next).toLowerCase();
  const content = CONTENT_PREPOSITIONS.has(opening) && !topicOfWriting(text, tokens, first);
  if (next < last && (content || QUESTION_WORDS.has(opening) || (tokens.pos[next] === 'VERB' && /ing$/i.test(opening)))) return true;
  // A finite verb right after a subject phrase that follows the verb or a comma: "said the plan would",
  // "told reporters he was", "told reporters after the talks in Geneva, France and its allies remained".
  // Never a verb of a subordinate clause ("added two more in the fifth when McAuliffe dropped"), of a
  // relative one ("added some sidemen to the act which makes") or an infinitive ("agreed to begin").
  let subjectWords = 0;
  let inRun = false;
  let opensClause = true;
  // "said the children's mother, Mrs. Eleanor Somerville, was visiting": a subject with an aside between commas.
  let subjectBeforeComma = false;
  for (let index = first; index < last; index++) {
    const pos = tokens.pos[index] ?? '';
    const lower = word(index).toLowerCase();
    // "his business since August 1 is running": these words are prepositions as often as conjunctions.
    const preposition = pos === 'ADP' || (pos === 'SCONJ' && PREPOSITION_LIKE.has(lower));
    if ((pos === 'SCONJ' && !preposition) || SUBORDINATE_CLAUSE_WORDS.has(lower)) return false;
    // "said seasonally adjusted sales … dropped": a participle before a noun describes it.
    // "snapped five tenths of a second off the mark set by Helen Shipley", "outfield flies by Porter": a verb
    // right before "by" describes the noun before it (or is a noun wink-nlp took for a verb); no clause's verb.
    const modifier =
      pos === 'VERB' &&
      ((subjectWords === 0 && NOUN_TAGS.has(tokens.pos[index + 1] ?? '')) || word(index + 1).toLowerCase() === 'by' || describingParticiple(tokens, index, first));
    // "wrote the book and directed Sail Away": the subject's next act, not a reported clause's verb.
    if (pos === 'VERB' && coordinatedPredicate(text, tokens, index, first)) return false;
    if ((pos === 'VERB' || pos === 'AUX') && !modifier) {
      // (A participle after the comma is no finite verb: "advised acceptance of this plan, citing the market".)
      if (subjectWords === 0 && subjectBeforeComma && word(index - 1) === ',' && !/ing$/i.test(lower)) return true;
      return subjectWords > 0 && opensClause && word(index - 1).toLowerCase() !== 'to';
    }
    if (lower === ',' && subjectWords > 0 && opensClause) subjectBeforeComma = true;
    const inPhrase =
      modifier ||
      SUBJECT_TAGS.has(pos) ||
      (pos === 'PART' && /^['’]s$/.test(lower)) ||
      (pos === 'PUNCT' && (lower === '.' || lower === '-')) ||
      // "France and its allies", "other mistakes in spraying": a phrase goes on through "and" and prepositions.
      ((pos === 'CCONJ' || preposition) && subjectWords > 0);
    if (inPhrase) {
      // After the verb or a comma; never after "and" ("objected politely, and the battle was joined" is another clause).
      if (!inRun) opensClause = index === first || word(index - 1) === ',';
      inRun = true;
      if (pos !== 'ADV' && pos !== 'PUNCT' && !preposition && pos !== 'CCONJ') subjectWords++;
    } else {
      subjectWords = 0;
      inRun = false;
    }
  }
  return false;
}

/** Tags a participle describes: "adjusted sales". */
const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** "The plan will cost $5 million, Smith said": a clause with its own verb, then a comma, before the verb's subject. */
function clauseBefore(text: string, tokens: TaggedTokens, sentenceStart: number, verbStart: number): boolean {
  const first = tokenAt(tokens, sentenceStart);
  const last = tokenAt(tokens, verbStart);
  let words = 0;
  let verb = false;
  for (let index = first; index < last; index++) {
    const pos = tokens.pos[index] ?? '';
    if (pos === 'PUNCT' && text[tokens.start[index] ?? 0] === ',' && words >= MIN_CLAUSE_WORDS && verb) return true;
    // A verb with something before it: "Lacking specific instructions, he agreed …" opens with a participle, no clause.
    if ((pos === 'VERB' || pos === 'AUX') && words > 0) verb = true;
    if (pos !== 'PUNCT') words++;
  }
  return false;
}

/** The fewest words a reported clause before the attribution has: "Prices will rise, he said." */
const MIN_CLAUSE_WORDS = 3;

/**
 * "Stein said he needed the money, Leavitt said, to “meet the payroll”": an attribution set between
 * commas inside another speaker's reported clause names the reporter's source; what is quoted is the
 * first speaker's (news hearsay: Leavitt tells what Stein said). The earlier verb, when it has a speaker of its own.
 */
export function hearsaySource(masked: string, verbs: readonly SpeechVerb[], index: number): SpeechVerb | null {
  const verb = verbs[index];
  const earlier = verbs[index - 1];
  if (!verb || !earlier?.speaker || earlier.dependent || earlier.speaker === verb.speaker || ACCORDING_TO.test(earlier.verb)) return null;
  const between = masked.slice(earlier.verbEnd, verb.verbEnd);
  return PARENTHETICAL_ATTRIBUTION.test(between) && /^\s*,/.test(masked.slice(verb.verbEnd, verb.verbEnd + 3)) ? earlier : null;
}

/** The words from a reported clause to a parenthetical verb: a clause, a comma, then a short subject and the verb ("…the money, Leavitt said"). */
const PARENTHETICAL_ATTRIBUTION = /^\s+\p{L}[^,;:]{3,}?,\s*[^,;:]{1,40}$/u;
