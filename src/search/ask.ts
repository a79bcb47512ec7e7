import type { Passage } from '../domain/types.ts';
import { ANSWER_PATTERNS, expectedAnswerKind } from '../lang/en/questionWords.ts';
import { type AskResult, notCovered } from './askResult.ts';
import { findCandidates } from './candidates.ts';
import { answerOrRefuse } from './confidence.ts';
import type { PassageIndex } from './passageIndex.ts';
import { questionWords } from './questionAnalysis.ts';
import { cleanQuestion, correctTypos, suggestionsFor } from './questionText.ts';
import { distinctHits, rankWindows } from './ranking.ts';
import { tokenize, toTerm } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

import { MAX_QUESTION_CHARS, MAX_RESULTS } from '../domain/limits.ts';

export { MAX_QUESTION_CHARS, MAX_RESULTS };
export type { AskHit, AskResult, WindowCitation } from './askResult.ts';
export { CONFIDENCE_THRESHOLD } from './confidence.ts';
export { cleanQuestion } from './questionText.ts';

/**
 * How an answer is read from the index: validation, spelling (questionText.ts), the question's
 * weighed words (questionAnalysis.ts), candidate retrieval (candidates.ts), sentence windows
 * (windows.ts, ranking.ts), confidence (confidence.ts) and the result (askResult.ts).
 */
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

  const corrected = correctTypos(question, index, vocabulary);
  const searched = corrected ?? question;
  const words = questionWords(searched, index);
  if (words.length === 0) return { status: 'nothing-found', question, suggestions: suggestionsFor(question, vocabulary()) };
  const { matches, found } = findCandidates(index, passages, searched, words);
  const wants = expectedAnswerKind(question);
  const wantsPattern = wants ? ANSWER_PATTERNS[wants] : null;

  const windows = rankWindows(matches, passages, words, found, wantsPattern);
  const hits = distinctHits(windows, limit);
  const best = windows[0];
  if (!best || hits.length === 0) {
    const missing = words.filter((word) => !word.inCorpus).map((word) => word.word);
    if (missing.length > 0) return notCovered(question, corrected, missing, [], [], 0);
    return { status: 'nothing-found', question, suggestions: suggestionsFor(question, vocabulary()) };
  }
  return answerOrRefuse(question, corrected, words, best, hits, wants, wantsPattern);
}

function lazily(source: Vocabulary | (() => Vocabulary)): () => Vocabulary {
  return typeof source === 'function' ? source : () => source;
}
