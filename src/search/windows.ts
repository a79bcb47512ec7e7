import { byArticleInReadingOrder } from '../domain/readingOrder.ts';
import type { Passage } from '../domain/types.ts';
import type { AnswerTest } from './answerShape.ts';
import type { FoundTerms } from './foundTerms.ts';
import { namePartners, writesInFull } from './fullNames.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { announcesWhatFollows } from '../lang/en/announcements.ts';
import { toTerm, toTerms } from './terms.ts';

/** How much a question word counts when only the headline of the passage's article has it. */
const HEADLINE_CREDIT = 0.3;
/** How much a question word counts when only another sentence of the passage's article has it: the story is about it. */
const ARTICLE_CREDIT = 0.4;
/** How much a question word counts when a neighbouring sentence in the shown window has it. */
const NEIGHBOUR_CREDIT = 0.85;
/**
 * How much a part of a person's name the question gives counts in a window that has only the other part, when the story
 * writes the two together ("Mercer" for "Johnny Mercer"). Set on the development sets: 0.5–0.6 gave set H one question
 * more first and one more in the top 3 and moved nothing else; 0.7–1 lost one each of dev and set I (the sentence that
 * names the person in full, with the answer, no longer led); sets C and D unchanged at 0.6.
 */
const NAME_PART_CREDIT = 0.6;

/** A passage with the neighbouring sentences shown with it, and how well they answer together. */
export interface Window {
  passage: Passage;
  /** The sentences shown, in article order (the passage among them). */
  sentences: Passage[];
  /** Share of the question's informative weight found (0–1). */
  coverage: number;
  /** The window of the same article this one was ranked before because it gives the answer's kind (answerInArticle.ts). */
  promotedOver: Window | null;
  /** Index terms of the question found in the window (or its headline, or as related words). */
  found: Set<string>;
  answerFits: boolean;
  /** Whether it holds one of the words that say what is asked beyond the names (askedFor.ts); judged for the best window only (ranking.ts). */
  holdsAsked: boolean;
  /** Whether it holds what a "how many" question counts; judged for the best window only. */
  holdsCounted: boolean;
  /** Whether it holds every number the question gives that some article has ("in 1960"); judged for the best window only. */
  holdsNumbers: boolean;
  score: number;
}

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
function coverageOf(
  sentences: readonly Passage[],
  main: Passage,
  words: readonly QuestionWord[],
  found: FoundTerms,
  passages: ReadonlyMap<string, Passage>,
): { coverage: number; found: Set<string> } {
  let total = 0;
  let covered = 0;
  const present = new Set<string>();
  const headline = headlineTerms(main.citation.headline);
  const article = found.inArticle(main);
  const partners = namePartners(words);
  for (const word of words) {
    total += word.weight;
    let amount = 0;
    for (const sentence of sentences) {
      const credit = found.inPassage(sentence).get(word.term) ?? 0;
      amount = Math.max(amount, sentence === main ? credit : credit * NEIGHBOUR_CREDIT);
    }
    // "Maxwell" in a story that names "Gavin Maxwell" is Gavin Maxwell: a story names a person in full once, then by one name.
    const partner = partners.get(word.term);
    if (
      amount === 0 &&
      partner !== undefined &&
      article.has(word.term) &&
      sentences.some((sentence) => found.inPassage(sentence).get(partner.term) === 1) &&
      writesInFull(partner, main.citation.articleId, () => articleOrder(passages).byArticle.get(main.citation.articleId) ?? [])
    )
      amount = NAME_PART_CREDIT;
    if (amount > 0) present.add(word.term);
    else amount = Math.max(headline.has(word.term) ? HEADLINE_CREDIT : 0, article.has(word.term) ? ARTICLE_CREDIT : 0);
    covered += word.weight * amount;
  }
  return { coverage: total === 0 ? 0 : covered / total, found: present };
}

export function alone(passage: Passage, passages: ReadonlyMap<string, Passage>, words: readonly QuestionWord[], found: FoundTerms, wants: AnswerTest | null): Window {
  const { coverage, found: present } = coverageOf([passage], passage, words, found, passages);
  return {
    passage,
    sentences: [passage],
    coverage,
    promotedOver: null,
    found: present,
    answerFits: wants ? wants(passage.text) : false,
    holdsAsked: true,
    holdsCounted: true,
    holdsNumbers: true,
    score: 0,
  };
}

/** A corpus's passages by article, in reading order, and each passage's place in its article; built once per corpus. */
interface ArticleOrder {
  byArticle: Map<string, Passage[]>;
  position: Map<string, number>;
}
const orderOfCorpus = new WeakMap<ReadonlyMap<string, Passage>, ArticleOrder>();

function articleOrder(passages: ReadonlyMap<string, Passage>): ArticleOrder {
  let order = orderOfCorpus.get(passages);
  if (!order) {
    const byArticle = byArticleInReadingOrder(passages.values());
    const position = new Map<string, number>();
    for (const list of byArticle.values()) list.forEach((each, index) => position.set(each.id, index));
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
 * question wants (a number, a time) that the passage lacks, or who "he" is. For a "why" question
 * (`asksWhy`) a passage that gives no reason is shown with the sentence after it: a report states what
 * happened, then why ("…will undergo a knee operation tomorrow." "Waters injured his left knee in the
 * last game…"), often with no "because" to find. A window reads on the same way into a neighbour that
 * passes the question's sure test (`sure`, answerInArticle.ts: a figure, a person's name, a hometown)
 * when the passage does not, and into the sentence after one that announces it (announcements.ts: "…have made
 * two mistakes, which, together, may prove fatal." then "The first was the commune program…").
 */
export function bestWindow(
  passage: Passage,
  passages: ReadonlyMap<string, Passage>,
  words: readonly QuestionWord[],
  found: FoundTerms,
  wants: AnswerTest | null,
  asksWhy = false,
  /** The sure test of the answer asked (answerInArticle.ts), if the question has one. */
  sure: AnswerTest | null = null,
): Window {
  let best = alone(passage, passages, words, found, wants);
  const asked = new Set(words.map((word) => word.term));
  const before = neighbour(passage, passages, -1);
  const after = neighbour(passage, passages, 1);
  const candidates: Passage[][] = [];
  if (before) candidates.push([before, passage]);
  if (after) candidates.push([passage, after]);
  for (const sentences of candidates) {
    const { coverage, found: present } = coverageOf(sentences, passage, words, found, passages);
    const answerFits = wants ? sentences.some((sentence) => wants(sentence.text)) : false;
    const gainsWords = coverage > best.coverage + 0.02;
    const readsOn = asksWhy && sentences[0] === passage;
    const gainsAnswer = wants !== null && (answerFits || readsOn) && !best.answerFits && coverage >= best.coverage;
    // The sure test (answerInArticle.ts) reads on as the answer kind does: "St. Louis University found a way to win a baseball
    // game." is shown with "Larry Scherer last night pitched a no-hit game" after it for "who threw a no-hitter for St. Louis".
    const gainsSure = sure !== null && !best.sentences.some((sentence) => sure(sentence.text)) && sentences.some((sentence) => sure(sentence.text));
    // A sentence that asks what the text answers next, ends in a colon, or counts what it goes on to name ("two mistakes")
    // is shown with the sentence after it: that is where the answer starts.
    const announced = sentences[0] === passage && coverage >= best.coverage && announcesWhatFollows(passage.text, (word) => asked.has(toTerm(word) ?? ''));
    if (gainsWords || gainsAnswer || gainsSure || announced)
      best = { passage, sentences, coverage, promotedOver: null, found: present, answerFits, holdsAsked: true, holdsCounted: true, holdsNumbers: true, score: 0 };
    if (announced && after && sentences[1] === after) best = readOnPastLeadIn(best, after, passages, found);
  }
  return best;
}

/** A sentence of at most this many words after an announcement, holding none of the question's words, only leads in to the answer. */
const LEAD_IN_WORDS = 15;

/**
 * An announced answer often opens with a short sentence of its own that says nothing of the question
 * ("What does it mean to be creative?" — "When we turn to Noah Webster we find him helpful as usual." — "“To be
 * creative is …”"): the window then reads on one sentence more. That sentence is shown, not scored: the
 * window ranks as the announcement and its lead-in did (scoring its words too moved other windows past answers).
 */
function readOnPastLeadIn(window: Window, leadIn: Passage, passages: ReadonlyMap<string, Passage>, found: FoundTerms): Window {
  if (found.inPassage(leadIn).size > 0 || leadIn.text.split(/\s+/).length > LEAD_IN_WORDS) return window;
  const next = neighbour(leadIn, passages, 1);
  if (!next) return window;
  return { ...window, sentences: [...window.sentences, next] };
}
