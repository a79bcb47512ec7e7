import { DESCRIBED_ROLE, NAME_ASIDE_VERB, PASSIVE_AGENT, PRONOUN_AT_END, ROLE_ASIDE, SUBORDINATE_CLAUSE_START } from '../lang/en/attributionPatterns.ts';
import { INTRODUCING_WORDS, WORDS_OF_BEFORE } from '../lang/en/quoteOwners.ts';
import type { SpeechVerb, SubjectMatch } from './attributionTypes.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';
import { clauseSubject, tokenAt } from './posSubject.ts';
import { isVerb } from './speechVerbScan.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import type { SubjectResolver } from './subjectResolver.ts';

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
  if (!/words|quote/.test(before)) return null; // the pattern is costly on long stretches that cannot match
  const found = WORDS_OF_BEFORE.exec(before);
  const name = found?.groups?.of ?? found?.groups?.own ?? found?.groups?.quoted;
  const resolved = name ? subjects.resolveSubject(name, 'after') : null;
  return resolved?.speaker ? { ...resolved, phrase: (found?.[0] ?? name ?? '').trim() } : null;
}

/**
 * The speaker of a clause that ends in a colon introducing a quote without a speech verb: "The
 * Chronicle's Paine Knickerbocker summed it up neatly:", "he had set forth his basic view … in these
 * words:". Only a clause that says it gives words (INTRODUCING_WORDS) and whose subject, read from
 * the tags, is a person: "He pulled out a card that read:" or "The reasons are plain:" give nothing.
 */
export function colonIntroducer(block: BlockText, masked: string, start: number, colon: number, subjects: SubjectResolver): SubjectMatch | null {
  if (colon < start) return null;
  // The clause the colon ends: from the last clause break before it ("Jones faced the crowd, which chanted:" is the crowd's).
  const before = masked.slice(start, colon);
  const clauseStart = start + Math.max(0, ...[',', ';', '—', '('].map((mark) => before.lastIndexOf(mark) + 1));
  const clause = masked.slice(clauseStart, colon);
  if (!INTRODUCING_WORDS.test(clause)) return null;
  const tokens = block.tokens?.();
  if (!tokens) return null;
  const phrase = clauseSubject(block.text, tokens, clauseStart, colon, true) ?? pronounBeforeFirstVerb(block.text, tokens, clauseStart, colon);
  const resolved = phrase && phrase.length <= 80 ? subjects.resolveSubject(phrase, 'before') : null;
  return resolved?.speaker?.kind === 'person' ? { ...resolved, phrase: clause.trim() } : null;
}

/** "Shortly before his nomination he had set forth": the pronoun right before the clause's first verb. */
function pronounBeforeFirstVerb(text: string, tokens: TaggedTokens, from: number, to: number): string | null {
  const first = tokenAt(tokens, from);
  const last = tokenAt(tokens, to);
  for (let index = first; index < last; index++) {
    const pos = tokens.pos[index];
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const word = index > first ? text.slice(tokens.start[index - 1] ?? 0, tokens.end[index - 1] ?? 0) : '';
    return PRONOUN_AT_END.test(word) ? word : null;
  }
  return null;
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

/** The person after a passive speech verb: "was explained by Thurman Arnold". */
export function passiveAgent(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const agent = PASSIVE_AGENT.exec(after)?.[0];
  const by = agent ? subjects.subjectAfter(after.slice(agent.length), false) : null;
  return by?.speaker?.kind === 'person' ? by : null;
}

/**
 * A person described by role in what someone reported ("that the Soviet leader's mood was cocky"):
 * the person of the article with that role, or someone unnamed. Either could be the next "he".
 */
export function describedIn(clause: string, people: ArticlePeople): ArticlePerson | null {
  if (clause.length < 8) return null;
  const phrase = DESCRIBED_ROLE.exec(clause)?.[0];
  if (!phrase) return null;
  return people.findByDescription(phrase) ?? { kind: 'person', name: phrase, titles: new Set(), surfaceForms: new Set() };
}

/** A speech verb stands right before the quote ("who declared: “…”") but names no one we know. */
export function introducedByUnknown(masked: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
  const before = masked.slice(Math.max(sentence.start, span.open - 60), span.open);
  const last = /(?<verb>\p{L}+)[\s,:]*$/u.exec(before)?.groups?.verb ?? '';
  return isVerb(last) && /:\s*$/.test(before);
}
