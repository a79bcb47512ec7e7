import { type AnswerKind, DAY_OF_MONTH, FIGURE_ANSWER_KINDS } from '../lang/en/questionWords.ts';
import { focusNoun, isKindOfPerson } from '../lang/en/focusNouns.ts';
import { asksOrigin, ORIGIN } from '../lang/en/origins.ts';
import { type AnswerTest, namedInstanceTest, namesPersonTest, statedDateTest } from './answerShape.ts';
import { figureOfThing, measuredThing } from './figureOfThing.ts';
import type { Window } from './windows.ts';

/** A test that a window surely gives the answer asked, and how much of the question it must hold to rank first in its article. */
export interface SureAnswer {
  test: AnswerTest;
  /** The share of the question's coverage of a window of the same article without the answer it must have. */
  share: number;
  /** A stricter test of the same kind applied after this one ("the crowd of 32,589" before "13-5" for "how big was the crowd"). */
  then?: SureAnswer;
}

/**
 * A figure (FIGURE_ANSWER_KINDS: digits, number words, units) is given or not: half as much of the
 * question suffices. Set on half A of the Brown development set (0.4–0.6 did the same there; half B,
 * set C and the seeds unchanged).
 */
const FIGURE_SHARE = 0.5;
/**
 * A count of the thing asked ("22 homers" for "how many homers did Brooks Robinson hit") may be
 * someone else's count in the same story (Hansen's): before the window that holds the question's
 * names it goes only when it holds nearly as much (at 0.5, Hansen's 22 homers answered for Brooks
 * Robinson; at 0.8 set C keeps one of the two questions 0.5 gained, at 0.9 less MRR). A size ("how
 * big was the crowd") is the figure rule's 0.5.
 */
const COUNT_SHARE = 0.8;
/**
 * A named person is a looser sign (a story names many): the window must hold nearly as much. Set on
 * half A and the seeds (0.6 lost a seed question; 0.7–0.85 did the same on all sets).
 */
const PERSON_SHARE = 0.8;

/**
 * A named instance of what "what X"/"which X" asks for ("the Ben Epstein Good Guy Award" for "what
 * award") is as loose a sign as a person's name. Set on half A of the Brown development set (0.5–0.8
 * did the same there, 0.9 lost the question it gained; half B, set C and the seeds unchanged).
 */
const NAMED_INSTANCE_SHARE = 0.8;

/**
 * A reason is looser still ("so", "after" and "since" also tell of time): the window must hold
 * nearly as much as the one it goes before. Set on the Brown development set (0.7–0.8 gained a
 * question of half A; 0.5 lost two of half B, 0.6 lowered set C's MRR, 0.9 gained nothing).
 */
const REASON_SHARE = 0.8;

/**
 * A hometown (ORIGIN: "native", "born in", "(Cal.)") is stated or not, as a figure is. Set on the
 * Brown development set (0.5 and 0.8 did the same; set C and the seeds unchanged).
 */
const ORIGIN_SHARE = 0.5;
/**
 * A date stated as a date ("December 2, 1943", "in 1913"), then a day of a month before a bare year, for
 * "when": as loose a sign as a person's name (a story dates many things). Set on the development sets: 0.8
 * moved answers to first place on set F (Bari's raid "the night of December 2, 1943", Vermont's flood
 * "Friday, November 4, 1927" over "the Great Flood of 1927"); 0.65 lost a question of half B, 0.9 what 0.8 gained.
 */
const DATE_SHARE = 0.8;
const statesOrigin: AnswerTest = (text) => ORIGIN.test(text);

/**
 * A place the question does not name ("nine miles northwest of Centralia, Illinois", "29th Street and Eighth
 * Avenue") for any other "where": a window of the story giving one ranks first, and a window reads on into the
 * sentence that gives it. Set on the development sets: 0.5–0.6 gave set F +1 hit@1 and hit@3 and set C +1 hit@3,
 * 0.7 less, 0.8 nothing; dev, set D and the seeds unchanged at each.
 */
const PLACE_SHARE = 0.6;

/**
 * The sure test for a question's kind of answer, if it has one: a figure, a hometown for "where … from", a reason
 * for "why", a person's name for "who" or "which <kind of person>", a named instance of what "what X" asks for.
 */
export function sureAnswer(wants: AnswerKind | null, wantsPattern: AnswerTest | null, questionTerms: ReadonlySet<string>, question: string): SureAnswer | null {
  if (wants !== null && wantsPattern && FIGURE_ANSWER_KINDS.has(wants)) {
    // Then, of the article's windows with a figure, one whose figure stands by the thing measured ("The crowd of 32,589"
    // for "how big was the crowd") before one whose figures are of other things ("a 13-5 barrage", "their 19th world series").
    const thing = measuredThing(question);
    const ofThing = figureOfThing(thing);
    return { test: wantsPattern, share: FIGURE_SHARE, ...(ofThing ? { then: { test: ofThing, share: thing.count ? COUNT_SHARE : FIGURE_SHARE } } : {}) };
  }
  if (wants === 'time') return { test: statedDateTest(questionTerms), share: DATE_SHARE, then: { test: statedDateTest(questionTerms, DAY_OF_MONTH), share: DATE_SHARE } };
  if (wants === 'place' && asksOrigin(question)) return { test: statesOrigin, share: ORIGIN_SHARE };
  if (wants === 'place' && wantsPattern) return { test: wantsPattern, share: PLACE_SHARE };
  if (wants === 'reason' && wantsPattern) return { test: wantsPattern, share: REASON_SHARE };
  if (wants === 'person') return { test: namesPersonTest(questionTerms), share: PERSON_SHARE };
  const head = wants === null ? focusNoun(question) : null;
  // "which Americans did Castro execute", "what senator …": a kind of person is answered by a person's name ("identified the Americans as Howard Anderson and …").
  if (head && isKindOfPerson(head)) return { test: namesPersonTest(questionTerms), share: PERSON_SHARE };
  if (head) return { test: namedInstanceTest(head, questionTerms), share: NAMED_INSTANCE_SHARE };
  return null;
}

/**
 * Within one article, a window that surely gives the answer asked (a figure, a person's name) ranks
 * before one without it that only holds more of the question's words. An article's lead restates the
 * topic ("Multnomah County may be short of general assistance money"); the sentence with the figure
 * ("had spent $58,918 out of its budgeted $66,000") names less of it, because the article already
 * has. The promoted window takes the other's place and the other goes just after it, so windows of
 * other articles keep their order: there the words held still tell which story it is. A stricter
 * test (`then`) is applied after, among the windows the first one ordered. Scores are changed in
 * place; the caller sorts.
 */
export function preferAnswersInArticle(windows: readonly Window[], sure: SureAnswer): void {
  const gives = (window: Window) => window.sentences.some((sentence) => sure.test(sentence.text));
  const giving = new Map<string, Window[]>();
  const without: Window[] = [];
  for (const window of windows) {
    if (!gives(window)) {
      without.push(window);
      continue;
    }
    const articleId = window.passage.citation.articleId;
    const list = giving.get(articleId);
    if (list) list.push(window);
    else giving.set(articleId, [window]);
  }
  if (giving.size === 0) return sure.then ? preferAnswersInArticle(windows, sure.then) : undefined;
  for (const window of without) {
    let promoted: Window | null = null;
    for (const other of giving.get(window.passage.citation.articleId) ?? []) {
      if (other.score >= window.score || other.coverage < sure.share * window.coverage) continue;
      if (!promoted || other.score > promoted.score) promoted = other;
    }
    if (!promoted) continue;
    if (!promoted.promotedOver || promoted.promotedOver.score < window.score) promoted.promotedOver = window;
    const place = window.score;
    window.score = place * (1 - 1e-9);
    promoted.score = place;
  }
  if (sure.then) preferAnswersInArticle(windows, sure.then);
}
