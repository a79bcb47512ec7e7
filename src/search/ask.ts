import type { Citation, Passage, PassageSection } from '../domain/types.ts';
import type { PassageIndex } from './passageIndex.ts';
import { expandQuery } from './synonyms.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

export const MAX_QUESTION_CHARS = 1000;
export const MAX_RESULTS = 10;

/** A citation of what is shown: the passage's, widened to the last sentence of its window. */
export interface WindowCitation extends Citation {
  /** The last sentence shown (equal to `sentence` when the passage is shown alone). */
  lastSentence: number;
}

export interface AskHit {
  /** The sentence that matched the question best. */
  passage: Passage;
  /** Relevance after our re-ranking; comparable within one answer only. */
  score: number;
  /** What is shown: the passage, with the neighbouring sentence it needs (a sentence window), in article order. */
  text: string;
  /** Where `text` stands in the article: paragraph, first and last sentence. */
  citation: WindowCitation;
  /** A note that makes the text understandable ("(he = Sergei Lavrov)"), when it cannot stand alone. */
  context: string | null;
}

export type AskResult =
  | { status: 'found'; question: string; hits: AskHit[]; correctedQuestion: string | null }
  /** The articles lack informative words of the question: `missing` names them; `nearest` are shown only as "closest, not an answer". */
  | { status: 'not-covered'; question: string; missing: string[]; nearest: AskHit[]; correctedQuestion: string | null }
  | { status: 'nothing-found'; question: string; suggestions: string[] }
  | { status: 'invalid'; reason: string };

/** Headlines repeat the body and captions describe photos: the reporting itself ranks first. */
const SECTION_WEIGHT: Record<PassageSection, number> = { body: 1, standfirst: 0.8, caption: 0.6, headline: 0.5, comment: 0.3 };

/** How a question is answered from the index: validation, search, re-ranking and context. */
export function ask(
  index: PassageIndex,
  passages: ReadonlyMap<string, Passage>,
  /** The typo vocabulary, or a way to get it: it is only needed when a word is not in the index. */
  vocabularySource: Vocabulary | (() => Vocabulary),
  rawQuestion: string,
  requestedLimit: number,
): AskResult {
  const vocabulary = lazily(vocabularySource);
  if (passages.size === 0) return { status: 'invalid', reason: 'No articles are indexed yet: add .txt or .md files to the seeds folder, then run /reindex.' };
  const question = cleanQuestion(rawQuestion);
  if (!question) return { status: 'invalid', reason: 'The question is empty. Ask something like “did Russia plan to invade Ukraine?”' };
  if (question.length > MAX_QUESTION_CHARS) {
    return { status: 'invalid', reason: `The question is too long (${question.length} characters; at most ${MAX_QUESTION_CHARS}). Ask it in a sentence or two.` };
  }
  const queryTerms = [...new Set(tokenize(question).map(toTerm).filter((term): term is string => term !== null))];
  if (queryTerms.length === 0) {
    return { status: 'invalid', reason: 'The question has no searchable words (only words like “what” or “the”). Name a person, place or topic.' };
  }
  const limit = Math.max(1, Math.min(MAX_RESULTS, Math.floor(requestedLimit) || 1));

  const corrected = correctTypos(question, index, vocabulary);
  const searched = corrected ?? question;
  const expansion = expandQuery(tokenize(searched));
  const matches = index.query(searched, 200, { expansions: expansion.groups, isKnownTerm: (term) => index.hasTerm(term) });
  const wants = expectedAnswer(question);
  const ranked: Array<{ passage: Passage; score: number }> = [];
  for (const [rank, match] of matches.entries()) {
    const passage = passages.get(match.id);
    if (!passage) continue;
    // Reward passages that answer more of the question, not one rare word of it. A related word
    // counts for the question word it stands for; a question word found only in the sentence
    // before or after counts half (the passage is about it, but says it with "he" or "the region").
    const covered = new Set(match.queryTerms.map((term) => expansion.standsFor.get(term) ?? term));
    let coverage = covered.size;
    // The same for the article's headline: the passage belongs to a story about the question.
    const headline = headlineTerms(passage.citation.headline);
    const missing = queryTerms.filter((term) => !covered.has(term));
    if (missing.length > 0) {
      // Reading the neighbours costs a tokenization each: only the best-scored candidates can gain enough from it.
      const around = rank < CONTEXT_CANDIDATES ? contextTerms(passage) : NO_TERMS;
      coverage += 0.5 * missing.filter((term) => around.has(term) || headline.has(term)).length;
    }
    const inHeadline = queryTerms.filter((term) => headline.has(term)).length;
    const topic = 1 + HEADLINE_BOOST * (inHeadline / queryTerms.length);
    const answerFit = wants && wants.test(passage.text) ? ANSWER_TYPE_BOOST : 1;
    const score = match.score * SECTION_WEIGHT[passage.citation.section] * answerFit * topic * (0.4 + 0.6 * Math.min(1, coverage / queryTerms.length));
    ranked.push({ passage, score });
  }
  ranked.sort((a, b) => b.score - a.score);

  const hits: AskHit[] = [];
  const seenTexts = new Set<string>();
  for (const hit of ranked) {
    const key = hit.passage.text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seenTexts.has(key)) continue; // the same sentence in two copies of an article is one answer
    seenTexts.add(key);
    const context = contextFor(hit.passage);
    hits.push({ ...hit, text: hit.passage.text, citation: { ...hit.passage.citation, lastSentence: hit.passage.citation.sentence }, context });
    if (hits.length >= limit) break;
  }
  if (hits.length === 0) return { status: 'nothing-found', question, suggestions: suggestionsFor(question, vocabulary()) };
  return { status: 'found', question, hits, correctedQuestion: corrected };
}

/** How much a passage that has the kind of answer the question asks for (a number, a time) is favoured. */
const ANSWER_TYPE_BOOST = 1.3;

const NUMBER_WORDS = String.raw`\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|percent|several)\b`;
const TIME_WORDS = String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|morning|afternoon|evening|week|month|year|ago|earlier|later|soon|next|last|\d{4}|since|until)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\b`;
const DURATION_WORDS = String.raw`(?:\d+|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|few|many|hundreds?|thousands?|dozens?))\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:overnight|all\s+night|all\s+day)\b`;
/** "in London", "at the Kremlin": a capitalised place after a preposition of place. */
const PLACE_WORDS = String.raw`\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu}`;

const HAS_NUMBER = new RegExp(NUMBER_WORDS, 'i');
const HAS_TIME = new RegExp(TIME_WORDS, 'i');
const HAS_DURATION = new RegExp(DURATION_WORDS, 'i');
const HAS_PLACE = new RegExp(PLACE_WORDS, 'u');

/**
 * "how many troops…", "when is the vote…", "where did they meet": questions that ask for a number, a time or a place, and the pattern
 * a passage holding such an answer matches. null for every other question.
 */
function expectedAnswer(question: string): RegExp | null {
  const q = question.toLowerCase();
  if (/^\s*how\s+(?:long|much\s+time)\b/.test(q)) return HAS_DURATION;
  if (/^\s*(?:how\s+(?:many|much|big|large|old|far)|what\s+(?:percent(?:age)?|share|number|proportion|size))\b/.test(q)) return HAS_NUMBER;
  if (/^\s*(?:when|what\s+(?:day|date|time|year|month))\b|\bwhat\s+time\b/.test(q)) return HAS_TIME;
  if (/^\s*where\b/.test(q)) return HAS_PLACE;
  return null;
}

/** How much a passage gains when its article's headline has all of the question's words. */
const HEADLINE_BOOST = 0.25;

/** Index terms of each headline (a corpus has few headlines; bounded all the same). */
const headlineTermCache = new Map<string, ReadonlySet<string>>();
function headlineTerms(headline: string): ReadonlySet<string> {
  let terms = headlineTermCache.get(headline);
  if (!terms) {
    if (headlineTermCache.size >= 10_000) headlineTermCache.clear();
    terms = new Set(toTerms(headline));
    headlineTermCache.set(headline, terms);
  }
  return terms;
}

/** How many of the best index matches are checked for question words in the sentences around them. */
const CONTEXT_CANDIDATES = 40;
const NO_TERMS: ReadonlySet<string> = new Set();

/** Index terms of the sentences around a passage, for questions it answers in context. */
const contextTermCache = new WeakMap<Passage, ReadonlySet<string>>();
function contextTerms(passage: Passage): ReadonlySet<string> {
  let terms = contextTermCache.get(passage);
  if (!terms) {
    terms = new Set([...toTerms(passage.before ?? ''), ...toTerms(passage.after ?? '')]);
    contextTermCache.set(passage, terms);
  }
  return terms;
}

function lazily(source: Vocabulary | (() => Vocabulary)): () => Vocabulary {
  return typeof source === 'function' ? source : () => source;
}

/** Drops control and zero-width characters and folds whitespace; what is left is what we search for. */
export function cleanQuestion(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, ' ')
    .replace(/[\uD800-\uDFFF]/g, (char, offset: number, whole: string) => (isPairedSurrogate(whole, offset) ? char : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function isPairedSurrogate(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(offset + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = text.charCodeAt(offset - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

const NEEDS_CONTEXT = /^(?:[“"‘']\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|yet|but|however|meanwhile|also|still|and|so|then|there)\b/i;

/**
 * A sentence that opens with a pronoun or a connective ("Yet he hinted…"), or whose quote is
 * attributed only as "he said", is unclear alone: the sentence before it is shown with it, and
 * when the speaker behind a "he" is known, the context names them first.
 */
function contextFor(passage: Passage): string | null {
  const pronoun = /\b(he|she|they)\s+(?:also\s+)?(?:said|says|added|told|warned|hinted|insisted|declared|argued)\b/i.exec(passage.text)?.[1];
  const unclear = pronoun !== undefined || NEEDS_CONTEXT.test(passage.text) || passage.text.split(/\s+/).length < 6;
  if (!unclear) return null;
  const speaker = pronoun && passage.speakerNames.length === 1 ? `(${pronoun.toLowerCase()} = ${passage.speakerNames[0]}) ` : '';
  if (!passage.before) return speaker ? speaker.trim() : null;
  return `${speaker}${passage.before}`;
}

const MAX_CORRECTIONS = 6;
const MAX_CORRECTABLE_LENGTH = 30;

/**
 * Replaces words the corpus does not have with the closest word it has ("Lavorv" → "lavrov"),
 * counting a swap of two letters as one edit. Returns null when nothing needed correcting.
 */
function correctTypos(question: string, index: PassageIndex, vocabulary: () => Vocabulary): string | null {
  let changed = false;
  let attempts = 0;
  const words = question.split(/\s+/).map((word) => {
    const token = tokenize(word)[0];
    const term = token === undefined ? null : toTerm(token);
    // Known words are checked against the index, so the vocabulary is only built for a real typo.
    if (!token || !term || term.length < 4 || token.length > MAX_CORRECTABLE_LENGTH || index.hasTerm(term) || /\d/.test(token)) return word;
    // A long paste of unknown words is not a typo to fix word by word: bound the work per question.
    if (++attempts > MAX_CORRECTIONS) return word;
    const [closest] = vocabulary().closeWords(token, 1);
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? words.join(' ') : null;
}

function suggestionsFor(question: string, vocabulary: Vocabulary): string[] {
  const suggestions: string[] = [];
  for (const token of tokenize(question)) {
    const term = toTerm(token);
    if (!term || vocabulary.has(term)) continue;
    for (const word of vocabulary.closeWords(token, 3)) if (!suggestions.includes(word)) suggestions.push(word);
  }
  return suggestions.slice(0, 5);
}
