import { isSayingVerb } from '../lang/en/communicationVerbs.ts';
import { isSpeechVerb } from '../lang/en/speechVerbs.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { tokenAt } from './posSubject.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { isWholeStatement } from './quoteText.ts';
import { innerSayingVerb } from './innerReport.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/**
 * Words quoted inside the reporter's own sentence belong to the subject of the verb of speaking whose
 * complement holds them: "Soon after Loper leaked the news that Frankie had ordered “two of everything”"
 * (Loper's), "he deplored the noncommissioned officer “whose uniform …”" (his). The verb is any the
 * tagger reads as a verb and WordNet puts under saying ("leaked", "deplored", "hinted"), or one
 * of the speech verbs; of several, the first of the sentence reports the rest ("leaked … had ordered").
 * A verb whose subject is no speaker the article knows, or a break between it and the quote (";", ":",
 * a dash, a new clause after ", but"), gives nothing: scare quotes with no verb of speaking stay unattributed.
 */
export function governingVerbOwner(
  block: { text: string; tokens: (() => TaggedTokens) | null },
  masked: string,
  sentence: SentenceSpan,
  span: QuoteSpan,
  subjects: { resolveSubject(phrase: string, position: 'before'): SubjectMatch | null },
): SubjectMatch | null {
  const { text } = block;
  // Whole statements have their own tags; only words inside the reporter's sentence are read here, and only they pay for the tags.
  if (!block.tokens || isWholeStatement(text, span, sentence)) return null;
  const tokens = block.tokens();
  const first = tokenAt(tokens, sentence.start);
  const last = tokenAt(tokens, span.open);
  const wordAt = (index: number) => text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0);
  for (let index = first; index < last; index++) {
    const start = tokens.start[index] ?? 0;
    // A word inside another quote is someone's words, not the reporter's verb.
    if (tokens.pos[index] !== 'VERB' || masked[start] === ' ') continue;
    const word = wordAt(index);
    if (!/^\p{Ll}+$/u.test(word) || !(isSpeechVerb(word) || isSayingVerb(word))) continue;
    // The sentence's first verb of speaking reports what follows it: when it is no named speaker's, no later one is asked.
    // ("Krutch … when he says that what Aristotle really means … is “…”" is not Aristotle's.)
    if (/ing$/.test(word) || BREAK.test(masked.slice(tokens.end[index] ?? 0, span.open))) return null;
    const from = subjectStart(tokens, wordAt, first, index);
    if (from === null) return null;
    const phrase = text.slice(tokens.start[from] ?? 0, tokens.end[subjectEnd(tokens, first, index)] ?? 0);
    const found = subjects.resolveSubject(phrase, 'before');
    if (innerSayingVerb(tokens, wordAt, masked, index, last, (later) => isSpeechVerb(later) || isSayingVerb(later))) return null;
    return found?.speaker ? { ...found, phrase: `${phrase} ${word}` } : null;
  }
  return null;
}

/** What ends a verb's reach before a quote: a semicolon, a colon, a dash, a bracket, ", but"/", while" or ", and Jefferson" opening another clause. */
const BREAK = /[;:—()]|,\s*(?:but|while|whereas|although|though|yet)\b|,\s*(?:and|or)\s+\p{Lu}/u;

/** Tags that stand between a subject and its verb: "has repeatedly complained". */
const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);

/** The token right before the verb's auxiliaries and adverbs ("has repeatedly complained"): the subject's last word. */
function subjectEnd(tokens: TaggedTokens, first: number, verb: number): number {
  let end = verb;
  while (end > first && VERB_GROUP.has(tokens.pos[end - 1] ?? '')) end--;
  return end - 1;
}

/**
 * Where the verb's subject starts: a run of proper nouns (a title with them) opening its clause, right before
 * the verb and its auxiliaries; null for anything else. A pronoun is left to the tags before it ("when he said
 * …" after another man was named is seldom the last speaker's), and so are common nouns ("the news", "Others").
 * A passive or negated verb reports nothing of its subject's: "Cattle were said to be “potted”", "did not concur in".
 */
function subjectStart(tokens: TaggedTokens, wordAt: (index: number) => string, first: number, verb: number): number | null {
  const head = subjectEnd(tokens, first, verb);
  for (let index = head + 1; index < verb; index++) if (NOT_ACTIVE.has(wordAt(index).toLowerCase())) return null;
  if (head >= first && tokens.pos[head] === 'PRON') return mainClausePronoun(tokens, wordAt, first, head) ? head : null;
  if (head < first || tokens.pos[head] !== 'PROPN') return null;
  let start = head;
  while (start > first && (tokens.pos[start - 1] === 'PROPN' || wordAt(start - 1) === '.')) start--;
  if (start === first) return start;
  const opener = wordAt(start - 1).toLowerCase();
  // "Soon after Loper leaked", ", Greene wrote", "and Madison expressed"; never "in Venice referred", "at Boston wrote".
  const opens = tokens.pos[start - 1] === 'ADP' ? SUBORDINATORS.has(opener) : OPENERS.has(tokens.pos[start - 1] ?? '') && opener !== '(';
  return opens ? start : null;
}

/**
 * "He later told abolitionist Edmund Quincy of the “marked attention …”", "In a detailed letter …, he remarked that
 * “loose statements” …", "But she called it “…”": "he" or "she" as the subject of the sentence's main clause — opening
 * the sentence (after "But", "And" at most) or right after the comma closing a fronted phrase — is read as the
 * pronoun's person (the subject resolver's limits apply: nobody else of that gender named since). Never inside a
 * subordinate clause ("when he said …", "as he put it"), nor after a name in the same sentence.
 */
function mainClausePronoun(tokens: TaggedTokens, wordAt: (index: number) => string, first: number, head: number): boolean {
  if (!/^(?:he|she)$/iu.test(wordAt(head))) return false;
  // "…, Steele goes so far as to list …, and, with rousing rhetoric, he asserts": a name earlier in the sentence is who
  // "he" means, and the sentence's subjects are noted only once its quotes are read; left alone.
  for (let index = first; index < head; index++) if (tokens.pos[index] === 'PROPN') return false;
  if (head === first) return true;
  if (head === first + 1 && tokens.pos[first] === 'CCONJ') return true;
  return wordAt(head - 1) === ',' && !SUBORDINATE_BEFORE.test(wordAt(head - 2));
}

/** A word right before ", he" that makes it part of an inner clause's list ("Smith, he and Jones"): none but conjunctions. */
const SUBORDINATE_BEFORE = /^(?:and|or|that|which|who)$/iu;

/** Tags a clause may open with before its subject. */
const OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV']);

/** Prepositions that open a clause ("after Loper leaked"), unlike "in", "at", "by", "of" before a name that is their object. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'once', 'while', 'when']);

/** Between a subject and its verb, words that make the verb no statement of the subject's: passive "be", negation. */
const NOT_ACTIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'not', "n't", 'never']);
