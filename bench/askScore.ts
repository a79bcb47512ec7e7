/**
 * `npx tsx bench/askScore.ts [--out=FILE] [--diff=FILE] [--seeds]`: /ask hit@1, hit@3, MRR and refusal of ours
 * alone on the development sets (dev halves A and B together, sets F, H, I and K) and hit@1 on the seeds, in seconds
 * rather than `npm run eval`'s minutes: no baselines, no /quote, and the analysed corpora cached in the system's
 * temporary folder (rebuilt whenever the code changes). `--out` saves each question's rank and refusal, `--diff`
 * lists the questions whose rank or refusal moved against such a file: what a ranking change did, question by
 * question, on tuning data. The held-out sets C and D are not read: `npm run eval` gives their totals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { askDevelopmentSets } from './askDevSets.ts';
import { answerAll, loadBrownQuestions, oursBrownRanker, summarize } from './brownEval.ts';
import { loadQuestions } from './evalLib.ts';

type Outcomes = Record<string, Array<[question: string, rank: number | null, refused: boolean]>>;

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const cacheDir = path.join(tmpdir(), 'newsdesk-ask-score');
const sets = await askDevelopmentSets();
const percent = (value: number) => (value * 100).toFixed(1).padStart(5);
const outcomes: Outcomes = {};
for (const [name, file, dir] of sets) {
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir });
  const answered = answerAll(oursBrownRanker(desk), loadBrownQuestions(file) ?? []);
  const score = summarize('ours', answered);
  outcomes[name] = answered.map((outcome) => [outcome.question.question, outcome.rank, outcome.refused]);
  console.log(
    `${name.padEnd(5)} hit@1 ${percent(score.hit1)}  hit@3 ${percent(score.hit3)}  MRR ${score.mrr.toFixed(3)}  refusal P ${percent(score.refusalPrecision)}  R ${percent(score.refusalRecall)}  wrongly refused ${percent(score.wronglyRefused)}`,
  );
}
const seeds = await NewsDesk.open({ seedsDir: path.join(import.meta.dirname, '..', 'seeds'), cacheDir: false });
const seedQuestions = loadQuestions();
let seedHits = 0;
for (const question of seedQuestions) {
  const result = seeds.ask(question.question, { limit: 1 });
  const first = result.status === 'found' ? result.hits[0]?.passage.id : undefined;
  if (first !== undefined && question.answers.includes(first)) seedHits++;
  else if (process.argv.includes('--seeds')) console.log(`  seed question not answered first: ${question.question}`);
}
console.log(`seeds hit@1 ${percent(seedHits / seedQuestions.length)}`);

const out = option('out');
if (out) writeFileSync(out, JSON.stringify(outcomes));
const before = option('diff');
if (before) {
  const earlier = JSON.parse(readFileSync(before, 'utf8')) as Outcomes;
  const mark = (rank: number | null, refused: boolean) => `${rank ?? '—'}${refused ? ' (refused)' : ''}`;
  for (const [name, list] of Object.entries(outcomes)) {
    list.forEach(([question, rank, refused], at) => {
      const [, rankBefore, refusedBefore] = earlier[name]?.[at] ?? [question, null, false];
      if (rankBefore !== rank || refusedBefore !== refused) console.log(`${name}: ${mark(rankBefore, refusedBefore)} → ${mark(rank, refused)}  ${question}`);
    });
  }
}
