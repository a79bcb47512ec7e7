import type { Passage } from '../src/domain/types.ts';
import { asksSomething } from '../src/lang/en/descriptions.ts';
import { type AnswerKind, answerKindWord, expectedAnswerKind } from '../src/lang/en/questionWords.ts';
import { sureAnswer } from '../src/search/answerInArticle.ts';
import { type AnswerTest, answerTest } from '../src/search/answerShape.ts';
import { type AskIndex, runNow, type TermStats } from '../src/search/askIndex.ts';
import type { AskHit } from '../src/search/askResult.ts';
import { findCandidates, WINDOW_CANDIDATES } from '../src/search/candidates.ts';
import { coinedWords } from '../src/search/coinedWords.ts';
import { judgeAnswer, type Judgement } from '../src/search/confidence.ts';
import { FoundTerms } from '../src/search/foundTerms.ts';
import { questionWords, type QuestionWord } from '../src/search/questionAnalysis.ts';
import { cleanQuestion, correctTypos } from '../src/search/questionText.ts';
import { distinctHits, rankWindows } from '../src/search/ranking.ts';
import { toTerm, toTerms } from '../src/search/terms.ts';
import type { Vocabulary } from '../src/search/vocabulary.ts';
import type { Window } from '../src/search/windows.ts';

/** What ask.ts computes for one question, kept for the bench tools that explain its ranking and its refusal. */
export interface AskTrace {
  /** The question as searched (spelling corrected). */
  question: string;
  corrected: string | null;
  words: QuestionWord[];
  windows: Window[];
  /** The ids of every match the index returned, best first (windows are built from the first WINDOW_CANDIDATES). */
  matchIds: string[];
  hits: AskHit[];
  found: FoundTerms;
  wants: AnswerKind | null;
  wantsPattern: AnswerTest | null;
  /** Null when no window was ranked (ask.ts then answers "nothing found" or names the missing words). */
  judgement: Judgement | null;
}

/** ask.ts's steps over an index in memory, every intermediate result kept (ask.ts itself keeps none). */
export function askTrace(index: AskIndex, raw: string, limit: number): AskTrace | null {
  const stats = index.termStats(() => []) as TermStats;
  const cleaned = cleanQuestion(raw);
  const corrected = correctTypos(cleaned, stats, () => index.vocabulary() as Vocabulary);
  const question = corrected ?? cleaned;
  const words = questionWords(question, stats);
  const coined = runNow(coinedWords(index, question, stats));
  if (words.length === 0) return null;
  const { matches, standsFor, sameWord } = runNow(findCandidates(index, stats, question, words));
  const ids = matches.map((match) => match.id);
  const passages = index.passages(ids, ids.slice(0, WINDOW_CANDIDATES)) as ReadonlyMap<string, Passage>;
  const found = new FoundTerms(matches, passages, standsFor, sameWord);
  const wants = expectedAnswerKind(cleaned);
  const kindTerm = toTerm(answerKindWord(question) ?? '');
  const ownTerms = new Set(toTerms(question).filter((term) => term !== kindTerm));
  const wantsPattern = wants ? answerTest(wants, ownTerms) : null;
  const sure = sureAnswer(wants, wantsPattern, ownTerms, question);
  const windows = rankWindows(matches, passages, words, found, wantsPattern, wants === null && !asksSomething(cleaned), sure, wants);
  const hits = distinctHits(windows, limit);
  const best = windows[0];
  const all = [...words, ...coined];
  const judgement =
    best && hits.length > 0 ? judgeAnswer({ question: cleaned, corrected, words: all, best, hits, wants, wantsPattern, inArticle: found.inArticle(best.passage) }) : null;
  return { question, corrected, words: all, windows, matchIds: ids, hits, found, wants, wantsPattern, judgement };
}
