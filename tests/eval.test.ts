import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadBrownQuestions,
  runBrownEval,
  SET_F_QUESTIONS_FILE,
  SET_H_QUESTIONS_FILE,
  SET_I_QUESTIONS_FILE,
  SET_K_QUESTIONS_FILE,
  SET_M_QUESTIONS_FILE,
  SET_O_QUESTIONS_FILE,
  type BrownReport,
} from '../bench/brownEval.ts';
import { ensureBrownFixtures, fixtureSubset } from '../bench/brownFixtures.ts';
import { auditAttributions } from '../bench/attributionAudit.ts';
import { loadQuestions, loadQuoteCases, runEval, unknownAnswerIds, type EvalReport } from '../bench/evalLib.ts';
import {
  loadBrownQuoteGold,
  scoreBrownQuotes,
  SET_E_QUOTES_FILE,
  SET_G_QUOTES_FILE,
  SET_J_QUOTES_FILE,
  SET_L_QUOTES_FILE,
  SET_N_QUOTES_FILE,
  SET_P_QUOTES_FILE,
  type BrownQuoteReport,
} from '../bench/brownQuoteEval.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';

/**
 * Regression floors for `npm run eval`: the levels this ranking reached when they were set, not tuned
 * targets. Raise them when the ranking gets better; a drop below them is a regression to look at.
 */
const FLOOR = { hit1: 0.91, hit3: 0.96, mrr: 0.94, quotePrecision: 0.95, quoteRecall: 0.9 };

/** The same for the Brown development set (all 44 press texts indexed; both halves together). */
const BROWN_FLOOR = { hit1: 0.81, hit3: 0.85, mrr: 0.83, refusalPrecision: 0.95, refusalRecall: 0.91, wronglyRefusedAtMost: 0.02 };

/** All 44 Brown press texts indexed once, for both development sets. */
let brownPress: Promise<NewsDesk> | null = null;
const brownPressDesk = (): Promise<NewsDesk> => (brownPress ??= ensureBrownFixtures().then((fixtures) => NewsDesk.open({ seedsDir: fixtures.pressDir, cacheDir: false })));

/** The press texts, editorials and popular non-fiction indexed once, for sets E (/quote) and F (/ask). */
let lore: Promise<NewsDesk> | null = null;
const loreDesk = (): Promise<NewsDesk> =>
  (lore ??= ensureBrownFixtures().then(async (fixtures) => NewsDesk.open({ seedsDir: await fixtureSubset(fixtures, 'press-editorials-lore'), cacheDir: false })));

/** All the non-fiction (press to government documents, 294 texts) indexed once, for set G (/quote). */
let nonFiction: Promise<NewsDesk> | null = null;
const nonFictionDesk = (): Promise<NewsDesk> =>
  (nonFiction ??= ensureBrownFixtures().then(async (fixtures) => NewsDesk.open({ seedsDir: await fixtureSubset(fixtures, 'non-fiction'), cacheDir: false })));

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

describe('retrieval and quote evaluation (tests/eval)', () => {
  let desk: NewsDesk;
  let report: EvalReport;
  beforeAll(async () => {
    desk = await NewsDesk.open({ seedsDir, cacheDir: false });
    report = runEval(desk);
  });

  it('has a large enough set, naming only passages that exist', () => {
    const questions = loadQuestions();
    const cases = loadQuoteCases();
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(unknownAnswerIds(questions, cases, desk.snapshot.passages)).toEqual([]);
  });

  it('keeps /ask at or above its regression floor', () => {
    const ours = report.retrieval[0];
    expect(ours?.ranker).toBe('ours');
    expect(ours?.hit1).toBeGreaterThanOrEqual(FLOOR.hit1);
    expect(ours?.hit3).toBeGreaterThanOrEqual(FLOOR.hit3);
    expect(ours?.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
  });

  it('beats both baselines on the same passages', () => {
    const [ours, ...baselines] = report.retrieval;
    expect(baselines.map((baseline) => baseline.ranker)).toEqual(['minisearch (defaults)', 'BM25 (wink)']);
    for (const baseline of baselines) {
      expect(ours?.hit1, `hit@1 vs ${baseline.ranker}`).toBeGreaterThanOrEqual(baseline.hit1);
      expect(ours?.mrr, `MRR vs ${baseline.ranker}`).toBeGreaterThanOrEqual(baseline.mrr);
    }
  });

  it('keeps /quote precision and recall at or above their floors', () => {
    expect(report.quotes.precision).toBeGreaterThanOrEqual(FLOOR.quotePrecision);
    expect(report.quotes.recall).toBeGreaterThanOrEqual(FLOOR.quoteRecall);
  });
});

describe('the Brown development set (tests/eval/brown-questions.json)', () => {
  let report: BrownReport;
  beforeAll(async () => {
    const questions = loadBrownQuestions();
    if (!questions) throw new Error('tests/eval/brown-questions.json is missing');
    report = runBrownEval(await brownPressDesk(), questions);
  }, 60_000);

  it('has at least 80 questions over at least 12 texts, 15 of them unanswerable', () => {
    const all = report.halves[0]?.scores[0];
    expect((all?.answerable ?? 0) + (all?.unanswerable ?? 0)).toBeGreaterThanOrEqual(80);
    expect(all?.unanswerable).toBeGreaterThanOrEqual(15);
    expect(new Set(all?.outcomes.map((outcome) => outcome.question.text).filter(Boolean)).size).toBeGreaterThanOrEqual(12);
  });

  it('keeps /ask at or above its floors, refusing few answerable questions', () => {
    const ours = report.halves[0]?.scores[0];
    expect(ours?.ranker).toBe('ours');
    expect(ours?.hit1).toBeGreaterThanOrEqual(BROWN_FLOOR.hit1);
    expect(ours?.hit3).toBeGreaterThanOrEqual(BROWN_FLOOR.hit3);
    expect(ours?.mrr).toBeGreaterThanOrEqual(BROWN_FLOOR.mrr);
    expect(ours?.refusalPrecision).toBeGreaterThanOrEqual(BROWN_FLOOR.refusalPrecision);
    expect(ours?.refusalRecall).toBeGreaterThanOrEqual(BROWN_FLOOR.refusalRecall);
    expect(ours?.wronglyRefused).toBeLessThanOrEqual(BROWN_FLOOR.wronglyRefusedAtMost);
  });

  it('answers a name asked alone with a passage that says who they are, not one where its words are scattered', async () => {
    const desk = await brownPressDesk();
    const result = desk.ask('Bill Shea', { limit: 2 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.hits[0]?.passage.id).toMatch(/^ca14/);
    // "Shea, the chairman of Mayor Wagner's Baseball Committee, …", not "Bill Jr., 20, … round out the Shea family" nor the award list naming him in passing.
    expect(result.hits[0]?.text).toMatch(/^Shea, the chairman/);
  });

  it('refuses what the articles do not say of a person they name: an age, a height', async () => {
    const desk = await brownPressDesk();
    for (const question of ['how old is governor price daniel', 'how tall is nick skorich']) {
      expect(desk.ask(question).status, question).toBe('not-covered');
    }
    expect(desk.ask('how old is gordon lonsdale').status).toBe('found'); // "Gordon A. Lonsdale, 37, a mystery man…"
  });

  it('refuses when the best passage lacks the year the question gives, and answers when it has it', async () => {
    const desk = await brownPressDesk();
    // ca20 names Ethel Gee and her age, never what she earned, nor 1959 with her.
    expect(desk.ask('what did ethel gee earn in 1959').status).toBe('not-covered');
    const injury = desk.ask('what happened to waters in the 1960 season');
    expect(injury.status).toBe('found');
    if (injury.status === 'found') expect(injury.hits[0]?.text).toMatch(/injured his left knee in the last game of the 1960 season/);
  });

  it('reads on into the sentence after the one that matches when that one gives the kind of answer asked', async () => {
    const desk = await brownPressDesk();
    // "St. Louis University found a way to win a baseball game." holds the question's names; the next sentence names the pitcher.
    const pitcher = desk.ask('who threw a no-hitter for saint louis university', { limit: 1 });
    expect(pitcher.status).toBe('found');
    if (pitcher.status === 'found')
      expect(pitcher.hits[0]?.text).toMatch(/^St\. Louis University found a way to win a baseball game\. Larry Scherer last night pitched a no-hit game/);
  });

  it('answers "where is X from" with the sentence that gives a hometown, read on from the one naming him', async () => {
    const desk = await brownPressDesk();
    // Every sentence of ca11 naming Ron Hansen has a place in it (Fort Knox, Baltimore, Miami); "The rangy, Albany (Cal.) native" names none of the question's words.
    const from = desk.ask("where's ron hansen from", { limit: 1 });
    expect(from.status).toBe('found');
    if (from.status === 'found') expect(from.hits[0]?.text).toMatch(/The rangy, Albany \(Cal\.\) native/);
  });

  it('corrects a typo of a word the articles write only inflected', async () => {
    const desk = await brownPressDesk();
    // ca19 has "complained", never "complain": no word the articles write is one edit from "complian".
    const result = desk.ask('what did schaefer complian about with snow removel', { limit: 1 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.correctedQuestion).toBe('what did schaefer complain about with snow remove');
    expect(result.hits[0]?.text).toMatch(/complained yesterday that there are “deficiencies” in the city's snow clearing program/);
  });

  it('beats plain minisearch and BM25 on the same passages, on both halves', () => {
    for (const half of report.halves) {
      const [ours, ...baselines] = half.scores;
      expect(baselines.map((baseline) => baseline.ranker)).toEqual(['minisearch (defaults)', 'BM25 (wink)']);
      for (const baseline of baselines) {
        expect(ours?.hit1, `${half.name}: hit@1 vs ${baseline.ranker}`).toBeGreaterThan(baseline.hit1);
        expect(ours?.mrr, `${half.name}: MRR vs ${baseline.ranker}`).toBeGreaterThan(baseline.mrr);
      }
    }
  });
});

/**
 * /quote on the Brown press development set (tests/eval/brown-quotes.json, all 44 press texts
 * indexed): floors below the level reached when they were set (recall 67.0%, precision 99.6%; half B
 * 58.2% / 100%; every attribution in the annotated texts 97.1%), and the seeds' “common
 * vision” reports grouped as one statement of two articles. Recall 0.70 after the names the look-up finds
 * (Nov 24 19:45 session: 70.3%); 71.3% since, the epithet rule that reached 72.2% having been reverted after review.
 */
const BROWN_QUOTE_FLOOR = { recall: 0.71, precision: 0.99, heldOutRecall: 0.6, heldOutPrecision: 0.99, everyAttribution: 0.97 };
const brownGold = loadBrownQuoteGold();

describe('/quote on the Brown press development set', () => {
  let brown: BrownQuoteReport;
  beforeAll(async () => {
    if (!brownGold) throw new Error('tests/eval/brown-quotes.json is missing');
    brown = scoreBrownQuotes(await brownPressDesk(), brownGold);
  }, 60_000);

  it('keeps recall and precision at or above their floors', () => {
    expect(brown.texts).toBeGreaterThanOrEqual(12);
    expect(brown.all.recall).toBeGreaterThanOrEqual(BROWN_QUOTE_FLOOR.recall);
    expect(brown.all.precision).toBeGreaterThanOrEqual(BROWN_QUOTE_FLOOR.precision);
    expect(brown.halves.B.recall).toBeGreaterThanOrEqual(BROWN_QUOTE_FLOOR.heldOutRecall);
    expect(brown.halves.B.precision).toBeGreaterThanOrEqual(BROWN_QUOTE_FLOOR.heldOutPrecision);
  });

  it('keeps every attribution in the annotated texts right at or above its floor (speakers nobody asks for included)', async () => {
    if (!brownGold) throw new Error('tests/eval/brown-quotes.json is missing');
    const audit = auditAttributions(await brownPressDesk(), brownGold);
    expect(audit.all.attributed).toBeGreaterThanOrEqual(100);
    expect(audit.all.precision).toBeGreaterThanOrEqual(BROWN_QUOTE_FLOOR.everyAttribution);
  });

  it('never returns a forbidden person’s quotes for a look-up case (ambiguous surnames, titles, firms, typos)', () => {
    expect(brown.cases.length).toBeGreaterThanOrEqual(30);
    expect(brown.cases.filter((entry) => entry.violations.length > 0).map((entry) => entry.goldCase.query)).toEqual([]);
  });
});

/**
 * /quote on set E (tests/eval/brown-quotes-e.json: popular non-fiction and editorials, indexed with the
 * press texts): floors just below the level reached on Nov 24 at 17:05 (recall 42.4%, precision 96.2%,
 * every attribution 95.0%; 37.6 / 87.0 / 86.3% when the set was written), and no forbidden person's
 * quotes for any of its look-up cases. Raised in the Nov 24 19:45 session (speakers heard, the names the look-up
 * finds, nested hearsay and opinion verbs: recall 46.6%, precision 98.4%, every attribution 96.9%). Recall 0.50 in
 * the Nov 25 03:30 session (quotes opening the next paragraph, no person made of "One Worlders": 50.5%).
 */
const SET_E_FLOOR = { recall: 0.5, precision: 0.98, everyAttribution: 0.96 };
const setEGold = loadBrownQuoteGold(SET_E_QUOTES_FILE);

describe('/quote on set E (popular non-fiction and editorials)', () => {
  let setE: BrownQuoteReport;
  let desk: NewsDesk;
  beforeAll(async () => {
    if (!setEGold) throw new Error('tests/eval/brown-quotes-e.json is missing');
    desk = await loreDesk();
    setE = scoreBrownQuotes(desk, setEGold);
  }, 120_000);

  it('keeps recall, precision and every attribution at or above their floors', () => {
    expect(setE.texts).toBeGreaterThanOrEqual(12);
    expect(setE.all.recall).toBeGreaterThanOrEqual(SET_E_FLOOR.recall);
    expect(setE.all.precision).toBeGreaterThanOrEqual(SET_E_FLOOR.precision);
    if (!setEGold) throw new Error('tests/eval/brown-quotes-e.json is missing');
    expect(auditAttributions(desk, setEGold).all.precision).toBeGreaterThanOrEqual(SET_E_FLOOR.everyAttribution);
  });

  it('never returns a forbidden person’s quotes for a look-up case', () => {
    expect(setE.cases.length).toBeGreaterThanOrEqual(20);
    expect(setE.cases.filter((entry) => entry.violations.length > 0).map((entry) => entry.goldCase.query)).toEqual([]);
  });
});

/**
 * /quote on set G (tests/eval/brown-quotes-g.json: reviews, hobbies, features, belles lettres and a
 * court report, written on Nov 24 by an annotator who never saw the code; all the non-fiction indexed):
 * floors just below its first sight (recall 27.5%, precision 76.2%, every attribution 82.3%, 2 of 15
 * look-up cases violated). Writing unlike news is where the rules are weakest; these only guard it.
 * Precision 0.75: naming people by a recurring given name (givenNameRecurs.ts) moved it to 75.8% (4 more
 * right, 3 more wrong: one nested-hearsay "She said" now reaches a person), while dev's every attribution
 * and held-out set D rose. At the session's end (20:00): recall 28.5%, precision 76.2%, every attribution
 * 84.6%, 1 case violated; raised in the next session (quotes after a gesture, junk names opening sentences,
 * the names the look-up finds, nested hearsay): recall 35.4%, precision 81.1%, every attribution 88.0%; and
 * in the Nov 24 22:05 session (quoted terms and titles, passive reports, a reviewer's account of a book):
 * recall 35.5%, precision 86.9%, every attribution 89.2%. Nov 25 03:30 session (Mrs. Borden kept apart from Lizzie,
 * "the Hearst press" no man Hearst): precision 92.9%, no case violated.
 */
const SET_G_FLOOR: QuoteSetFloor = { recall: 0.35, precision: 0.9, everyAttribution: 0.89, violatedCasesAtMost: 0 };
/**
 * /quote on set J (tests/eval/brown-quotes-j.json: 12 texts of popular lore, reviews and belles lettres —
 * cf35 cg47 cg15 cf12 cc14 cc09 cg64 cg17 cg34 cg27 cg71 cg38 — written on Nov 24 at 19:50 by an annotator
 * who never saw the code, and kept from every helper until 21:40; all the non-fiction indexed). It measured
 * that session's /quote work on text nobody tuned to: recall 18.7% → 19.0%, precision 75.9% → 76.1%,
 * every attribution 70.0% → 70.2%, 2 of 15 cases violated before and after. Tuned on in the Nov 24 22:05
 * session: recall 20.5%, precision 82.6%, every attribution 75.7%, 1 case violated. Floors just below.
 */
const SET_J_FLOOR: QuoteSetFloor = { recall: 0.2, precision: 0.82, everyAttribution: 0.75, violatedCasesAtMost: 1 };
/**
 * /quote on set L (tests/eval/brown-quotes-l.json: 12 texts of popular lore and other non-fiction — cf46 cf25
 * cf16 cf48 cf33 cf42 cf22 cf37 cg12 cg06 cg07 cc06, 183 statements — written on Nov 24 at 22:10 by an annotator
 * who never saw the code, and kept from every helper until 00:05). It measured the Nov 24 22:05 session's /quote
 * work on text nobody tuned to: recall 20.2% and every attribution 75.0% unchanged, precision 70.6% → 67.8%
 * (a look-up rule let "another girl" reach "a girl"; narrowed, back to 70.6%), no case violated. Floors just below.
 * Nov 25 00:45 session: each "a girl said" is a girl of her own (unnamedOccurrence.ts), so "/quote a girl" asks
 * which one of cf25's three girls instead of listing all their words under one: precision 70.6% → 86.1%, recall
 * 20.2% → 18.9% (the gold counts a "which one?" as nothing found). Recall floor lowered for it, precision raised.
 */
const SET_L_FLOOR: QuoteSetFloor = { recall: 0.185, precision: 0.85, everyAttribution: 0.74, violatedCasesAtMost: 0 };
/**
 * /quote on set N (tests/eval/brown-quotes-n.json: 12 texts of belles lettres, religion and hobbies — cg54 cg67 cg32
 * cg66 cg40 cg72 cg62 cg49 ce35 cg04 cd07 cg65, 234 statements, 86 speakers, 19 look-up cases — written on Nov 25 at
 * 00:50 by an annotator who never saw the code, and kept from every helper until the session's end; all the
 * non-fiction indexed). It measured the Nov 25 00:45 session's /quote work on text nobody tuned to: recall 18.9%
 * unchanged, precision 65.4% → 65.8%, every attribution 65.6% → 66.1%, 2 of 19 cases violated before and after
 * (the session's precision gains on set L did not carry).
 * Nov 25 03:30 session (honorifics, descriptors introduced twice, junk openers): recall 20.0%, precision 73.1%, every
 * attribution 73.8%. Floors just below.
 */
const SET_N_FLOOR: QuoteSetFloor = { recall: 0.19, precision: 0.7, everyAttribution: 0.71, violatedCasesAtMost: 2 };
/**
 * /quote on set P (tests/eval/brown-quotes-p.json: 12 texts of reviews, religion, belles lettres and a government
 * report — cc08 cc11 cc16 cd12 cd15 cg03 cg31 cg44 cg57 cg73 cg74 ch16, 92 statements, 39 speakers, 70 quoted strings
 * that are nobody's, 25 look-up cases — written on Nov 25 at 03:45 by an annotator who never saw the code, and kept
 * from every helper until the session's end; all the non-fiction indexed). It measured the Nov 25 03:30 session's
 * /quote work on text nobody tuned to: recall 19.1% → 19.4%, precision 67.5% → 67.2%, every attribution 60.8%
 * unchanged, 1 of 25 cases violated before and after. Floors just below.
 */
const SET_P_FLOOR: QuoteSetFloor = { recall: 0.18, precision: 0.65, everyAttribution: 0.58, violatedCasesAtMost: 1 };
interface QuoteSetFloor {
  recall: number;
  precision: number;
  everyAttribution: number;
  violatedCasesAtMost: number;
}

/** One /quote development set of non-press writing held at its floors, scored with all the non-fiction indexed. */
function quoteSetFloors(name: string, file: string, floor: QuoteSetFloor): void {
  const gold = loadBrownQuoteGold(file);
  describe(`/quote on ${name}`, () => {
    it('keeps recall, precision, every attribution and the look-up cases at or above their floors', async () => {
      if (!gold) throw new Error(`${file} is missing`);
      const desk = await nonFictionDesk();
      const scored = scoreBrownQuotes(desk, gold);
      expect(scored.texts).toBeGreaterThanOrEqual(12);
      expect(scored.all.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(scored.all.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(auditAttributions(desk, gold).all.precision).toBeGreaterThanOrEqual(floor.everyAttribution);
      expect(scored.cases.length).toBeGreaterThanOrEqual(15);
      expect(scored.cases.filter((entry) => entry.violations.length > 0).length).toBeLessThanOrEqual(floor.violatedCasesAtMost);
    }, 180_000);
  });
}

quoteSetFloors('set G (reviews, hobbies, features, belles lettres, government)', SET_G_QUOTES_FILE, SET_G_FLOOR);
quoteSetFloors('set J (popular lore, reviews, belles lettres)', SET_J_QUOTES_FILE, SET_J_FLOOR);
quoteSetFloors('set L (popular lore and other non-fiction)', SET_L_QUOTES_FILE, SET_L_FLOOR);
quoteSetFloors('set N (belles lettres, religion, hobbies)', SET_N_QUOTES_FILE, SET_N_FLOOR);
quoteSetFloors('set P (reviews, religion, belles lettres, government)', SET_P_QUOTES_FILE, SET_P_FLOOR);

/**
 * /ask on set F (tests/eval/brown-questions-f.json: 110 questions on letters, editorials and popular
 * non-fiction, written by an author who never saw the code, asked with the press texts beside them):
 * floors just below the level reached on Nov 24 at 20:00 (hit@1 63.1%, hit@3 75.4%, refusal recall
 * 77.8%, answerable refused 6.2%; at first sight 49.2%, 61.5%, 42.2% and 9.2%). Refusal recall
 * 80.0% since a price asked without "cost" needs a sum (priceAnswer.ts, Nov 24 evening).
 */
const SET_F_FLOOR: AskSetFloor = { hit1: 0.62, hit3: 0.75, refusalRecall: 0.82, wronglyRefusedAtMost: 0.07, overMinisearch: 0.1 };

/**
 * /ask on set H (tests/eval/brown-questions-h.json: 110 questions on reviews, religion, hobbies, belles
 * lettres and government texts, written on Nov 24 at 17:45 by an author who never saw the code, kept
 * unseen by every session until 20:00 and asked of all 294 non-fiction texts): floors just below its
 * figures then (hit@1 47.7%, hit@3 64.6%, refusal recall 24.4%, answerable refused 9.2%; at the
 * session's start 49.2%, 64.6%, 17.8% and 6.2%). Then 49.2%, 66.2%, 37.8% and 7.7%: a price needs a
 * sum of what is asked (priceAnswer.ts), kin and a given name must be said (kinNouns.ts, givenNameAnswer.ts), and an
 * owner named by surname only is named (attributeAnswer.ts). In the Nov 24 22:05 session 50.8%, 67.7%, 51.1% and
 * 7.7%: a "when"/"how many" question's event must be stated (eventSaid.ts), a surname stands for the full name.
 */
const SET_H_FLOOR: AskSetFloor = { hit1: 0.5, hit3: 0.67, refusalRecall: 0.55, wronglyRefusedAtMost: 0.08, overMinisearch: 0 };

/**
 * /ask on set I (tests/eval/brown-questions-i.json: 129 questions, 47 unanswerable, on hobbies, popular
 * lore, belles lettres, government, religion and reviews — ce02 ce09 ce14 ce20 cf07 cf13 cf14 cf19 cg01
 * cg10 cg20 ch01 ch10 ch20 cd05 cc04 — written on Nov 24 at 19:50 by an author who never saw the code and
 * kept from every helper until 21:40; asked of all the non-fiction). It measured that session's /ask work
 * on text nobody tuned to: hit@1 59.8% and hit@3 68.3% unchanged, refusal recall 31.9% → 38.3%,
 * answerable refused 8.5% unchanged (plain minisearch 53.7%). Tuned on in the Nov 24 22:05 session: 62.2%,
 * 69.5%, 42.6% and 7.3%. In the Nov 25 00:45 session 63.4%, 70.7%, 40.4% and 2.4%: a window no shape rule finds short
 * needs a quarter of the question's weight, not 0.4 (confidence.ts). Floors just below.
 */
const SET_I_FLOOR: AskSetFloor = { hit1: 0.62, hit3: 0.69, refusalRecall: 0.42, wronglyRefusedAtMost: 0.03, overMinisearch: 0 };

/**
 * /ask on set K (tests/eval/brown-questions-k.json: 133 questions, 45 unanswerable, on reviews, religion, hobbies,
 * popular lore, belles lettres and government — cc05 cc12 cd02 cd11 ce04 ce13 ce22 ce31 cf17 cf23 cf38 cf44 cg05
 * cg24 ch05 ch15 — written on Nov 24 at 22:10 by an author who never saw the code and kept from every helper until
 * 00:05; asked of all the non-fiction). It measured the Nov 24 22:05 session's /ask work on text nobody tuned to:
 * hit@1 65.9% and hit@3 76.1% unchanged, refusal recall 60.0% → 62.2%, answerable refused 11.4% unchanged (plain
 * minisearch 53.4%). Floors just below. In the Nov 25 00:45 session 69.3%, 79.5%, 62.2% and 8.0% (confidence.ts: a
 * window no shape rule finds short needs a quarter of the question's weight).
 */
const SET_K_FLOOR: AskSetFloor = { hit1: 0.65, hit3: 0.76, refusalRecall: 0.62, wronglyRefusedAtMost: 0.09, overMinisearch: 0.1 };

/**
 * /ask on set M (tests/eval/brown-questions-m.json: 131 questions, 47 unanswerable, on reviews, religion, hobbies,
 * popular lore, belles lettres and government — cc02 cc07 cd04 cd09 ce03 ce10 ce17 ce25 cf21 cf34 cg09 cg22 cg41 ch06
 * ch13 ch22 — written on Nov 25 at 00:50 by an author who never saw the code and kept from every helper until the
 * session's end; asked of all the non-fiction). It measured the Nov 25 00:45 session's /ask work on text nobody tuned
 * to: hit@1 60.7% → 61.9%, hit@3 71.4% → 72.6%, refusal recall 46.8% → 48.9%, answerable refused
 * 8.3% → 6.0% (plain minisearch 53.6%). Floors just below.
 */
/**
 * /ask on set O (tests/eval/brown-questions-o.json: 133 questions, 45 unanswerable, on reviews, religion, hobbies,
 * popular lore, belles lettres and government — cc03 cc13 cc15 cd01 cd14 ce06 ce12 ce16 ce28 cf30 cf41 cg08 cg35 ch02
 * ch25 ch29 — written on Nov 25 at 03:45 by an author who never saw the code and kept from every helper until the
 * session's end; asked of all the non-fiction). It measured the Nov 25 03:30 session's /ask work on text nobody tuned
 * to: hit@1 59.1%, hit@3 67.0%, refusal recall 42.2%, answerable refused 12.5%, all unchanged (plain minisearch
 * 40.9%). Floors just below.
 */
const SET_O_FLOOR: AskSetFloor = { hit1: 0.58, hit3: 0.66, refusalRecall: 0.41, wronglyRefusedAtMost: 0.13, overMinisearch: 0.15 };
const SET_M_FLOOR: AskSetFloor = { hit1: 0.61, hit3: 0.72, refusalRecall: 0.5, wronglyRefusedAtMost: 0.07, overMinisearch: 0.05 };

interface AskSetFloor {
  hit1: number;
  hit3: number;
  refusalRecall: number;
  wronglyRefusedAtMost: number;
  /** How far hit@1 stays above plain minisearch's on the same passages. */
  overMinisearch: number;
}

/** One /ask development set held at its floors, asked of `desk`. */
function askSetFloors(name: string, file: string, desk: () => Promise<NewsDesk>, floor: AskSetFloor): void {
  const questions = loadBrownQuestions(file);
  describe(`/ask on ${name}`, () => {
    it('keeps hit@1, hit@3 and refusal at or above their floors, above plain minisearch', async () => {
      if (!questions) throw new Error(`${file} is missing`);
      expect(questions.length).toBeGreaterThanOrEqual(100);
      const [ours, minisearch] = runBrownEval(await desk(), questions).halves[0]?.scores ?? [];
      expect(ours?.hit1).toBeGreaterThanOrEqual(floor.hit1);
      expect(ours?.hit3).toBeGreaterThanOrEqual(floor.hit3);
      expect(ours?.refusalRecall).toBeGreaterThanOrEqual(floor.refusalRecall);
      expect(ours?.wronglyRefused).toBeLessThanOrEqual(floor.wronglyRefusedAtMost);
      expect(ours?.hit1 ?? 0).toBeGreaterThan((minisearch?.hit1 ?? 1) + floor.overMinisearch);
    }, 180_000);
  });
}

askSetFloors('set F (letters, editorials and popular non-fiction)', SET_F_QUESTIONS_FILE, loreDesk, SET_F_FLOOR);
askSetFloors('set H (reviews, religion, hobbies, belles lettres, government)', SET_H_QUESTIONS_FILE, nonFictionDesk, SET_H_FLOOR);
askSetFloors('set I (hobbies, popular lore, belles lettres, government, religion, reviews)', SET_I_QUESTIONS_FILE, nonFictionDesk, SET_I_FLOOR);
askSetFloors('set K (reviews, religion, hobbies, popular lore, belles lettres, government)', SET_K_QUESTIONS_FILE, nonFictionDesk, SET_K_FLOOR);
askSetFloors('set M (reviews, religion, hobbies, popular lore, belles lettres, government)', SET_M_QUESTIONS_FILE, nonFictionDesk, SET_M_FLOOR);
askSetFloors('set O (reviews, religion, hobbies, popular lore, belles lettres, government)', SET_O_QUESTIONS_FILE, nonFictionDesk, SET_O_FLOOR);

describe('one statement from two outlets (seeds)', () => {
  it('groups the two “common vision” reports as one statement of two articles', async () => {
    const desk = await NewsDesk.open({ seedsDir, cacheDir: false });
    const result = desk.quotes('Lavrov');
    if (result.status !== 'found') throw new Error('Lavrov should be quoted in the seeds');
    const vision = result.statements.find((statement) => statement.quotes.some((quote) => quote.text.startsWith('we don’t have a common vision')));
    expect(vision?.articles).toBe(2);
    expect(vision?.quotes.map((quote) => quote.text)).toEqual(
      expect.arrayContaining(['We have no common vision of the situation, differences remain', 'we don’t have a common vision of the situation']),
    );
  });
});
