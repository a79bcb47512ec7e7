/**
 * `npx tsx bench/trainRanking.ts [--write] [--lambda=N]`: learns the weights of /ask's final ranking
 * (src/search/learnedRanking.ts) jointly from every /ask development set — dev halves A and B, sets F, H and I —
 * and proves they generalise before they are kept: for each set, weights trained on the other three rank it,
 * and its hit@1, hit@3, MRR and refusal are printed beside the hand-set ranking's. `--write` then trains on all
 * four and writes src/search/rankingWeights.ts. The held-out sets C and D are never read: `npm run eval` gives
 * their totals.
 *
 * The model: a linear score over windowFeatures.ts, trained as a pairwise logistic regression (each window
 * holding an answer span against each window of the same question that does not), every question weighing the
 * same, with an L2 pull towards the hand-set ranking (the logScore feature alone). It is a few lines of full-batch
 * gradient descent over some ten thousand pairs: a library would add a dependency for less than it takes to call it.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { MAX_RESULTS } from '../src/domain/limits.ts';
import { toHit } from '../src/search/askResult.ts';
import { observeRanking, useRankingWeights } from '../src/search/learnedRanking.ts';
import { FEATURE_NAMES, type Features, type RankingWeights } from '../src/search/windowFeatures.ts';
import {
  answerAll,
  BROWN_QUESTIONS_FILE,
  type BrownQuestion,
  foldForMatch,
  isAnswerable,
  loadBrownQuestions,
  oursBrownRanker,
  SET_F_QUESTIONS_FILE,
  SET_H_QUESTIONS_FILE,
  SET_I_QUESTIONS_FILE,
  summarize,
} from './brownEval.ts';
import { ensureBrownFixtures, fixtureSubset } from './brownFixtures.ts';

/** One question's candidate windows: feature vectors and whether each shows an answer span. */
interface Example {
  rows: number[][];
  labels: boolean[];
}

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
/** The L2 pull towards the hand-set ranking, per question. */
const LAMBDA = Number(option('lambda') ?? 0.01);
/** Only the best windows by the hand-set score (and every answering one) are ranked in training: far below, a window never reaches the answers. */
const CANDIDATES = 40;
const ROUNDS = 5;
/** A weight moves only when the objective gains this much (half a question answered first): less is noise. */
const MIN_GAIN = Number(option('gain') ?? 1);
const TRAINER = option('trainer') ?? 'ascent';
const fit = (data: readonly Example[]) => (TRAINER === 'ascent' ? coordinateAscent(data) : train(data, LAMBDA));
const STEPS = Number(option('steps') ?? 300);
const RATE = Number(option('rate') ?? 1);

const cacheDir = path.join(tmpdir(), 'newsdesk-ask-score');
const fixtures = await ensureBrownFixtures();
const sets: Array<{ name: string; desk: NewsDesk; questions: BrownQuestion[] }> = [];
for (const [name, file, dir] of [
  ['dev', BROWN_QUESTIONS_FILE, fixtures.pressDir],
  ['F', SET_F_QUESTIONS_FILE, await fixtureSubset(fixtures, 'press-editorials-lore')],
  ['H', SET_H_QUESTIONS_FILE, await fixtureSubset(fixtures, 'non-fiction')],
  ['I', SET_I_QUESTIONS_FILE, await fixtureSubset(fixtures, 'non-fiction')],
] as const) {
  sets.push({ name, desk: await NewsDesk.open({ seedsDir: dir, cacheDir }), questions: loadBrownQuestions(file) ?? [] });
}

const vector = (features: Features) => FEATURE_NAMES.map((name) => features[name]);

/** Each answerable question's candidate windows, as the hand-set ranking's features see them. */
function examples(desk: NewsDesk, questions: readonly BrownQuestion[]): Example[] {
  const list: Example[] = [];
  for (const question of questions.filter(isAnswerable)) {
    let seen: Example | null = null;
    const spans = question.answers.map(foldForMatch);
    observeRanking((candidates) => {
      const rows = candidates.map(({ features }) => vector(features));
      const labels = candidates.map(({ window }) => {
        const hit = toHit(window);
        const text = foldForMatch([hit.context, hit.text].filter(Boolean).join(' '));
        return spans.some((span) => text.includes(span));
      });
      seen = { rows, labels };
    });
    desk.ask(question.question, { limit: MAX_RESULTS });
    observeRanking(null);
    if (seen) list.push(seen);
  }
  return list;
}

/**
 * Listwise logistic regression (softmax over each question's candidates: the probability that the window ranked
 * first holds the answer) on standardised features, pulled towards logScore alone; weights on the raw features.
 */
function train(data: readonly Example[], lambda: number): RankingWeights {
  const size = FEATURE_NAMES.length;
  const all = data.flatMap((example) => example.rows);
  const mean = FEATURE_NAMES.map((_, at) => all.reduce((total, row) => total + (row[at] ?? 0), 0) / all.length);
  const spread = FEATURE_NAMES.map((_, at) => Math.sqrt(all.reduce((total, row) => total + ((row[at] ?? 0) - (mean[at] ?? 0)) ** 2, 0) / all.length) || 1);
  const scale = (row: number[]) => row.map((value, at) => (value - (mean[at] ?? 0)) / (spread[at] ?? 1));
  // Per question: the best candidates by the hand-set score and every answering one, standardised.
  const lists = data.flatMap((example) => {
    const order = example.rows.map((row, at) => ({ row, label: example.labels[at] ?? false })).sort((a, b) => (b.row[0] ?? 0) - (a.row[0] ?? 0));
    const kept = order.filter((each, rank) => each.label || rank < CANDIDATES);
    if (!kept.some((each) => each.label) || kept.every((each) => each.label)) return [];
    return [kept.map((each) => ({ row: scale(each.row), label: each.label }))];
  });
  const prior = FEATURE_NAMES.map((name, at) => (name === 'logScore' ? (spread[at] ?? 1) : 0));
  const weights = [...prior];
  for (let step = 0; step < STEPS; step++) {
    const gradient = weights.map((weight, at) => lambda * (weight - (prior[at] ?? 0)));
    for (const list of lists) {
      const scores = list.map(({ row }) => row.reduce((total, value, at) => total + value * (weights[at] ?? 0), 0));
      const top = Math.max(...scores);
      const exps = scores.map((value) => Math.exp(value - top));
      const sumAll = exps.reduce((a, b) => a + b, 0);
      const sumGood = exps.reduce((total, value, at) => total + (list[at]?.label ? value : 0), 0);
      // d(−log(sumGood/sumAll))/ds_i = p_i − (label_i ? q_i : 0), p over all, q over the answering windows.
      list.forEach(({ row, label }, at) => {
        const pull = ((exps[at] ?? 0) / sumAll - (label ? (exps[at] ?? 0) / sumGood : 0)) / lists.length;
        row.forEach((value, feature) => (gradient[feature] = (gradient[feature] ?? 0) + pull * value));
      });
    }
    for (let at = 0; at < size; at++) weights[at] = (weights[at] ?? 0) - RATE * (gradient[at] ?? 0);
    if (process.argv.includes('--trace') && step % 50 === 0) {
      const loss = lists.reduce((total, list) => {
        const scores = list.map(({ row }) => row.reduce((sum, value, at) => sum + value * (weights[at] ?? 0), 0));
        const top = Math.max(...scores);
        const all = scores.reduce((sum, value) => sum + Math.exp(value - top), 0);
        const good = scores.reduce((sum, value, at) => sum + (list[at]?.label ? Math.exp(value - top) : 0), 0);
        return total - Math.log(good / all);
      }, 0);
      console.log(`    step ${step} loss ${(loss / lists.length).toFixed(4)}`);
    }
  }
  const learned = Object.fromEntries(FEATURE_NAMES.map((name, at) => [name, (weights[at] ?? 0) / (spread[at] ?? 1)]));
  // Ranking is unchanged by a common factor: logScore's weight is kept at 1 so the score stays the hand-set one's scale.
  const unit = learned.logScore ?? 1;
  return Object.fromEntries(FEATURE_NAMES.map((name) => [name, (learned[name] ?? 0) / unit])) as RankingWeights;
}

/** Offline: for each question, the 1-based rank of the first answering candidate by these weights (null beyond depth 10). */
function offlineRanks(data: readonly Example[], w: readonly number[]): Array<number | null> {
  return data.map((example) => {
    const scores = example.rows.map((row) => row.reduce((total, x, feature) => total + x * (w[feature] ?? 0), 0));
    const order = scores.map((value, at) => ({ value, at })).sort((a, b) => b.value - a.value);
    const first = order.findIndex(({ at }) => example.labels[at]);
    return first >= 0 && first < 10 ? first + 1 : null;
  });
}

/** What coordinate ascent raises: questions answered first, and half of each reciprocal rank. */
function objective(data: readonly Example[], w: readonly number[]): number {
  return offlineRanks(data, w).reduce<number>((total, rank) => total + (rank === 1 ? 1 : 0) + (rank ? 0.5 / rank : 0), 0);
}

/**
 * Coordinate ascent (as in RankLib) on the offline objective, from the hand-set ranking: each feature's weight in
 * turn is moved by steps of its own spread while that answers more questions by at least MIN_GAIN, logScore fixed at 1.
 */
function coordinateAscent(data: readonly Example[]): RankingWeights {
  const all = data.flatMap((example) => example.rows);
  const spread = FEATURE_NAMES.map((_, at) => {
    const mean = all.reduce((total, row) => total + (row[at] ?? 0), 0) / all.length;
    return Math.sqrt(all.reduce((total, row) => total + ((row[at] ?? 0) - mean) ** 2, 0) / all.length) || 1;
  });
  const logSpread = spread[0] ?? 1;
  const w = FEATURE_NAMES.map((name): number => (name === 'logScore' ? 1 : 0));
  let best = objective(data, w);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let feature = 1; feature < FEATURE_NAMES.length; feature++) {
      for (const step of [-2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2]) {
        const trial = [...w];
        trial[feature] = (trial[feature] ?? 0) + (step * logSpread) / (spread[feature] ?? 1);
        const value = objective(data, trial);
        if (value >= best + MIN_GAIN) {
          best = value;
          w[feature] = trial[feature] ?? 0;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(FEATURE_NAMES.map((name, at) => [name, w[at] ?? 0])) as RankingWeights;
}

/** Share of questions whose best candidate by these weights holds an answer (before the pipeline's own reordering). */
function offlineHit1(data: readonly Example[], weights: RankingWeights): number {
  const w = FEATURE_NAMES.map((name) => weights[name]);
  const hits = data.filter((example) => {
    let best = -Infinity;
    let label = false;
    example.rows.forEach((row, at) => {
      const value = row.reduce((total, x, feature) => total + x * (w[feature] ?? 0), 0);
      if (value > best) [best, label] = [value, example.labels[at] ?? false];
    });
    return label;
  }).length;
  return hits / Math.max(1, data.length);
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5);
function score(set: (typeof sets)[number], weights: RankingWeights | null): string {
  useRankingWeights(weights);
  const result = summarize('ours', answerAll(oursBrownRanker(set.desk), set.questions));
  useRankingWeights(null);
  return `hit@1 ${percent(result.hit1)} hit@3 ${percent(result.hit3)} MRR ${result.mrr.toFixed(3)} refusal P ${percent(result.refusalPrecision)} R ${percent(result.refusalRecall)} wrongly ${percent(result.wronglyRefused)}`;
}

const HAND_SET = Object.fromEntries(FEATURE_NAMES.map((name) => [name, name === 'logScore' ? 1 : 0])) as RankingWeights;
useRankingWeights(HAND_SET);
const data = new Map(sets.map((set) => [set.name, examples(set.desk, set.questions)]));
useRankingWeights(null);
for (const [name, list] of data) {
  const reachable = list.filter((example) => example.labels.some(Boolean)).length;
  console.log(`${name}: ${list.length} answerable questions, ${reachable} with an answering window among the candidates`);
}
console.log(`leave one set out (lambda ${LAMBDA}):`);
for (const set of sets) {
  const weights = fit(sets.filter((other) => other !== set).flatMap((other) => data.get(other.name) ?? []));
  console.log(`  ${set.name.padEnd(4)} hand-set ${score(set, HAND_SET)}`);
  console.log(`  ${''.padEnd(4)} learned  ${score(set, weights)}`);
  const own = data.get(set.name) ?? [];
  console.log(`       offline hit@1 hand-set ${percent(offlineHit1(own, HAND_SET))} learned ${percent(offlineHit1(own, weights))}`);
}
const final = fit([...data.values()].flat());
for (const [name, list] of data) console.log(`  in sample ${name}: offline hit@1 hand-set ${percent(offlineHit1(list, HAND_SET))} learned ${percent(offlineHit1(list, final))}`);
console.log(
  'trained on all four:',
  Object.entries(final)
    .map(([name, weight]) => `${name} ${weight.toFixed(3)}`)
    .join(', '),
);
if (process.argv.includes('--write')) {
  const lines = FEATURE_NAMES.map((name) => `  ${name}: ${Number(final[name].toFixed(4))},`).join('\n');
  writeFileSync(
    path.join(import.meta.dirname, '..', 'src', 'search', 'rankingWeights.ts'),
    `import type { RankingWeights } from './windowFeatures.ts';\n\n/** Written by bench/trainRanking.ts (lambda ${LAMBDA}) from dev, F, H and I: do not edit by hand. */\nexport const RANKING_WEIGHTS: RankingWeights = {\n${lines}\n};\n`,
  );
}
