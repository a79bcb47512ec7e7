import type { Citation, Passage, PassageSection } from '../domain/types.ts';
import { ANSWER_PATTERNS, expectedAnswerKind, FRAMING_WORDS, LEANS_ON_PREVIOUS, PRONOUN_ATTRIBUTION } from '../lang/en/questionWords.ts';
import { isEnglishWord } from '../lang/en/spelling.ts';
import { baseForms, isCommonWord, isNameInWordNet, isWordNetWord } from '../lang/en/wordnet.ts';
import type { IndexMatch, PassageIndex } from './passageIndex.ts';
import { expandQuery, type QueryExpansion } from './synonyms.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

import { INVISIBLE_CHARACTERS, MAX_QUESTION_CHARS, MAX_RESULTS } from '../domain/limits.ts';

export { MAX_QUESTION_CHARS, MAX_RESULTS };

/** A citation of what is shown: the passage's, widened to the last sentence of its window. */
export interface WindowCitation extends Citation {
  /** The paragraph and sentence of the last sentence shown (equal to `paragraph` and `sentence` when the passage is shown alone). */
  lastParagraph: number;
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
  /** The sentence before `text`, labelled as context, when `text` cannot stand alone ("Yet he hinted…"), with "(he = Sergei Lavrov)" when known. */
  context: string | null;
}

export type AskResult =
  /** `confidence`: the share of the question's informative weight the first hit holds (0–1). */
  | { status: 'found'; question: string; hits: AskHit[]; correctedQuestion: string | null; confidence: number }
  /**
   * The best passage does not hold enough of the question's informative words to answer it. `missing`
   * names the words it lacks (those no article has first); `reason` says so in a sentence; `nearest`
   * are the closest passages, to be shown only as "closest, not an answer".
   */
  | { status: 'not-covered'; question: string; missing: string[]; reason: string; nearest: AskHit[]; correctedQuestion: string | null; confidence: number }
  | { status: 'nothing-found'; question: string; suggestions: string[] }
  | { status: 'invalid'; reason: string };

/** Headlines repeat the body and captions describe photos: the reporting itself ranks first. */
const SECTION_WEIGHT: Record<PassageSection, number> = { body: 1, standfirst: 0.8, caption: 0.6, headline: 0.5, comment: 0.3 };

/**
 * Below this share of the question's informative weight (each word weighed by its rarity) found in
 * the best passage and its window, the answer is "not covered". Calibrated on half A of the Brown
 * development set (bench/brownEval.ts); see the README's quality section.
 */
export const CONFIDENCE_THRESHOLD = 0.4;

/** Confidence is scaled by this when the question wants a kind of answer (a number, a time) the best passage lacks. */
const UNFIT_ANSWER_CONFIDENCE = 0.85;

/** How much a related word (WordNet) counts for the question word it stands for. */
const RELATED_CREDIT = 0.6;
/** How much a question word counts when only the headline of the passage's article has it. */
const HEADLINE_CREDIT = 0.3;
/** How much a question word counts when only another sentence of the passage's article has it: the story is about it. */
const ARTICLE_CREDIT = 0.4;
/** How much a question word counts when a neighbouring sentence in the shown window has it. */
const NEIGHBOUR_CREDIT = 0.85;
/** A term in more than this share of passages is common: it gets no related words, and is no related word. */
const COMMON_SHARE = 0.005;
/** How many of the best index matches are re-ranked. */
const RANKED_CANDIDATES = 150;
/** How many of the best index matches are scored as sentence windows. */
const WINDOW_CANDIDATES = 40;

/** One informative word of the question, with the weight its rarity gives it. */
interface QuestionWord {
  /** As the reader typed it (after spelling correction). */
  word: string;
  term: string;
  weight: number;
  /** Whether any passage has it. */
  inCorpus: boolean;
  /** Framing words ("happened", "name") count for ranking but never make a question "not covered". */
  framing: boolean;
  /** A word no article has that names a topic (a name, a number, a rare word): the question is then not covered. */
  absentTopic: boolean;
}

/** How an answer is read from the index: validation, spelling, search, sentence windows, confidence. */
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
  if (!question) return { status: 'invalid', reason: 'The question is empty. Ask something like “who won the election?”' };
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
  const words = questionWords(searched, index);
  if (words.length === 0) return { status: 'nothing-found', question, suggestions: suggestionsFor(question, vocabulary()) };
  const searchedWords = words.filter((word) => word.inCorpus).map((word) => word.word).join(' ');
  const isKnownTerm = (term: string) => index.hasTerm(term);
  // The best passages with a question word, so a window's neighbours and a passage's article are judged from the index's own matches, without reading their text again.
  let matches = searchedWords ? index.query(searchedWords, FOUND_TERMS_MATCHES, { isKnownTerm }) : [];
  let expansion: QueryExpansion = { groups: [], standsFor: new Map() };
  // Related words are only needed when no good match has all the question's words; they are looked for only for
  // words few passages have, and among such words: a common word already matches thousands of passages, and
  // searching its synonyms too costs the most time for the least gain.
  const searchable = words.filter((word) => word.inCorpus && word.weight > 0);
  const complete = matches.slice(0, WINDOW_CANDIDATES).some((match) => searchable.every((word) => match.queryTerms.includes(word.term)));
  if (!complete) {
    const fewPassages = Math.max(50, index.size * COMMON_SHARE);
    const uncommon = (term: string) => index.passagesWith(term) < fewPassages;
    expansion = expandQuery(tokenize(searched), (term) => isKnownTerm(term) && uncommon(term), uncommon);
    if (expansion.groups.length > 0) matches = index.query(searchedWords, FOUND_TERMS_MATCHES, { expansions: expansion.groups, isKnownTerm });
  }
  const found = new FoundTerms(matches, passages, expansion.standsFor);
  const wants = expectedAnswerKind(question);
  const wantsPattern = wants ? ANSWER_PATTERNS[wants] : null;
  const topScore = matches[0]?.score ?? 1;

  const windows: Window[] = [];
  for (const [rank, match] of matches.entries()) {
    if (rank >= RANKED_CANDIDATES) break;
    const passage = passages.get(match.id);
    if (!passage) continue;
    const window = rank < WINDOW_CANDIDATES ? bestWindow(passage, passages, words, found, wantsPattern) : alone(passage, words, found, wantsPattern);
    // Coverage of the question's rare words decides first; the index's BM25 score orders passages that cover as much.
    const relevance = Math.min(1, match.score / topScore);
    const fit = wantsPattern ? (window.answerFits ? 1 : 0.6) : 1;
    const section = SECTION_WEIGHT[passage.citation.section];
    window.score = section * fit * (Math.pow(window.coverage, 2) + 0.35 * relevance);
    windows.push(window);
  }
  windows.sort((a, b) => b.score - a.score);

  const hits: AskHit[] = [];
  const seenTexts = new Set<string>();
  const shownIds = new Set<string>();
  for (const window of windows) {
    const key = window.sentences.map((sentence) => sentence.text).join(' ').toLowerCase().replace(/\W+/g, ' ').trim();
    // The same sentence in two copies of an article is one answer; a sentence already shown in a window is not shown again.
    if (seenTexts.has(key) || window.sentences.some((passage) => shownIds.has(passage.id))) continue;
    seenTexts.add(key);
    for (const passage of window.sentences) shownIds.add(passage.id);
    hits.push(toHit(window));
    if (hits.length >= limit) break;
  }
  const best = windows[0];
  if (!best || hits.length === 0) {
    const missing = words.filter((word) => !word.inCorpus).map((word) => word.word);
    if (missing.length > 0) return notCovered(question, corrected, missing, [], [], 0);
    return { status: 'nothing-found', question, suggestions: suggestionsFor(question, vocabulary()) };
  }
  // A real word (or a number) that no article has means the articles do not cover the question, whatever else matches.
  const absent = words.filter((word) => word.absentTopic).map((word) => word.word);
  // A question that wants a number or a time is less surely answered by a passage without one.
  const confidence = best.coverage * (wantsPattern && !best.answerFits ? UNFIT_ANSWER_CONFIDENCE : 1);
  if (absent.length > 0 || confidence < CONFIDENCE_THRESHOLD) {
    const lacking = words.filter((word) => word.inCorpus && !word.framing && !best.found.has(word.term)).map((word) => word.word);
    const present = words.filter((word) => best.found.has(word.term)).map((word) => word.word);
    // Words no article has are named alone ("The articles don't mention bitcoin"); otherwise what the closest passage lacks.
    return notCovered(question, corrected, absent.length > 0 ? absent : lacking, absent.length > 0 ? [] : present, hits, confidence);
  }
  return { status: 'found', question, hits, correctedQuestion: corrected, confidence };
}

function notCovered(question: string, corrected: string | null, missing: string[], present: string[], nearest: AskHit[], confidence: number): AskResult {
  const quoted = (list: string[], joiner: string) => list.map((word) => `“${word}”`).join(joiner);
  const reason =
    missing.length === 0
      ? 'No passage in the articles answers this closely enough.'
      : present.length > 0
        ? `No passage mentions ${quoted(missing, ' or ')} together with ${quoted(present, ', ')}.`
        : `The articles don't mention ${quoted(missing, ' or ')}.`;
  return { status: 'not-covered', question, missing, reason, nearest, correctedQuestion: corrected, confidence };
}

/**
 * The question's informative words (not stop words), each weighed by its rarity in the corpus:
 * a word few passages have tells more about which passage answers than one most passages have.
 */
function questionWords(question: string, index: PassageIndex): QuestionWord[] {
  const words: QuestionWord[] = [];
  for (const token of tokenize(question)) {
    const term = toTerm(token);
    if (!term || words.some((word) => word.term === term)) continue;
    let inCorpus = index.hasTerm(term);
    let word = token.toLowerCase();
    let wordTerm = term;
    if (!inCorpus) {
      // "longest" when the articles say "long", "spies" when they say "spy": WordNet's base form of an inflection the stemmer leaves alone.
      for (const { lemma } of baseForms(token)) {
        const lemmaTerm = toTerm(lemma);
        if (lemmaTerm && index.hasTerm(lemmaTerm)) {
          inCorpus = true;
          word = lemma;
          wordTerm = lemmaTerm;
          break;
        }
      }
    }
    // An unknown non-word that spelling correction could not place ("wat", "aginst") is noise, not a topic the articles lack.
    if (!inCorpus && !/\d/.test(term) && !isEnglishWord(token)) continue;
    // A missing everyday word ("last", "choices") is likely said otherwise in the text; a missing name or number is not there.
    const framing = FRAMING_WORDS.has(token.toLowerCase());
    const absentTopic = !inCorpus && !framing && isTopicWord(token);
    // An absent everyday word can be matched by nothing, so it weighs nothing either way.
    const weight = !inCorpus && !absentTopic ? 0 : index.rarity(wordTerm) * (framing ? 0.3 : 1);
    words.push({ word, term: wordTerm, weight, inCorpus, framing: framing || (!inCorpus && !absentTopic), absentTopic });
  }
  return words;
}

/**
 * Whether a word the articles lack names a topic of its own, so that its absence means the question
 * is not covered: a number ("2022"), a word WordNet does not know ("bitcoin"), or a name that is not
 * everyday English ("Lisbon"). An everyday word ("last", "choices") is likely said otherwise.
 */
function isTopicWord(token: string): boolean {
  if (/\d/.test(token)) return true;
  if (!isWordNetWord(token)) return true;
  return !isCommonWord(token) && isNameInWordNet(token);
}

/** A passage with the neighbouring sentences shown with it, and how well they answer together. */
interface Window {
  passage: Passage;
  /** The sentences shown, in article order (the passage among them). */
  sentences: Passage[];
  /** Share of the question's informative weight found (0–1). */
  coverage: number;
  /** Index terms of the question found in the window (or its headline, or as related words). */
  found: Set<string>;
  answerFits: boolean;
  score: number;
}

/**
 * The question's terms each passage has, from the index's matches: own words with full credit,
 * related words (WordNet) with RELATED_CREDIT for the word they stand for; and the question's own
 * terms each article has anywhere.
 */
class FoundTerms {
  private readonly byPassage = new Map<string, IndexMatch>();
  private readonly credits = new Map<string, ReadonlyMap<string, number>>();
  private readonly byArticle = new Map<string, Set<string>>();

  constructor(
    matches: readonly IndexMatch[],
    passages: ReadonlyMap<string, Passage>,
    private readonly standsFor: ReadonlyMap<string, string>,
  ) {
    // The best matches are enough: a neighbour or an article that only weak matches reach cannot lift a window into the answers.
    for (const match of matches) {
      this.byPassage.set(match.id, match);
      const articleId = passages.get(match.id)?.citation.articleId;
      if (articleId === undefined) continue;
      let terms = this.byArticle.get(articleId);
      if (!terms) this.byArticle.set(articleId, (terms = new Set()));
      for (const term of match.queryTerms) if (!standsFor.has(term)) terms.add(term);
    }
  }

  /** Question term → credit (0–1) for one passage. */
  inPassage(passage: Passage): ReadonlyMap<string, number> {
    let credit = this.credits.get(passage.id);
    if (!credit) {
      const map = new Map<string, number>();
      for (const term of this.byPassage.get(passage.id)?.queryTerms ?? []) {
        const standsForTerm = this.standsFor.get(term);
        if (standsForTerm) map.set(standsForTerm, Math.max(map.get(standsForTerm) ?? 0, RELATED_CREDIT));
        else map.set(term, 1);
      }
      credit = map;
      this.credits.set(passage.id, credit);
    }
    return credit;
  }

  inArticle(passage: Passage): ReadonlySet<string> {
    return this.byArticle.get(passage.citation.articleId) ?? NO_TERMS;
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();
/** How many of the best index matches tell which question words neighbours and articles have. */
const FOUND_TERMS_MATCHES = 250;

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

/** How much of the question's weight a set of sentences holds: own words fully, related words, neighbours', headline and article words in part. */
function coverageOf(sentences: readonly Passage[], main: Passage, words: readonly QuestionWord[], found: FoundTerms): { coverage: number; found: Set<string> } {
  let total = 0;
  let covered = 0;
  const present = new Set<string>();
  const headline = headlineTerms(main.citation.headline);
  const article = found.inArticle(main);
  for (const word of words) {
    total += word.weight;
    let amount = 0;
    for (const sentence of sentences) {
      const credit = found.inPassage(sentence).get(word.term) ?? 0;
      amount = Math.max(amount, sentence === main ? credit : credit * NEIGHBOUR_CREDIT);
    }
    if (amount > 0) present.add(word.term);
    else amount = Math.max(headline.has(word.term) ? HEADLINE_CREDIT : 0, article.has(word.term) ? ARTICLE_CREDIT : 0);
    covered += word.weight * amount;
  }
  return { coverage: total === 0 ? 0 : covered / total, found: present };
}

function alone(passage: Passage, words: readonly QuestionWord[], found: FoundTerms, wants: RegExp | null): Window {
  const { coverage, found: present } = coverageOf([passage], passage, words, found);
  return { passage, sentences: [passage], coverage, found: present, answerFits: wants ? wants.test(passage.text) : false, score: 0 };
}

/** A corpus's passages by article, in reading order, and each passage's place in its article; built once per corpus. */
interface ArticleOrder {
  byArticle: Map<string, Passage[]>;
  position: Map<string, number>;
}
const orderOfCorpus = new WeakMap<ReadonlyMap<string, Passage>, ArticleOrder>();
const SECTION_ORDER: Record<PassageSection, number> = { headline: 0, standfirst: 1, caption: 2, body: 3, comment: 4 };

function articleOrder(passages: ReadonlyMap<string, Passage>): ArticleOrder {
  let order = orderOfCorpus.get(passages);
  if (!order) {
    const byArticle = new Map<string, Passage[]>();
    for (const each of passages.values()) {
      const list = byArticle.get(each.citation.articleId);
      if (list) list.push(each);
      else byArticle.set(each.citation.articleId, [each]);
    }
    const position = new Map<string, number>();
    for (const list of byArticle.values()) {
      list.sort((a, b) => SECTION_ORDER[a.citation.section] - SECTION_ORDER[b.citation.section] || a.citation.paragraph - b.citation.paragraph || a.citation.sentence - b.citation.sentence);
      list.forEach((each, index) => position.set(each.id, index));
    }
    order = { byArticle, position };
    orderOfCorpus.set(passages, order);
  }
  return order;
}

/**
 * The sentence before or after a passage in the article's body, across a paragraph break: news
 * paragraphs are often one sentence, and the next one still continues the story ("He succeeds…").
 */
function neighbour(passage: Passage, passages: ReadonlyMap<string, Passage>, step: -1 | 1): Passage | null {
  const order = articleOrder(passages);
  const index = order.position.get(passage.id);
  if (index === undefined) return null;
  const other = order.byArticle.get(passage.citation.articleId)?.[index + step];
  if (!other || other.citation.section !== passage.citation.section) return null;
  // Headlines, captions and comments are separate texts: only body sentences run on into the next paragraph.
  return other.citation.paragraph === passage.citation.paragraph || passage.citation.section === 'body' ? other : null;
}

/**
 * The passage alone, or with the sentence before or after it when that sentence holds more of the
 * question ("He … delivered 145 yards" after the sentence naming him), the kind of answer the
 * question wants (a number, a time) that the passage lacks, or who "he" is.
 */
function bestWindow(passage: Passage, passages: ReadonlyMap<string, Passage>, words: readonly QuestionWord[], found: FoundTerms, wants: RegExp | null): Window {
  let best = alone(passage, words, found, wants);
  const before = neighbour(passage, passages, -1);
  const after = neighbour(passage, passages, 1);
  const candidates: Passage[][] = [];
  if (before) candidates.push([before, passage]);
  if (after) candidates.push([passage, after]);
  for (const sentences of candidates) {
    const { coverage, found: present } = coverageOf(sentences, passage, words, found);
    const answerFits = wants ? sentences.some((sentence) => wants.test(sentence.text)) : false;
    const gainsWords = coverage > best.coverage + 0.02;
    const gainsAnswer = wants !== null && answerFits && !best.answerFits && coverage >= best.coverage;
    if (gainsWords || gainsAnswer) best = { passage, sentences, coverage, found: present, answerFits, score: 0 };
  }
  return best;
}

function toHit(window: Window): AskHit {
  const first = window.sentences[0] ?? window.passage;
  const last = window.sentences[window.sentences.length - 1] ?? window.passage;
  const text = window.sentences.map((sentence) => sentence.text).join(' ');
  const citation: WindowCitation = { ...first.citation, lastParagraph: last.citation.paragraph, lastSentence: last.citation.sentence };
  return { passage: window.passage, score: window.score, text, citation, context: contextFor(window) };
}

/**
 * A window that opens with a pronoun or a connective ("Yet he hinted…"), or whose quote is attributed
 * only as "he said", is unclear alone: the sentence before it is shown as context, and when the
 * speaker behind a "he" is known, the context names them first.
 */
function contextFor(window: Window): string | null {
  const first = window.sentences[0] ?? window.passage;
  const pronoun = PRONOUN_ATTRIBUTION.exec(window.passage.text)?.[1];
  const unclear = pronoun !== undefined || LEANS_ON_PREVIOUS.test(first.text) || first.text.split(/\s+/).length < 6;
  if (!unclear) return null;
  const speaker = pronoun && window.passage.speakerNames.length === 1 ? `(${pronoun.toLowerCase()} = ${window.passage.speakerNames[0]}) ` : '';
  if (!first.before) return speaker ? speaker.trim() : null;
  return `${speaker}${first.before}`;
}

function lazily(source: Vocabulary | (() => Vocabulary)): () => Vocabulary {
  return typeof source === 'function' ? source : () => source;
}

/** Drops control and zero-width characters and folds whitespace; what is left is what we search for. */
export function cleanQuestion(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_CHARACTERS, ' ')
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

const MAX_CORRECTIONS = 6;
const MAX_CORRECTABLE_LENGTH = 30;

/**
 * Replaces misspelt words with the closest word the corpus has ("Lavorv" → "lavrov"), counting a swap
 * of two letters as one edit. Only non-words are corrected: a real English word the corpus lacks
 * ("live", "planes", "bitcoin") is kept, and the question is then not covered. Returns null when
 * nothing needed correcting.
 */
function correctTypos(question: string, index: PassageIndex, vocabulary: () => Vocabulary): string | null {
  let changed = false;
  let attempts = 0;
  const words = question.split(/\s+/).map((word) => {
    const token = tokenize(word)[0];
    const term = token === undefined ? null : toTerm(token);
    // Known words are checked against the index, so the dictionary and vocabulary are only loaded for an unknown word.
    if (!token || !term || term.length < 4 || token.length > MAX_CORRECTABLE_LENGTH || index.hasTerm(term) || /\d/.test(token)) return word;
    if (isEnglishWord(token)) return word;
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
