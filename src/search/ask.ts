import { asksSomething } from '../lang/en/descriptions.ts';
import { answerKindWord, expectedAnswerKind } from '../lang/en/questionWords.ts';
import { sureAnswer } from './answerInArticle.ts';
import { answerTest } from './answerShape.ts';
import { type AskIndex, runLater, runNow, type Steps, type TermStats, wait } from './askIndex.ts';
import { type AskResult, notCovered } from './askResult.ts';
import { findCandidates, WINDOW_CANDIDATES } from './candidates.ts';
import { coinedWords } from './coinedWords.ts';
import { answerOrRefuse } from './confidence.ts';
import { FoundTerms } from './foundTerms.ts';
import { questionWords } from './questionAnalysis.ts';
import { cleanQuestion, correctTypos, suggestionsFor } from './questionText.ts';
import { distinctHits, rankWindows } from './ranking.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';
import { Vocabulary } from './vocabulary.ts';

import { MAX_QUESTION_CHARS, MAX_RESULTS } from '../domain/limits.ts';

export { MAX_QUESTION_CHARS, MAX_RESULTS };
export type { AskHit, AskResult, WindowCitation } from './askResult.ts';
export type { AskIndex } from './askIndex.ts';
export { CONFIDENCE_THRESHOLD } from './confidence.ts';
export { cleanQuestion } from './questionText.ts';

/** /ask over an index that answers at once (the embedded one): a plain synchronous call. */
export function ask(index: AskIndex, rawQuestion: string, requestedLimit: number): AskResult {
  return runNow(askSteps(index, rawQuestion, requestedLimit));
}

/** /ask over an index that may answer later (a database): the same steps, awaited. */
export function askLater(index: AskIndex, rawQuestion: string, requestedLimit: number): Promise<AskResult> {
  return runLater(askSteps(index, rawQuestion, requestedLimit));
}

/**
 * How an answer is read from the index: validation, spelling (questionText.ts), the question's
 * weighed words (questionAnalysis.ts), candidate retrieval (candidates.ts), sentence windows
 * (windows.ts, ranking.ts), confidence (confidence.ts) and the result (askResult.ts). Every read of
 * the index is a `yield* wait(…)`, so one definition serves an index in memory and one in a database.
 */
function* askSteps(index: AskIndex, rawQuestion: string, requestedLimit: number): Steps<AskResult> {
  if (index.size === 0) return { status: 'invalid', reason: 'No articles are indexed yet: add .txt or .md files to the seeds folder, then run /reindex.' };
  const question = cleanQuestion(rawQuestion);
  if (!question) return { status: 'invalid', reason: 'The question is empty. Ask something like “who won the election?”' };
  if (question.length > MAX_QUESTION_CHARS) {
    return { status: 'invalid', reason: `The question is too long (${question.length} characters; at most ${MAX_QUESTION_CHARS}). Ask it in a sentence or two.` };
  }
  const queryTerms = [
    ...new Set(
      tokenize(question)
        .map(toTerm)
        .filter((term): term is string => term !== null),
    ),
  ];
  if (queryTerms.length === 0) {
    return { status: 'invalid', reason: 'The question has no searchable words (only words like “what” or “the”). Name a person, place or topic.' };
  }
  const limit = Math.max(1, Math.min(MAX_RESULTS, Math.floor(requestedLimit) || 1));

  let stats = yield* wait(index.termStats(() => termsLookedUp(question)));
  const corrected = yield* correctedQuestion(index, question, stats);
  const searched = corrected ?? question;
  if (corrected) stats = yield* wait(index.termStats(() => termsLookedUp(searched)));
  const words = questionWords(searched, stats);
  // A coinage no dictionary, article or near spelling knows ("chatgpt") is a topic the articles lack (coinedWords.ts).
  const coined = yield* coinedWords(index, searched, stats);
  if (words.length === 0 && coined.length > 0)
    return notCovered(
      question,
      corrected,
      coined.map((word) => word.word),
      [],
      [],
      0,
    );
  if (words.length === 0) return { status: 'nothing-found', question, suggestions: suggestionsFor(question, yield* wait(index.vocabulary())) };
  const { matches, standsFor, sameWord } = yield* findCandidates(index, stats, searched, words);
  const ids = matches.map((match) => match.id);
  const passages = yield* wait(index.passages(ids, ids.slice(0, WINDOW_CANDIDATES)));
  const found = new FoundTerms(matches, passages, standsFor, sameWord);
  const wants = expectedAnswerKind(question);
  // The question's own words are no answer; the word that asks for the kind ("old" in "how old") may well be part of one ("22-year-old").
  const kindTerm = toTerm(answerKindWord(searched) ?? '');
  const ownTerms = new Set(toTerms(searched).filter((term) => term !== kindTerm));
  const wantsPattern = wants ? answerTest(wants, ownTerms) : null;

  const sure = sureAnswer(wants, wantsPattern, ownTerms, searched);
  const windows = rankWindows(matches, passages, words, found, wantsPattern, wants === null && !asksSomething(question), sure, wants);
  const hits = distinctHits(windows, limit);
  const best = windows[0];
  if (!best || hits.length === 0) {
    const missing = words.filter((word) => !word.inCorpus).map((word) => word.word);
    if (missing.length > 0) return notCovered(question, corrected, missing, [], [], 0);
    return { status: 'nothing-found', question, suggestions: suggestionsFor(question, yield* wait(index.vocabulary())) };
  }
  return answerOrRefuse({ question, corrected, words: [...words, ...coined], best, hits, wants, wantsPattern, inArticle: found.inArticle(best.passage) });
}

const NO_WORDS = new Vocabulary();

/**
 * Typos corrected. The vocabulary is only asked for when a word needs it (most questions have none);
 * an index that must fetch it (a database) is asked once and the correction run again with it.
 */
function* correctedQuestion(index: AskIndex, question: string, stats: TermStats): Steps<string | null> {
  let fetching: Promise<Vocabulary> | null = null;
  const atOnce = correctTypos(question, stats, () => {
    const vocabulary = index.vocabulary();
    if (!(vocabulary instanceof Promise)) return vocabulary;
    fetching = vocabulary;
    return NO_WORDS;
  });
  if (!fetching) return atOnce;
  const vocabulary = yield* wait<Vocabulary>(fetching);
  return correctTypos(question, stats, () => vocabulary);
}

/**
 * Every term typo correction and questionWords may look up for a question: told that no term is
 * known, they look up each word's term and every form they try, a superset of what they ask then.
 */
function termsLookedUp(question: string): Set<string> {
  const asked = new Set<string>();
  const recorder: TermStats = {
    size: 1,
    hasTerm: (term) => (asked.add(term), false),
    passagesWith: (term) => (asked.add(term), 0),
    rarity: (term) => (asked.add(term), 0),
  };
  correctTypos(question, recorder, () => NO_WORDS);
  questionWords(question, recorder);
  return asked;
}
