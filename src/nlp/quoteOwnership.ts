import {
  APPOSITIVE_AT_END,
  DESCRIBED_ROLE,
  DESCRIBED_SPEAKER,
  INVERTED_INTRODUCTION,
  NAME_ASIDE_VERB,
  NAME_BEFORE_ASIDE,
  NAMED_THING_BEFORE,
  QUOTED_AS_SAYING,
  PASSIVE_AGENT,
  PRONOUN_AT_END,
  ROLE_ASIDE,
  SUBORDINATE_CLAUSE_START,
} from '../lang/en/attributionPatterns.ts';
import {
  DOCUMENT_AFTER_QUOTE,
  GOES_ON_AFTER_QUOTE,
  INDEFINITE_DESCRIPTION_AT_END,
  INTRODUCING_MARK_AT_END,
  INVERTED_INTRODUCTION_WITH_ASIDE,
  isTitleOfWork,
  WHO_SAID_AT_END,
} from '../lang/en/directQuotes.ts';
import { CLOSING_VERB } from '../lang/en/speechVerbs.ts';
import { INTRODUCING_WORDS, NESTED_QUOTE, POSSESSIVE_DOCUMENT_AT_END, WORDS_OF_BEFORE } from '../lang/en/quoteOwners.ts';
import { speechVerb, type ExtractedQuote, type SpeechVerb, type SubjectMatch } from './attributionTypes.ts';
import { unnamedPerson } from './mentions.ts';
import { colonTag } from './colonTag.ts';
import { verbBeforeColon } from './verbBeforeColon.ts';
import type { ArticlePerson } from './people.ts';
import { clauseSubject, tokenAt } from './posSubject.ts';
import { isVerb, subjectThenVerb, withoutSkippable } from './speechVerbScan.ts';
import { leadingName, wordCount } from './quoteText.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import type { SubjectResolver } from './subjectResolver.ts';
/** Words inside the reporter's sentence, owned by the verb of speaking governing them: governingVerb.ts. */
export { governingVerbOwner } from './governingVerb.ts';
/** Quoted words that name or count a thing (quotedTerm.ts), and a passive verb of saying between a speaker and a quote (passiveReport.ts). */
export { isQuotedTerm } from './quotedTerm.ts';
export { passiveBetween } from './passiveReport.ts';

/**
 * Whose words a quote is when no speech verb says so: "in the words of X, “…”", "The Chronicle's
 * Paine Knickerbocker summed it up neatly:" before a quoted paragraph; and which of a sentence's
 * speakers is older news ("when Premier Khrushchev intimated …, Mr. Kennedy was …").
 */

/** How far before a quote "in the words of X" may start. */
const WORDS_OF_REACH = 160;

/** The block being read, as the attributor holds it. */
export interface BlockText {
  text: string;
  tokens: (() => TaggedTokens) | null;
}

/** "in the words of X, “…”", "to quote X: “…”": the quote is X's though no speech verb says so. */
export function wordsOf(masked: string, span: QuoteSpan, sentence: SentenceSpan, subjects: SubjectResolver): SubjectMatch | null {
  const before = masked.slice(Math.max(sentence.start, span.open - WORDS_OF_REACH), span.open);
  if (!/words|quote|put/.test(before)) return null; // the pattern is costly on long stretches that cannot match
  const found = WORDS_OF_BEFORE.exec(before);
  const name = found?.groups?.of ?? found?.groups?.own ?? found?.groups?.quoted ?? found?.groups?.put;
  const resolved = name ? subjects.resolveSubject(name, /^(?:he|she)$/u.test(name) ? 'before' : 'after') : null;
  // "as the Charter puts it": a document's wording is nobody's statement; only a person "puts it".
  if (found?.groups?.put && (resolved?.speaker?.kind !== 'person' || /^the\s/iu.test(name ?? ''))) return null;
  return resolved?.speaker ? { ...resolved, phrase: (found?.[0] ?? name ?? '').trim() } : null;
}

/**
 * The speaker of a clause that ends in a colon introducing a quote without a speech verb: "The
 * Chronicle's Paine Knickerbocker summed it up neatly:", "he had set forth his basic view … in these
 * words:". Only a clause that says it gives words (INTRODUCING_WORDS) and whose subject, read from
 * the tags, is a person: "He pulled out a card that read:" or "The reasons are plain:" give nothing.
 */
export function colonIntroducer(
  block: BlockText,
  masked: string,
  start: number,
  colon: number,
  subjects: SubjectResolver,
  speechSubjects: readonly SpeechVerb[],
): SubjectMatch | null {
  if (colon < start) return null;
  // "Irenaeus describes man's creation as follows:": the speech verb's own subject, though the verb reports nothing itself.
  if (speechSubjects.length > 0) return verbBeforeColon(speechSubjects, masked, colon);
  // The clause the colon ends: from the last clause break before it ("Jones faced the crowd, which chanted:" is the crowd's).
  const before = masked.slice(start, colon);
  const clauseStart = start + Math.max(0, ...[',', ';', '—', '('].map((mark) => before.lastIndexOf(mark) + 1));
  const clause = masked.slice(clauseStart, colon);
  if (!INTRODUCING_WORDS.test(clause)) return colonTag(clause, (phrase, position) => subjects.resolveSubject(phrase, position));
  const tokens = block.tokens?.();
  if (!tokens) return null;
  const phrase = clauseSubject(block.text, tokens, clauseStart, colon, true) ?? subjectBeforeFirstVerb(block.text, tokens, clauseStart, colon);
  const resolved = phrase && phrase.length <= 80 ? subjects.resolveSubject(phrase, 'before') : null;
  return resolved?.speaker ? { ...resolved, phrase: clause.trim() } : null;
}

/**
 * "Shortly before his nomination he had set forth": the pronoun right before the clause's first verb;
 * or all the clause holds before it when that describes a speaker ("Our staff man cabled from Turin as
 * follows—": the tags read "Our" as a pronoun, so the phrase is no subject to them).
 */
function subjectBeforeFirstVerb(text: string, tokens: TaggedTokens, from: number, to: number): string | null {
  const first = tokenAt(tokens, from);
  const last = tokenAt(tokens, to);
  for (let index = first; index < last; index++) {
    const pos = tokens.pos[index];
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const word = index > first ? text.slice(tokens.start[index - 1] ?? 0, tokens.end[index - 1] ?? 0) : '';
    if (PRONOUN_AT_END.test(word)) return word;
    const opening = text.slice(tokens.start[first] ?? 0, tokens.start[index] ?? 0).trim();
    return DESCRIBED_SPEAKER.test(opening) ? opening.replace(/^\p{Lu}\p{Ll}*/u, (determiner) => determiner.toLowerCase()) : null;
  }
  return null;
}

/**
 * Where a sentence ends in a colon or a dash that introduces the quote after it ("Mitchell said in a
 * statement:", "Our staff man cabled from Turin as follows—"), or -1.
 */
export function introducingMark(masked: string, sentence: SentenceSpan): number {
  const found = INTRODUCING_MARK_AT_END.exec(masked.slice(sentence.start, sentence.end));
  return found ? sentence.start + found.index : -1;
}

/** The verb's clause opens with a subordinating word: "when Premier Khrushchev intimated …". */
export function inSubordinateClause(masked: string, sentence: SentenceSpan, subject: SpeechVerb): boolean {
  const verbStart = subject.verbEnd - subject.verb.length;
  const before = masked.slice(sentence.start, verbStart);
  const clauseStart = Math.max(0, ...[',', ';', ':', '—'].map((mark) => before.lastIndexOf(mark) + 1));
  return SUBORDINATE_CLAUSE_START.test(before.slice(clauseStart));
}

/**
 * Right after a quote, "Gov. Harold Wexley, a Republican, said" or "Wexley, 58, said": the name before
 * the aside. An aside naming a role becomes the person's title.
 */
export function nameAsideVerb(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const groups = NAME_ASIDE_VERB.exec(after)?.groups;
  if (!groups?.name || !groups.verb || !isVerb(groups.verb)) return null;
  const resolved = subjects.resolveSubject(groups.name, 'before');
  if (!resolved?.speaker) return null;
  const role = groups.aside?.trim() ?? '';
  if (resolved.speaker.kind === 'person' && ROLE_ASIDE.test(role)) resolved.speaker.titles.add(role);
  return { ...resolved, phrase: `${groups.name} ${groups.verb}` };
}

/**
 * "“Yes”, Gross went on, “…”", "“…”, he continued.": going on speaking, right after a quote. ("continued"
 * is no speech verb elsewhere: "prices continued to rise".)
 */
export function goesOnAfter(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const groups = GOES_ON_AFTER_QUOTE.exec(after)?.groups;
  const subject = groups?.subject ?? groups?.inverted;
  const resolved = subject ? subjects.resolveSubject(subject, groups?.inverted ? 'after' : 'before') : null;
  return resolved?.speaker ? { ...resolved, phrase: after.replace(/^[\s,]+/u, '').split(/[,.;!?]/u)[0] ?? '' } : null;
}

/**
 * "the Boston house carpenters' strike … was denounced by the organized employers, who declared: “…”":
 * the quote is the words of the one the relative clause is about, the phrase right before its comma.
 */
function whoSaid(beforeQuote: string, subjects: SubjectResolver): SubjectMatch | null {
  const found = beforeQuote.includes('who') ? WHO_SAID_AT_END.exec(beforeQuote) : null;
  if (!found?.groups?.verb || !isVerb(found.groups.verb)) return null;
  const phrase = beforeQuote.slice(0, found.index).replace(/\s+$/u, '');
  // "another minister, a modest Methodist, who said:": somebody described, whose capitalised word names no one.
  if (INDEFINITE_DESCRIPTION_AT_END.test(phrase)) return null;
  const antecedent = subjects.subjectAtEnd(phrase);
  return antecedent?.speaker ? antecedent : null;
}

/** The second half of a split quote after "went on": "“Yes”, Gross went on, “Bang-Jensen was …”" (the first half masked). */
function goesOnBefore(beforeQuote: string, subjects: SubjectResolver): SubjectMatch | null {
  const found = GOES_ON_AFTER_QUOTE.exec(beforeQuote);
  return found && /^[\s,:]*$/u.test(beforeQuote.slice(found[0].length)) ? goesOnAfter(beforeQuote, subjects) : null;
}

/** The person after a passive speech verb: "was explained by Thurman Arnold". */
export function passiveAgent(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const agent = PASSIVE_AGENT.exec(after)?.[0];
  const by = agent ? subjects.subjectAfter(after.slice(agent.length), false) : null;
  return by?.speaker?.kind === 'person' ? by : null;
}

/**
 * A person described by role in what someone reported ("that the Soviet leader's mood was cocky"), as
 * someone unnamed: whoever they are, they could be the next "he". (Not looked up among the article's
 * people: that would scan all of them for every such clause.)
 */
export function describedIn(clause: string): ArticlePerson | null {
  const phrase = clause.length < 8 ? undefined : DESCRIBED_ROLE.exec(clause)?.[0];
  return phrase ? unnamedPerson(phrase.trim()) : null;
}

/** A speech verb stands right before the quote ("who declared: “…”") but names no one we know. */
export function introducedByUnknown(masked: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
  const before = masked.slice(Math.max(sentence.start, span.open - 60), span.open);
  const last = /(?<verb>\p{L}+)[\s,:]*$/u.exec(before)?.groups?.verb ?? '';
  return isVerb(last) && /:\s*$/.test(before);
}

/**
 * "Said he: “…”", "Says Smith: “…”", "Replied Beatrice: “…”", "Says Wallace F. Jannsen, director of the
 * FDA's Division of Public Information: “…”": a sentence opening with a speech verb, its subject after
 * it (and an aside naming a role, which becomes the person's title), owns the quote.
 */
export function invertedIntroduction(beforeQuote: string, subjects: SubjectResolver): SubjectMatch | null {
  const inverted = INVERTED_INTRODUCTION.exec(beforeQuote) ?? INVERTED_INTRODUCTION_WITH_ASIDE.exec(beforeQuote);
  const verb = inverted?.groups?.verb ?? '';
  // Any speech verb but a participle ("Asked about it, Smith said:" has its subject later).
  if (!inverted?.groups?.subject || !(CLOSING_VERB.test(verb) || (isVerb(verb) && !/ing$/iu.test(verb)))) return null;
  const resolved = subjects.resolveSubject(inverted.groups.subject, 'after');
  if (!resolved?.speaker) return null;
  const role = inverted.groups.aside?.trim() ?? '';
  if (resolved.speaker.kind === 'person' && ROLE_ASIDE.test(role)) resolved.speaker.titles.add(role);
  return { ...resolved, phrase: `${verb} ${inverted.groups.subject}` };
}

/** How far before "was quoted" its subject may start. */
const QUOTED_REACH = 160;

/**
 * "Mr. John Magee, whose work has been discussed …, was quoted in a … profile as saying:" (the subject,
 * past an aside) and "Reuters quoted Smith as saying" (the person quoted): a speech verb ending at
 * "saying", offsets in the block. Only a name is taken after "quoted" ("quoted his client" stays unknown).
 */
export function quotedAsSaying(text: string, offset: number, subjects: SubjectResolver): SpeechVerb | null {
  const match = QUOTED_AS_SAYING.exec(text);
  if (!match?.groups) return null;
  const verbEnd = offset + match.index + match[0].length;
  const verb = match.groups.verb ?? 'saying';
  let found: SubjectMatch | null = null;
  if (match.groups.aux) {
    const before = text.slice(Math.max(0, match.index - QUOTED_REACH), match.index).replace(/\s+$/u, '');
    const aside = APPOSITIVE_AT_END.exec(before);
    const named = aside ? NAME_BEFORE_ASIDE.exec(before.slice(0, aside.index))?.groups?.name : undefined;
    found = subjects.subjectAtEnd(named ?? withoutSkippable(before));
  } else if (match.groups.who && /^\p{Lu}/u.test(match.groups.who)) {
    found = subjects.resolveSubject(match.groups.who, 'after');
  }
  return found?.speaker ? speechVerb(found, verb, false, verbEnd, false, false) : null;
}

/**
 * A quote's owner named without a speech verb: "in the words of X, “…”", or a clause of the
 * sentence that gives words and ends in a colon ("X summed it up neatly: “…”") when the sentence
 * has no speech verb of its own (one whose subject is unknown must not be overruled).
 */
export function ownerWithoutVerb(
  block: BlockText,
  masked: string,
  span: QuoteSpan,
  sentence: SentenceSpan,
  hasSpeechVerb: boolean,
  subjects: SubjectResolver,
): SubjectMatch | null {
  const before = masked.slice(sentence.start, span.open);
  const words = wordsOf(masked, span, sentence, subjects) ?? goesOnBefore(before, subjects) ?? whoSaid(before, subjects) ?? documentOf(before, subjects);
  if (words || hasSpeechVerb || !/:\s*$/.test(masked.slice(sentence.start, span.open))) return words;
  return colonIntroducer(block, masked, sentence.start, masked.lastIndexOf(':', span.open), subjects, []);
}

/**
 * "Judge Bootle's decision: “…”": a sentence that is nothing but someone's statement, ruling or letter and a
 * colon gives that person's words, as "Judge Bootle's decision said:" would ("Smith's lawyer:" is no document).
 */
function documentOf(before: string, subjects: SubjectResolver): SubjectMatch | null {
  const colon = /:\s*$/u.exec(before);
  const found = colon ? POSSESSIVE_DOCUMENT_AT_END.exec(before.slice(0, colon.index)) : null;
  if (!found?.groups?.owner || before.slice(0, found.index).trim() !== '') return null;
  const resolved = subjects.resolveSubject(found.groups.owner, 'before');
  return resolved?.speaker ? { ...resolved, phrase: before.slice(0, colon?.index).trim() } : null;
}

/**
 * "“In view of the present situation in Laos”, said the Pentagon's announcement, “…”": a speech verb after
 * the quote whose subject is someone's statement, ruling or letter gives the owner's words.
 */
export function documentAfter(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const inverted = DOCUMENT_AFTER_QUOTE.exec(after)?.groups;
  if (!inverted?.verb || !inverted.subject || !isVerb(inverted.verb)) return null;
  const owner = POSSESSIVE_DOCUMENT_AT_END.exec(` ${inverted.subject}`)?.groups?.owner;
  const resolved = owner ? subjects.resolveSubject(owner, 'before') : null;
  return resolved?.speaker ? { ...resolved, phrase: `${inverted.verb} ${inverted.subject}` } : null;
}

/** A quote nested in a quoted report, with the speaker its introduction names. */
export interface NestedQuote {
  text: string;
  speaker: SubjectMatch['speaker'];
  method: SubjectMatch['method'];
  phrase: string;
}

/**
 * A quote nested in a quoted report, introduced inside it: “Said Secretary Hodges: ' It's a tough
 * combination …”, “Hodges predicted: ' I think … '”. The inner words and their speaker, or null.
 */
export function nestedQuote(text: string, subjects: SubjectResolver): NestedQuote | null {
  if (!text.includes(':')) return null;
  const groups = NESTED_QUOTE.exec(text)?.groups;
  if (!groups?.intro || !groups.inner) return null;
  const intro = groups.intro.trim();
  // "Said Secretary Hodges" (inverted) or "Hodges predicted".
  const inverted = /^(?<verb>\p{L}+)\s+(?<subject>.+)$/u.exec(intro)?.groups;
  const subject = inverted?.verb && isVerb(inverted.verb) ? leadingName(inverted.subject ?? '') : subjectThenVerb(intro)?.subject;
  const resolved = subject ? subjects.resolveSubject(subject, inverted ? 'after' : 'before') : null;
  // "Facing a prosecution which has demanded the death penalty, he said: ' …'": a clause is no name, and the pronoun is
  // someone the outer quote names, whom the article's sentences never noted; the inner quote stays unattributed.
  if (!resolved?.speaker || resolved.method === 'pronoun' || intro.includes(',')) return null;
  return { text: groups.inner.trim(), speaker: resolved.speaker, method: resolved.method, phrase: intro };
}

/**
 * The nested quote as a quote of its own. A quoted paragraph that mostly introduces it (“Said Secretary
 * Hodges: ' It's a tough combination …'”) is neither the inner speaker's (the introduction is not his
 * words) nor, on a mere continuation, the reporter's whose cabled report runs on through it (most of
 * its words are Hodges'): it stays unattributed.
 */
export function innerQuote(outer: ExtractedQuote, inner: NestedQuote): ExtractedQuote {
  if (outer.method === 'continuation' && 2 * wordCount(inner.text) >= wordCount(outer.text)) {
    outer.speaker = null;
    outer.method = 'none';
    outer.cue = '';
  }
  return { ...outer, text: inner.text, kind: 'direct', speaker: inner.speaker, method: inner.method, cue: inner.phrase };
}

/**
 * Quoted words that name a thing or are part of a person's name, said by nobody:
 * - a word or two after an article or possessive ("he told the “skyjackers”"; "a “very serious” response" is
 *   someone's words: the quote there describes the noun after it);
 * - a title in title case (“Organic Gardening”, “Waiting For Godot”);
 * - a word or two right before a name (“Doctor” Lee, “Smilin' Mike” Jones), unless the punctuation inside the
 *   marks makes it speech ("It is safe," Hemphill said).
 */
export function namesThing(text: string, masked: string, span: QuoteSpan): boolean {
  const short = wordCount(span.text) <= 3;
  if (short && NAMED_THING_BEFORE.test(masked.slice(Math.max(0, span.open - 12), span.open)) && /^\s*(?:[,.;:)]|$)/.test(masked.slice(span.close, span.close + 3))) return true;
  if (isTitleOfWork(span.text)) return true;
  return short && !/[,.;:?!]$/.test(span.text) && !/[,.;:?!]/.test(text[span.close - 2] ?? '') && /^\s+\p{Lu}\p{Ll}/u.test(masked.slice(span.close, span.close + 4));
}
