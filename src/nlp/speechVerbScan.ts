import {
  ACCORDING,
  PARTICIPLE,
  PLURAL_GROUP_WORD,
  PLURAL_SUBJECT_PRONOUN,
  PROGRESSIVE_BE,
  SUBJECT_CLAUSE,
  SUBORDINATE_CLAUSE_START,
  THAT_FOLLOWS,
  TRAILING_ADVERBIAL,
  VERB_PARTICLE,
} from '../lang/en/attributionPatterns.ts';
import { COMMENT_VERBS, endsInCommentOnSaying } from '../lang/en/commentOnSaying.ts';
import { REFLEXIVE_PRONOUNS, SILENT_WITH_REFLEXIVE } from '../lang/en/grammarWords.ts';
import { ADVERBS_BEFORE_SPEECH_VERB } from '../lang/en/peopleWords.ts';
import { GROUP_SPEECH_VERBS, isSpeechVerb, SINGULAR_SUBJECT_FORMS, SPEECH_VERB_FORMS, SPEECH_VERB_PHRASES } from '../lang/en/speechVerbs.ts';

/** Finding speech verbs in text, and the words around them that attribution skips. */

/** A speech verb form or phrase ("said", "recalls", "summed up"); "according to" only where asked for. */
export function isVerb(word: string): boolean {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  return isSpeechVerb(lower) || (SPEECH_VERB_PHRASES.includes(lower) && lower !== 'according to');
}

/** Speech verbs in a text, in order: each with its offset. Word by word against a set, so a long verb list costs nothing. */
export function speechVerbsIn(text: string): Array<{ verb: string; index: number }> {
  const found: Array<{ verb: string; index: number }> = [];
  // Speech verbs are plain ASCII words: the ASCII class is much faster than \p{L} here, which runs on every sentence.
  for (const match of text.matchAll(ASCII_WORD)) {
    const word = match[0];
    const index = match.index ?? 0;
    // Most words are lower case already: lower-casing only capitalised ones saves a string per word.
    const code = word.charCodeAt(0);
    const lower = code >= 65 && code <= 90 ? word.toLowerCase() : word;
    if ((GROUP_SPEECH_VERBS.has(lower) && afterPluralGroup(text, index)) || (SINGULAR_SUBJECT_FORMS.has(word) && afterSingularSubject(text, index, word.length))) {
      found.push({ verb: word, index });
      continue;
    }
    if (!SPEECH_VERB_FORMS.has(lower) && !PHRASE_HEADS.has(lower)) continue;
    if (PHRASE_HEADS.has(lower)) {
      const particle = VERB_PARTICLE.exec(text.slice(index + word.length, index + word.length + 6));
      const phrase = particle ? `${lower} ${particle[1]}` : '';
      if (particle && SPEECH_VERB_PHRASES.includes(phrase)) {
        found.push({ verb: text.slice(index, index + word.length + particle[0].length), index });
        continue;
      }
    }
    if (!SPEECH_VERB_FORMS.has(lower)) continue;
    // "he told himself", "she said to herself": thought, not anything said to anyone ("yelled to himself" is heard).
    if (SILENT_WITH_REFLEXIVE.test(lower) && TO_ONESELF.test(text.slice(index + word.length, index + word.length + 16))) continue;
    if (COMMENT_VERBS.has(lower) && endsInCommentOnSaying(text.slice(Math.max(0, index - 40), index))) continue;
    // "the Civil Aeronautics Board was assuring the airlines that …": with its form of "be", a participle is a
    // finite verb (neither a passive nor a participle describing a noun); the subject stands before "was".
    // Only with a "that"-clause soon after: "were saying goodbye" is no report.
    const be =
      PARTICIPLE.test(lower) && THAT_SOON.test(text.slice(index + word.length, index + word.length + THAT_REACH))
        ? PROGRESSIVE_BE.exec(text.slice(Math.max(0, index - 12), index))?.[0]
        : undefined;
    if (be) found.push({ verb: text.slice(index - be.length, index + word.length), index: index - be.length });
    else found.push({ verb: word, index });
  }
  return found;
}

const ASCII_WORD = /[A-Za-z]{3,}/g;

const TO_ONESELF = new RegExp(String.raw`^\s+(?:to\s+)?(?:${REFLEXIVE_PRONOUNS.join('|')})\b`, 'i');

/** "was assuring the airlines that": "that" within a few words of the participle, before any punctuation. */
const THAT_SOON = /^(?:\s+[\w'’-]+){0,4}?\s+that\b/u;
const THAT_REACH = 60;

/** "dealers report", "they note": the word before, after one space, is a plural naming people or a plural subject pronoun. */
function afterPluralGroup(text: string, index: number): boolean {
  if (text[index - 1] !== ' ') return false;
  const before = text.slice(Math.max(0, index - 30), index - 1);
  const previous = /(\p{Ll}+)$/u.exec(before)?.[1] ?? '';
  return PLURAL_GROUP_WORD.test(previous) || PLURAL_SUBJECT_PRONOUN.test(before);
}
/**
 * "Dr. Calderone remarks, such problems …", "he states that …": a name's last word (not a possessive, not after
 * "the") or "he"/"she" right before, and a comma or "that" right after ("the six New England states." is a noun).
 */
function afterSingularSubject(text: string, index: number, length: number): boolean {
  if (!SINGULAR_BEFORE.test(text.slice(Math.max(0, index - 40), index))) return false;
  return SINGULAR_AFTER.test(text.slice(index + length, index + length + 6));
}
const SINGULAR_BEFORE = /(?:(?:^|[^\p{L}])(?:[Hh]e|[Ss]he)|(?<!\b[Tt]he\s+)\b\p{Lu}[\p{L}.-]*(?<!['’]s))\s$/u;
const SINGULAR_AFTER = /^(?:\s*,|\s+that\b)/u;
const PHRASE_HEADS: ReadonlySet<string> = new Set(SPEECH_VERB_PHRASES.map((phrase) => phrase.split(' ')[0] ?? ''));

/** "…, he said" standing in the first words after a quote. */
export function verbSoonAfter(text: string): boolean {
  const words = text
    .replace(/^[\s,:]+/, '')
    .split(/\s+/)
    .slice(0, 5);
  return words.some((word) => isVerb(word.replace(/[^\p{L}]/gu, '')));
}

/**
 * Drops the adverbs and auxiliaries before a verb ("Perry has since said"): word by word from the
 * end against a set, which runs for every speech verb and costs far less than an anchored regex.
 */
export function withoutSkippable(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && SEPARATOR.test(text[end - 1] ?? '')) end--;
    // "Business Week (Aug. 9, 1961) reports": an aside in brackets between the subject and its verb.
    if (text[end - 1] === ')') {
      const open = text.lastIndexOf('(', end);
      if (open > 0 && !text.slice(open + 1, end - 1).includes(')')) {
        end = open;
        continue;
      }
    }
    let start = end;
    while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
    if (start === end) break;
    const word = text.slice(start, end).toLowerCase();
    if (SKIPPABLE_WORDS.has(word)) {
      end = start;
      continue;
    }
    // Two-word entries ("has since"): the word before must be their first word.
    const first = SKIPPABLE_PAIRS.get(word);
    if (!first) break;
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1] ?? '')) before--;
    if (before === start || text.slice(before - first.length, before).toLowerCase() !== first || WORD_CHAR.test(text[before - first.length - 1] ?? '')) break;
    end = before - first.length;
  }
  return text.slice(0, end);
}

const SEPARATOR = /[\s,]/;
const BE_BEFORE_PARTICIPLE = /\s+(?:was|were|is|are|kept)\s+$/i;
const WORD_CHAR = /\w/;
const SKIPPABLE_WORDS: ReadonlySet<string> = new Set(ADVERBS_BEFORE_SPEECH_VERB.filter((entry) => !entry.includes(' ')));
const SKIPPABLE_PAIRS: ReadonlyMap<string, string> = new Map(
  ADVERBS_BEFORE_SPEECH_VERB.filter((entry) => entry.includes(' ')).map((entry) => {
    const [first = '', second = ''] = entry.split(' ');
    return [second, first] as const;
  }),
);

/** A cheap test before CLOSING_TAIL, which is slow on long sentences without a verb: it retries at every comma. */
export function mayEndWithSpeechVerb(text: string): boolean {
  const lastWords = /(?:\p{L}+\s+)?\p{L}+$/u.exec(text.replace(/\s*[.!?]?\s*$/u, ''))?.[0] ?? '';
  return isVerb(lastWords) || isVerb(lastWords.split(/\s+/).pop() ?? '');
}

/**
 * "Morel said", "Player had said", right after a quote: the first speech verb before any
 * punctuation, with the words before it as subject (auxiliaries and adverbs dropped).
 */
export function subjectThenVerb(after: string): { subject: string; verb: string } | null {
  const clause = SUBJECT_CLAUSE.exec(after)?.groups?.clause ?? '';
  for (const { verb, index } of speechVerbsIn(clause)) {
    if (ACCORDING.test(verb)) return null;
    // "“Hold your fire”, Montero was shouting.": a form of "be" before a participle is no part of the subject.
    const before = /ing$/i.test(verb) ? clause.slice(0, index).replace(BE_BEFORE_PARTICIPLE, ' ') : clause.slice(0, index);
    const subject = withoutSkippable(before).trim();
    return subject ? { subject, verb } : null;
  }
  return null;
}

export function withoutTrailingAdverbial(text: string): string {
  return text.replace(TRAILING_ADVERBIAL, '');
}

/**
 * "The company sued under the anti-trust laws, alleging that …", "Henry stormed into Giffen's office …, shouting
 * that …": a participle with a "that"-clause reports for the subject of the sentence's main clause, so its subject
 * read from the tags makes a paraphrase. Not when the sentence opens with a subordinate clause ("When Giffen
 * decided …, Gorham readily assented, vowing that …": the first subject is not the main clause's).
 */
export function participleReport(verb: string, after: string, sentence: string): boolean {
  return PARTICIPLE.test(verb) && THAT_FOLLOWS.test(after) && !SUBORDINATE_CLAUSE_START.test(sentence);
}
