/**
 * `npm run eval`: retrieval quality of /ask against two baselines on the same passages, and /quote
 * precision and recall, on the hand-written set in tests/eval/. Lists every miss.
 * `npm run eval -- --json` prints the numbers as JSON instead.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Passage } from '../src/domain/types.ts';
import { MRR_DEPTH, runEval, type QuoteOutcome, type RetrievalScore } from './evalLib.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const desk = await NewsDesk.open({ seedsDir: path.join(root, 'seeds'), cacheDir: false });
const report = runEval(desk);
const passages = desk.snapshot.passages;

if (process.argv.includes('--json')) {
  const numbers = {
    retrieval: report.retrieval.map(({ ranker, questions, hit1, hit3, mrr }) => ({ ranker, questions, hit1, hit3, mrr })),
    quotes: { cases: report.quotes.cases, exact: report.quotes.exact, precision: report.quotes.precision, recall: report.quotes.recall },
  };
  console.log(JSON.stringify(numbers, null, 2));
  process.exit(0);
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const describe = (id: string) => {
  const passage: Passage | undefined = passages.get(id);
  return passage ? `${id.replace(/^(\d+)_\w+#/, '$1#')}  ${short(passage.text)}` : id;
};

console.log(`\n/ask — ${report.retrieval[0]?.questions ?? 0} questions, ${passages.size} passages (MRR over the top ${MRR_DEPTH})\n`);
console.log(`${'ranker'.padEnd(24)}  hit@1    hit@3      MRR`);
for (const score of report.retrieval) console.log(`${score.ranker.padEnd(24)}${percent(score.hit1)}  ${percent(score.hit3)}  ${score.mrr.toFixed(3).padStart(7)}`);

function printMisses(score: RetrievalScore): void {
  const misses = score.outcomes.filter((outcome) => outcome.rank !== 1);
  console.log(`\nMisses of ${score.ranker} (answer not first): ${misses.length}`);
  for (const miss of misses) {
    console.log(`\n  ? ${miss.question.question}   [answer at ${miss.rank === null ? `none in top ${MRR_DEPTH}` : `rank ${miss.rank}`}; wanted: ${miss.question.why}]`);
    for (const id of miss.question.answers) console.log(`    want  ${describe(id)}`);
    miss.top.slice(0, 3).forEach((id, index) => console.log(`    got ${index + 1} ${describe(id)}`));
    if (miss.top.length === 0) console.log('    got   nothing');
  }
}

const [ours, ...baselines] = report.retrieval;
if (ours) printMisses(ours);
if (process.argv.includes('--baseline-misses')) for (const baseline of baselines) printMisses(baseline);

const quotes = report.quotes;
console.log(`\n/quote — ${quotes.cases} cases: precision ${percent(quotes.precision)}, recall ${percent(quotes.recall)}, exactly right ${quotes.exact}/${quotes.cases}`);
const wrong = quotes.outcomes.filter((outcome: QuoteOutcome) => outcome.missed.length > 0 || outcome.extra.length > 0);
for (const outcome of wrong) {
  console.log(`\n  /quote ${outcome.quoteCase.speaker}   [${outcome.quoteCase.why}; ${outcome.returned.length} returned, ${outcome.quoteCase.expected.length} expected]`);
  for (const missed of outcome.missed) console.log(`    missed ${describe(missed.passage).split('  ')[0]}  “${short(missed.text, 90)}”`);
  for (const extra of outcome.extra) console.log(`    extra  ${describe(extra.passageId).split('  ')[0]}  “${short(extra.text, 90)}” (${extra.kind}, ${extra.attribution})`);
}
console.log('');
