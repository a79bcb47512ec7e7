import type { Passage, PassageSection } from '../domain/types.ts';
import { describesPerson, LEADING_ARTICLE, personAppositives } from '../lang/en/descriptions.ts';
import type { AnswerKind } from '../lang/en/questionWords.ts';
import type { AnswerTest } from './answerShape.ts';
import { preferAnswersInArticle, type SureAnswer } from './answerInArticle.ts';
import { type AskHit, toHit } from './askResult.ts';
import { WINDOW_CANDIDATES } from './candidates.ts';
import type { FoundTerms } from './foundTerms.ts';
import type { IndexMatch } from './passageIndex.ts';
import { askedWords, holdsAnyOf, isAskable, nameTerms } from './askedFor.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';
import { alone, bestWindow, type Window } from './windows.ts';

/** Headlines repeat the body and captions describe photos: the reporting itself ranks first. */
const SECTION_WEIGHT: Record<PassageSection, number> = { body: 1, standfirst: 0.8, caption: 0.6, headline: 0.5, comment: 0.3 };
/** How many of the best index matches are re-ranked. */
const RANKED_CANDIDATES = 150;

/** Re-ranks the index's best matches as sentence windows, best first. */
export function rankWindows(
  matches: readonly IndexMatch[],
  passages: ReadonlyMap<string, Passage>,
  words: readonly QuestionWord[],
  found: FoundTerms,
  wantsPattern: AnswerTest | null,
  /** Whether the question only names its topic ("Bill Shea"): a passage that says who they are is the answer. */
  namesOnly = false,
  /** A sure test for the answer asked (a figure, a person's name): a window passing it ranks before its article's windows failing it (answerInArticle.ts). */
  sure: SureAnswer | null = null,
  /** The kind of answer asked: for "why", a window without a reason reads on into the next sentence (windows.ts). */
  wants: AnswerKind | null = null,
): Window[] {
  const topScore = matches[0]?.score ?? 1;
  const windows: Window[] = [];
  const informative = words.filter((word) => word.weight > 0 && !word.framing).map((word) => word.term);
  const pairs = informative.slice(1).map((term, at) => [informative[at] ?? '', term] as const);
  const person = namesOnly ? personAskedAbout(words) : null;
  const describes = person === null ? null : describesPerson(person);
  const subject = namesOnly ? topicAsSubject(words) : null;
  for (const [rank, match] of matches.entries()) {
    if (rank >= RANKED_CANDIDATES) break;
    const passage = passages.get(match.id);
    if (!passage) continue;
    const window =
      rank < WINDOW_CANDIDATES
        ? bestWindow(passage, passages, words, found, wantsPattern, wants === 'reason', sure?.test ?? null)
        : alone(passage, passages, words, found, wantsPattern);
    // Coverage of the question's rare words decides first; the index's BM25 score orders passages that cover as much.
    const relevance = Math.min(1, match.score / topScore);
    const fit = wantsPattern ? (window.answerFits ? 1 : 0.6) : 1;
    const section = SECTION_WEIGHT[passage.citation.section];
    // Only the windows scored with their neighbours are read again for phrases: the rest rarely reach the answers.
    const near = rank < WINDOW_CANDIDATES ? adjacentPairs(passage, pairs, found.inPassage(passage)) : 0;
    const described =
      rank < WINDOW_CANDIDATES &&
      ((describes !== null && window.sentences.some((sentence) => describes(sentence.text))) ||
        (subject !== null && window.sentences.some((sentence) => subject(sentence.text))) ||
        (wants === 'person' && window.sentences.some((sentence) => describesAs(sentence.text, informative))))
        ? DESCRIBED_BONUS
        : 1;
    window.score = described * section * fit * (1 + PAIR_BONUS * near) * (Math.pow(window.coverage, 2) + RELEVANCE_WEIGHT * relevance);
    windows.push(window);
  }
  if (sure) preferAnswersInArticle(windows, sure);
  windows.sort((a, b) => b.score - a.score);
  const best = windows[0];
  if (best) markShape(best, matches, passages, words);
  if (best?.promotedOver) markShape(best.promotedOver, matches, passages, words);
  return windows;
}

/**
 * Whether the best window holds what is asked beyond the question's names, what a "how many"
 * question counts, and the numbers the question gives (confidence.ts lowers its confidence when not). Only the best window is judged:
 * reading names from the candidates' text and related words costs more than ranking needs.
 */
function markShape(best: Window, matches: readonly IndexMatch[], passages: ReadonlyMap<string, Passage>, words: readonly QuestionWord[]): void {
  const counted = words.filter((word) => word.counted && isAskable(word));
  best.holdsCounted = holdsAnyOf(counted, best.found, best.sentences);
  best.holdsNumbers = words.every((word) => !word.inCorpus || !/^\d/.test(word.term) || best.found.has(word.term));
  if (words.every((word) => !isAskable(word) || best.found.has(word.term))) return;
  const candidates = matches.slice(0, WINDOW_CANDIDATES).flatMap((match) => passages.get(match.id) ?? []);
  best.holdsAsked = holdsAnyOf(askedWords(words, nameTerms(words, candidates)), best.found, best.sentences);
}

/**
 * How much a passage gains (at most) when the question's consecutive words stand together in it: "Bill Shea", "general
 * assistance", "home runs" written as a phrase are the same thing; the words scattered over a sentence often are not.
 * Set on half A of the Brown development set (0.25–0.6 did equally well there; the smallest was kept).
 */
const PAIR_BONUS = 0.25;

/**
 * How much the index's BM25 score (relative to the best match's) adds to a window's squared coverage.
 * Set on half A of the Brown development set: 0.2–0.3 raised its MRR over the earlier 0.35 (0.793 →
 * 0.797); 0.2 lost a seed question, so 0.25. Half B and set C's totals did not fall.
 */
const RELEVANCE_WEIGHT = 0.25;

/** Share of the question's consecutive word pairs ("general assistance", "Bill Shea") that stand within two words of each other in the passage. */
function adjacentPairs(passage: Passage, pairs: ReadonlyArray<readonly [string, string]>, own: ReadonlyMap<string, number>): number {
  // Only a passage that has both words of a pair (as the index already knows) is read again: most have none.
  const both = pairs.filter(([first, second]) => own.get(first) === 1 && own.get(second) === 1);
  if (both.length === 0) return 0;
  const terms = toTerms(passage.text);
  let near = 0;
  for (const [first, second] of both) {
    for (let at = 0; at < terms.length; at++) {
      if (terms[at] !== first && terms[at] !== second) continue;
      const other = terms[at] === first ? second : first;
      if (terms[at + 1] === other || terms[at + 2] === other) {
        near++;
        break;
      }
    }
  }
  return near / pairs.length;
}

/**
 * How much a window gains, for a question that only names someone, when it says who they are ("The
 * 53-year-old Shea, a prominent corporation lawyer…") rather than mentioning them in passing, and for
 * a "who" question when it describes a person by the question's words. Set on half A of the Brown
 * development set (1.3–2.5 did the same there for names alone; 1.2–1.3 for "who", 1.5 lost a
 * question; half B and set C unchanged).
 */
const DESCRIBED_BONUS = 1.3;

/**
 * For a "who" question: whether a sentence describes a person it names by one of the question's words
 * ("Tim Larson, a junior at Wilson High School and president of Spice-Nice," for "who runs
 * Spice-Nice"): the person is named for what the question asks about, not in passing.
 */
function describesAs(text: string, terms: readonly string[]): boolean {
  return personAppositives(text).some((appositive) => {
    const inside = toTerms(appositive);
    return terms.some((term) => inside.includes(term));
  });
}

/**
 * For a question that only names its topic ("Connally amendment"): whether a sentence opens with it as
 * its subject ("The Connally amendment says that the United States, rather than the court, shall determine…"):
 * the sentence is about the topic, where others mention it in passing.
 */
function topicAsSubject(words: readonly QuestionWord[]): ((text: string) => boolean) | null {
  // A topic of one word is often a surname, and news sentences open with names all the time; a word of the question no article has leaves it unnamed.
  if (words.some((word) => !word.inCorpus)) return null;
  const topic = words.filter((word) => word.weight > 0).map((word) => word.term);
  if (topic.length < 2) return null;
  return (text) => {
    const tokens = tokenize(text.slice(0, 200));
    const from = LEADING_ARTICLE.test(tokens[0] ?? '') ? 1 : 0;
    return topic.every((term, at) => toTerm(tokens[from + at] ?? '') === term);
  };
}

/** The person a question of a few words names ("Bill Shea" → "shea"): its last word (describesPerson looks for it capitalised). */
function personAskedAbout(words: readonly QuestionWord[]): string | null {
  const informative = words.filter((word) => word.weight > 0 && word.inCorpus);
  const last = informative[informative.length - 1];
  return last && informative.length <= 3 ? last.word : null;
}

/** The best windows as hits, at most `limit`, each text shown once. */
export function distinctHits(windows: readonly Window[], limit: number): AskHit[] {
  const hits: AskHit[] = [];
  const seenTexts = new Set<string>();
  const shownIds = new Set<string>();
  for (const window of windows) {
    const key = window.sentences
      .map((sentence) => sentence.text)
      .join(' ')
      .toLowerCase()
      .replace(/\W+/g, ' ')
      .trim();
    // The same sentence in two copies of an article is one answer; a sentence already shown in a window is not shown again.
    if (seenTexts.has(key) || window.sentences.some((passage) => shownIds.has(passage.id))) continue;
    seenTexts.add(key);
    for (const passage of window.sentences) shownIds.add(passage.id);
    hits.push(toHit(window));
    if (hits.length >= limit) break;
  }
  return hits;
}
