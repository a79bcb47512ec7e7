/**
 * `npx tsx bench/askHeldOut.ts`: the /ask TOTALS of the held-out sets C and D (hit@1, hit@3, MRR, refusal precision and
 * recall, answerable refused), as `npm run eval` gives them, in a minute rather than its many: no baselines, no /quote,
 * the analysed corpora cached as in askScore.ts. Totals only: no question, answer or passage of either set is printed,
 * so checking a change against them does not tune on them.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { answerAll, HELD_OUT_QUESTIONS_FILE, loadBrownQuestions, oursBrownRanker, SET_D_QUESTIONS_FILE, summarize } from './brownEval.ts';
import { ensureBrownFixtures, fixtureSubset } from './brownFixtures.ts';

const cacheDir = path.join(tmpdir(), 'newsdesk-ask-score');
const fixtures = await ensureBrownFixtures();
const percent = (value: number) => (value * 100).toFixed(1).padStart(5);
const sets: Array<[name: string, file: string, dir: string]> = [
  ['C', HELD_OUT_QUESTIONS_FILE, fixtures.pressDir],
  ['D', SET_D_QUESTIONS_FILE, await fixtureSubset(fixtures, 'press-and-editorials')],
];
for (const [name, file, dir] of sets) {
  const questions = loadBrownQuestions(file);
  if (!questions) continue;
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir });
  const score = summarize('ours', answerAll(oursBrownRanker(desk), questions));
  console.log(
    `${name.padEnd(5)} hit@1 ${percent(score.hit1)}  hit@3 ${percent(score.hit3)}  MRR ${score.mrr.toFixed(3)}  refusal P ${percent(score.refusalPrecision)}  R ${percent(score.refusalRecall)}  wrongly refused ${percent(score.wronglyRefused)}`,
  );
}
