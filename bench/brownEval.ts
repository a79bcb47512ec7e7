import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { Passage } from '../src/domain/types.ts';
import { bm25Ranker, EVAL_DIR, MRR_DEPTH, plainMiniSearchRanker } from './evalLib.ts';

/**
 * The development set on real press text: questions written from 16 non-reserved Brown press texts,
 * asked of all 44 press texts indexed together. Answers are verbatim spans, not passage ids, so the
 * set survives changes to sentence splitting, and a sentence window that shows the answering
 * neighbour counts as a hit.
 */

/**
 * A passage as the eval prints it: only passages of the texts the questions were written from are
 * shown; every other text (among them those kept for an independent evaluation, indexed only as
 * distractors) is named by its passage id alone, so running the eval never shows their words.
 */
export function printable(shown: Shown, devTexts: ReadonlySet<string>): string {
  const text = /^(c[a-r]\d\d)/.exec(shown.id)?.[1];
  return text && devTexts.has(text) ? shown.text : '(not a development-set text: not shown)';
}

export const BROWN_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions.json');
/** Set C: see bench/eval.ts; only its totals are ever printed. */
export const HELD_OUT_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-c.json');
/** Set D: questions on editorials (Brown cb01–cb27), asked of the press texts and the editorials together; totals only. */
export const SET_D_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-d.json');
/** Set F: development questions on letters and editorials (cb17–cb27) and popular non-fiction (cf), asked with the press texts beside them; misses listed. */
export const SET_F_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-f.json');
/** Set H: development questions on reviews, religion, hobbies, belles lettres and government texts (cc–ch), asked of all the non-fiction; misses listed. */
export const SET_H_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-h.json');
/** Set I: development questions on hobbies, popular lore, belles lettres, government, religion and reviews (cc–ch), asked of all the non-fiction; misses listed. */
export const SET_I_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-i.json');
/** Set K: questions on reviews, religion, hobbies, popular lore, belles lettres and government texts no other set uses, asked of all the non-fiction. */
export const SET_K_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-k.json');
/** Set M: questions on reviews, religion, hobbies, popular lore, belles lettres and government texts no earlier set uses, asked of all the non-fiction. */
export const SET_M_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-m.json');
/** Set O: questions on reviews, religion, hobbies, popular lore, belles lettres and government texts no earlier set uses, asked of all the non-fiction. */
export const SET_O_QUESTIONS_FILE = path.join(EVAL_DIR, 'brown-questions-o.json');

export interface BrownQuestion {
  question: string;
  type: string;
  /** The Brown text it was written from ("ca07"), null for questions no text answers. */
  text: string | null;
  /** Verbatim spans of answering sentences; empty when nothing answers. */
  answers: string[];
  why: string;
}

export function loadBrownQuestions(file = BROWN_QUESTIONS_FILE): BrownQuestion[] | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { questions: BrownQuestion[] }).questions;
}

/** Case, quote marks, dashes and whitespace folded, so a span matches however the text was typeset. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”"‘’'`´]/g, '')
    .replace(/[—–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}

/** One shown passage: its id and everything the reader sees of it (a window's neighbours included). */
export interface Shown {
  id: string;
  text: string;
}

export interface BrownRanker {
  name: string;
  /** Passages best first; `refused` when the ranker answered "not covered" (only ours does). */
  answer(question: string, depth: number): { shown: Shown[]; refused: boolean; missing: string[]; confidence?: number; nearest?: Shown[] };
}

export function oursBrownRanker(desk: NewsDesk): BrownRanker {
  return {
    name: 'ours',
    answer(question, depth) {
      const result = desk.ask(question, { limit: depth });
      const hits = result.status === 'found' ? result.hits : result.status === 'not-covered' ? result.nearest : [];
      const shown = hits.map((hit) => ({ id: hit.passage.id, text: [hit.context, hit.text].filter(Boolean).join(' ') }));
      const refused = result.status !== 'found';
      const confidence = result.status === 'found' || result.status === 'not-covered' ? result.confidence : 0;
      return { shown: refused ? [] : shown, refused, missing: result.status === 'not-covered' ? result.missing : [], confidence, nearest: shown };
    },
  };
}

function fromPlainRanker(ranker: { name: string; rank(question: string, depth: number): string[] }, passages: ReadonlyMap<string, Passage>): BrownRanker {
  return {
    name: ranker.name,
    answer: (question, depth) => ({
      shown: ranker.rank(question, depth).map((id) => ({ id, text: passages.get(id)?.text ?? '' })),
      refused: false,
      missing: [],
    }),
  };
}

export interface BrownOutcome {
  question: BrownQuestion;
  /** 1-based rank of the first shown passage holding an answer span; null when none in the top MRR_DEPTH. */
  rank: number | null;
  refused: boolean;
  missing: string[];
  top: Shown[];
  /** Ours only: the confidence of the first passage, and the rank of the first answer had nothing been refused. */
  confidence: number;
  rankIgnoringRefusal: number | null;
}

export interface BrownScore {
  ranker: string;
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Of the questions refused, the share no text answers (1 when nothing was refused). */
  refusalPrecision: number;
  /** Of the questions no text answers, the share refused. */
  refusalRecall: number;
  /** Of the answerable questions, the share refused. */
  wronglyRefused: number;
  byType: Map<string, { questions: number; hit1: number; hit3: number }>;
  outcomes: BrownOutcome[];
}

export function isAnswerable(question: BrownQuestion): boolean {
  return question.answers.length > 0 && question.type !== 'unanswerable';
}

export function answerAll(ranker: BrownRanker, questions: readonly BrownQuestion[]): BrownOutcome[] {
  return questions.map((question): BrownOutcome => {
    const { shown, refused, missing, confidence = 1, nearest = shown } = ranker.answer(question.question, MRR_DEPTH);
    const spans = question.answers.map(foldForMatch);
    const rankIn = (list: Shown[]) => {
      const index = list.findIndex((passage) => {
        const text = foldForMatch(passage.text);
        return spans.some((span) => text.includes(span));
      });
      return index >= 0 ? index + 1 : null;
    };
    return { question, rank: rankIn(shown), refused, missing, top: nearest, confidence, rankIgnoringRefusal: rankIn(nearest) };
  });
}

export function summarize(ranker: string, outcomes: BrownOutcome[]): BrownScore {
  const answerable = outcomes.filter((outcome) => isAnswerable(outcome.question));
  const unanswerable = outcomes.filter((outcome) => !isAnswerable(outcome.question));
  const share = (list: BrownOutcome[], test: (outcome: BrownOutcome) => boolean) => (list.length === 0 ? 0 : list.filter(test).length / list.length);
  const refused = outcomes.filter((outcome) => outcome.refused);
  const byType = new Map<string, { questions: number; hit1: number; hit3: number }>();
  for (const type of [...new Set(answerable.map((outcome) => outcome.question.type))].sort()) {
    const ofType = answerable.filter((outcome) => outcome.question.type === type);
    byType.set(type, {
      questions: ofType.length,
      hit1: share(ofType, (outcome) => outcome.rank === 1),
      hit3: share(ofType, (outcome) => outcome.rank !== null && outcome.rank <= 3),
    });
  }
  return {
    ranker,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hit1: share(answerable, (outcome) => outcome.rank === 1),
    hit3: share(answerable, (outcome) => outcome.rank !== null && outcome.rank <= 3),
    mrr: answerable.reduce((total, outcome) => total + (outcome.rank ? 1 / outcome.rank : 0), 0) / Math.max(1, answerable.length),
    refusalPrecision: refused.length === 0 ? 1 : share(refused, (outcome) => !isAnswerable(outcome.question)),
    refusalRecall: share(unanswerable, (outcome) => outcome.refused),
    wronglyRefused: share(answerable, (outcome) => outcome.refused),
    byType,
    outcomes,
  };
}

/**
 * The two halves of the set: texts in alphabetical order alternate between half A and half B;
 * questions no text answers alternate in file order. Both halves are tuned on now; sets C and D
 * are the held-out checks.
 */
export function splitHalves(questions: readonly BrownQuestion[]): { a: BrownQuestion[]; b: BrownQuestion[] } {
  const texts = [...new Set(questions.map((question) => question.text).filter((text): text is string => text !== null))].sort();
  const inA = new Set(texts.filter((_, index) => index % 2 === 0));
  const a: BrownQuestion[] = [];
  const b: BrownQuestion[] = [];
  let unanswered = 0;
  for (const question of questions) {
    const toA = question.text === null ? unanswered++ % 2 === 0 : inA.has(question.text);
    (toA ? a : b).push(question);
  }
  return { a, b };
}

export interface BrownReport {
  passages: number;
  halves: { name: string; scores: BrownScore[] }[];
}

export function runBrownEval(desk: NewsDesk, questions: readonly BrownQuestion[]): BrownReport {
  const passages = desk.snapshot.passages;
  const list = [...passages.values()];
  const rankers = [oursBrownRanker(desk), fromPlainRanker(plainMiniSearchRanker(list), passages), fromPlainRanker(bm25Ranker(list), passages)];
  const { a, b } = splitHalves(questions);
  const answered = rankers.map((ranker) => ({ name: ranker.name, outcomes: answerAll(ranker, questions) }));
  const halves = [
    { name: 'all', questions: new Set(questions) },
    { name: 'half A', questions: new Set(a) },
    { name: 'half B', questions: new Set(b) },
  ];
  return {
    passages: passages.size,
    halves: halves.map((half) => ({
      name: half.name,
      scores: answered.map(({ name, outcomes }) =>
        summarize(
          name,
          outcomes.filter((outcome) => half.questions.has(outcome.question)),
        ),
      ),
    })),
  };
}

/**
 * Refusal at other thresholds, from the confidence each answer reported: for calibrating
 * CONFIDENCE_THRESHOLD on one half and checking it on the other.
 */
export function thresholdSweep(
  outcomes: readonly BrownOutcome[],
  thresholds: readonly number[],
): Array<{ threshold: number; hit1: number; refusalPrecision: number; refusalRecall: number; wronglyRefused: number }> {
  return thresholds.map((threshold) => {
    const refused = (outcome: BrownOutcome) => outcome.confidence < threshold || (outcome.rankIgnoringRefusal === null && outcome.top.length === 0);
    const answerable = outcomes.filter((outcome) => isAnswerable(outcome.question));
    const unanswerable = outcomes.filter((outcome) => !isAnswerable(outcome.question));
    const refusedAll = outcomes.filter(refused);
    return {
      threshold,
      hit1: answerable.filter((outcome) => !refused(outcome) && outcome.rankIgnoringRefusal === 1).length / Math.max(1, answerable.length),
      refusalPrecision: refusedAll.length === 0 ? 1 : refusedAll.filter((outcome) => !isAnswerable(outcome.question)).length / refusedAll.length,
      refusalRecall: unanswerable.filter(refused).length / Math.max(1, unanswerable.length),
      wronglyRefused: answerable.filter(refused).length / Math.max(1, answerable.length),
    };
  });
}
