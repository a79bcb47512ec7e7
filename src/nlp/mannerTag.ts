import { BARE_REPORT, INVERTED_TAG_BETWEEN, isCommunicationVerb, OWN_TAG, SUBJECT_VERB_TAG } from '../lang/en/communicationVerbs.ts';
import { PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import { CLOSING_VERB } from '../lang/en/speechVerbs.ts';
import type { SubjectMatch, TextBlock } from './attributionTypes.ts';
import type { SentenceSpan } from './sentences.ts';
import { isVerb } from './speechVerbScan.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { genderOf } from './people.ts';

/** The article's subject resolver, as far as a tag needs it. */
interface Subjects {
  resolveSubject(phrase: string, position: 'before' | 'after'): SubjectMatch | null;
}

/** Who "he", "she" or a name is at this point of the article (SubjectResolver.resolveSubject). */
export type Resolve = (phrase: string, position: 'before') => SubjectMatch | null;

/** A tag `pattern` reads (groups `subject` and `verb`) whose verb WordNet files as speaking and whose subject is someone. */
export function communicationTag(pattern: RegExp, text: string, resolve: Resolve): { subject: string; verb: string; resolved: SubjectMatch } | null {
  const tag = pattern.exec(text);
  const subject = tag?.groups?.subject;
  const verb = tag?.groups?.verb;
  if (!subject || !verb || !isCommunicationVerb(verb)) return null;
  const resolved = resolve(subject, 'before');
  return resolved?.speaker ? { subject, verb, resolved } : null;
}

/**
 * "“I'd love to audition for you”, she gushed.", "“You can't do this to us”, Diane screamed.": a quote
 * whose sentence closes with its speaker and a verb of speaking the speech-verb list lacks. Only a verb
 * WordNet files under communication (or recollection: "she reminisces") and only in this closing
 * position, where the verb can do nothing but tag the quote; the rest of attribution never sees it.
 */
export function mannerOfSpeakingTag(after: string, resolve: Resolve): SubjectMatch | null {
  const tag = communicationTag(SUBJECT_VERB_TAG, after, resolve);
  const speaker = tag?.resolved.speaker;
  if (!tag || !speaker) return null;
  const { subject, verb, resolved } = tag;
  // Fiction's "“Where from”?? He mused." answers the woman who asked: "he" is taken only for someone known to be a man.
  const pronoun = PRONOUN_GENDER.get(subject.toLowerCase());
  if (pronoun && genderOf(speaker) !== pronoun) return null;
  return { ...resolved, phrase: `${subject} ${verb}` };
}

/**
 * "“Oh, she was just the maid there”, he replied, waving a hand": a quote tagged with its own subject and verb
 * belongs to that subject; when "he" or "she" cannot be resolved it is nobody's, never the paragraph's earlier speaker's.
 */
export function hasOwnTag(after: string, isSpeechVerb: (word: string) => boolean): boolean {
  const verb = OWN_TAG.exec(after)?.groups?.verb;
  return verb !== undefined && (isSpeechVerb(verb) || (isCommunicationVerb(verb) && SUBJECT_VERB_TAG.test(after)));
}

/**
 * "“Unconscionable”!! He shouted, and rushed off …", "“Cancer”!! Mrs. Shaefer practically shrieked.": after "!" or "?"
 * the tag is a sentence of its own; whether it is one (a subject and a verb of speaking alone), for withInvertedVerb.
 */
export function isTagSentence(text: string, isSpeechVerb: (word: string) => boolean): boolean {
  const verb = SUBJECT_VERB_TAG.exec(`, ${text.trim()}`)?.groups?.verb;
  return verb !== undefined && (isSpeechVerb(verb) || isCommunicationVerb(verb));
}

/**
 * "“To get a marriage back where it belongs”, comments Dr. Schillinger of the Lincoln Institute, “the husband must
 * …”": the text between two quotes of one sentence is nothing but the first one's inverted tag, so the second
 * half is the same speaker's (a verb the scan skips as often a noun, "comments", "notes", is no tag before it).
 */
export function splitQuote(text: string, first: QuoteSpan | undefined, second: QuoteSpan): boolean {
  const verb = first ? INVERTED_TAG_BETWEEN.exec(text.slice(first.close, second.open))?.groups?.verb : undefined;
  return verb !== undefined && CLOSING_VERB.test(verb);
}

/**
 * "Loveless, too, objected. “It won't work, Colonel”.": a quote opening its sentence, with no tag after it, right after
 * a sentence of the same paragraph that is only a subject and a verb of speaking is that subject's.
 */
export function afterBareReport(block: TextBlock, sentenceIndex: number, span: QuoteSpan, sentence: SentenceSpan, subjects: Subjects): SubjectMatch | null {
  const previous = block.sentences[sentenceIndex - 1];
  if (!previous || /\S/.test(block.text.slice(sentence.start, span.open)) || /[\p{L}\p{N}]/u.test(block.text.slice(span.close, sentence.end))) return null;
  const tag = BARE_REPORT.exec(block.text.slice(previous.start, previous.end))?.groups;
  if (!tag?.subject || !tag.verb || !(isVerb(tag.verb) || isCommunicationVerb(tag.verb))) return null;
  const resolved = subjects.resolveSubject(tag.subject, 'before');
  const pronoun = PRONOUN_GENDER.get(tag.subject.toLowerCase());
  if (!resolved?.speaker || (pronoun && genderOf(resolved.speaker) !== pronoun)) return null;
  return { ...resolved, phrase: `${tag.subject} ${tag.verb}` };
}
