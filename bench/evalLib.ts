import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import bm25 from 'wink-bm25-text-search';
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { Passage, Quote } from '../src/domain/types.ts';

/**
 * The retrieval evaluation: hand-written questions with the passages that answer them, scored for our
 * ranking and for two baselines built over the same passages in the same process.
 */

export const EVAL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'eval');
/** Ranks past this count as a miss for MRR; it is also the most `/ask` ever shows. */
export const MRR_DEPTH = 10;

export interface EvalQuestion {
  question: string;
  answers: string[];
  why: string;
}

export interface ExpectedQuote {
  passage: string;
  text: string;
}

export interface QuoteCase {
  speaker: string;
  expected: ExpectedQuote[];
  why: string;
}

export function loadQuestions(dir = EVAL_DIR): EvalQuestion[] {
  const parsed = JSON.parse(readFileSync(path.join(dir, 'questions.json'), 'utf8')) as { questions: EvalQuestion[] };
  return parsed.questions;
}

export function loadQuoteCases(dir = EVAL_DIR): QuoteCase[] {
  const parsed = JSON.parse(readFileSync(path.join(dir, 'quotes.json'), 'utf8')) as { cases: QuoteCase[] };
  return parsed.cases;
}

/** Anything that turns a question into passage ids, best first. */
export interface Ranker {
  name: string;
  rank(question: string, depth: number): string[];
}

export function oursRanker(desk: NewsDesk): Ranker {
  return {
    name: 'ours',
    rank(question, depth) {
      const result = desk.ask(question, { limit: depth });
      return result.status === 'found' ? result.hits.map((hit) => hit.passage.id) : [];
    },
  };
}

/** minisearch exactly as its README sets it up: one `text` field, default tokenizer and options. */
export function plainMiniSearchRanker(passages: Iterable<Passage>): Ranker {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll([...passages].map((passage) => ({ id: passage.id, text: passage.text })));
  return {
    name: 'minisearch (defaults)',
    rank: (question, depth) =>
      search
        .search(question)
        .slice(0, depth)
        .map((result) => String(result.id)),
  };
}

let bm25Nlp: ReturnType<typeof winkNLP> | null = null;

/** wink-bm25-text-search with the prep task its README documents: words only, no stop words, negation marked, stemmed. */
export function bm25Ranker(passages: Iterable<Passage>): Ranker {
  const nlp = (bm25Nlp ??= winkNLP(model));
  const its = nlp.its;
  // wink-nlp's typings declare `its.stem` with a signature `out()` does not accept; it is a token its-function.
  const stemOf = its.stem as unknown as ItsFunction<string>;
  const prepTask = (text: string): string[] => {
    const tokens: string[] = [];
    nlp
      .readDoc(text)
      .tokens()
      .filter((token) => token.out(its.type) === 'word' && !token.out(its.stopWordFlag))
      .each((token: ItemToken) => {
        const stemmed = String(token.out(stemOf));
        tokens.push(token.out(its.negationFlag) ? `!${stemmed}` : stemmed);
      });
    return tokens;
  };
  const engine = bm25();
  engine.defineConfig({ fldWeights: { text: 1 } });
  engine.definePrepTasks([prepTask]);
  for (const passage of passages) engine.addDoc({ text: passage.text }, passage.id);
  engine.consolidate();
  return {
    name: 'BM25 (wink)',
    rank: (question, depth) => engine.search(question, depth).map(([id]) => String(id)),
  };
}

export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first answer; null when no answer is in the top MRR_DEPTH. */
  rank: number | null;
  top: string[];
}

export interface RetrievalScore {
  ranker: string;
  questions: number;
  hit1: number;
  hit3: number;
  mrr: number;
  outcomes: QuestionOutcome[];
}

export function scoreRanker(ranker: Ranker, questions: readonly EvalQuestion[]): RetrievalScore {
  const outcomes = questions.map((question): QuestionOutcome => {
    const top = ranker.rank(question.question, MRR_DEPTH);
    const index = top.findIndex((id) => question.answers.includes(id));
    return { question, rank: index >= 0 ? index + 1 : null, top };
  });
  const share = (test: (outcome: QuestionOutcome) => boolean) => outcomes.filter(test).length / Math.max(1, outcomes.length);
  return {
    ranker: ranker.name,
    questions: outcomes.length,
    hit1: share((outcome) => outcome.rank === 1),
    hit3: share((outcome) => outcome.rank !== null && outcome.rank <= 3),
    mrr: outcomes.reduce((total, outcome) => total + (outcome.rank ? 1 / outcome.rank : 0), 0) / Math.max(1, outcomes.length),
    outcomes,
  };
}

export interface QuoteOutcome {
  quoteCase: QuoteCase;
  returned: Quote[];
  /** Expected quotes that no returned quote matched. */
  missed: ExpectedQuote[];
  /** Returned quotes that match no expected one. */
  extra: Quote[];
}

export interface QuoteScore {
  cases: number;
  /** Cases where the returned quotes are exactly the expected ones. */
  exact: number;
  precision: number;
  recall: number;
  outcomes: QuoteOutcome[];
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function quoteMatches(quote: Quote, expected: ExpectedQuote): boolean {
  if (quote.passageId !== expected.passage) return false;
  const have = fold(quote.text);
  const want = fold(expected.text);
  return have.includes(want) || want.includes(have);
}

/** Micro-averaged precision and recall of `/quote` over all cases. */
export function scoreQuotes(desk: NewsDesk, cases: readonly QuoteCase[]): QuoteScore {
  let returnedTotal = 0;
  let returnedRight = 0;
  let expectedTotal = 0;
  let expectedFound = 0;
  let exact = 0;
  const outcomes = cases.map((quoteCase): QuoteOutcome => {
    const result = desk.quotes(quoteCase.speaker);
    const returned = result.status === 'found' ? result.quotes : [];
    const missed = quoteCase.expected.filter((expected) => !returned.some((quote) => quoteMatches(quote, expected)));
    const extra = returned.filter((quote) => !quoteCase.expected.some((expected) => quoteMatches(quote, expected)));
    returnedTotal += returned.length;
    returnedRight += returned.length - extra.length;
    expectedTotal += quoteCase.expected.length;
    expectedFound += quoteCase.expected.length - missed.length;
    if (missed.length === 0 && extra.length === 0) exact++;
    return { quoteCase, returned, missed, extra };
  });
  return {
    cases: cases.length,
    exact,
    precision: returnedTotal === 0 ? 1 : returnedRight / returnedTotal,
    recall: expectedTotal === 0 ? 1 : expectedFound / expectedTotal,
    outcomes,
  };
}

/** Every answer id of the eval set must name a passage that exists: a typo there would silently count as a miss. */
export function unknownAnswerIds(questions: readonly EvalQuestion[], cases: readonly QuoteCase[], passages: ReadonlyMap<string, Passage>): string[] {
  const ids = [...questions.flatMap((question) => question.answers), ...cases.flatMap((quoteCase) => quoteCase.expected.map((expected) => expected.passage))];
  return [...new Set(ids.filter((id) => !passages.has(id)))];
}

export interface EvalReport {
  retrieval: RetrievalScore[];
  quotes: QuoteScore;
}

export function runEval(desk: NewsDesk, dir = EVAL_DIR): EvalReport {
  const questions = loadQuestions(dir);
  const cases = loadQuoteCases(dir);
  const unknown = unknownAnswerIds(questions, cases, desk.snapshot.passages);
  if (unknown.length > 0) throw new Error(`The eval set names passages that do not exist: ${unknown.join(', ')}`);
  const passages = [...desk.snapshot.passages.values()];
  const rankers = [oursRanker(desk), plainMiniSearchRanker(passages), bm25Ranker(passages)];
  return { retrieval: rankers.map((ranker) => scoreRanker(ranker, questions)), quotes: scoreQuotes(desk, cases) };
}
