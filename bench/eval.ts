/**
 * `npm run eval`: retrieval quality of /ask against two baselines on the same passages, and /quote
 * precision and recall, on the hand-written set in tests/eval/. Lists every miss.
 * `npm run eval -- --json` prints the numbers as JSON instead.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Passage } from '../src/domain/types.ts';
import { ensureBrownFixtures } from './brownFixtures.ts';
import { loadBrownQuoteGold, scoreBrownQuotes, type BrownQuoteReport, type HalfScore } from './brownQuoteEval.ts';
import { MRR_DEPTH, runEval, type QuoteOutcome, type RetrievalScore } from './evalLib.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const desk = await NewsDesk.open({ seedsDir: path.join(root, 'seeds'), cacheDir: false });
const report = runEval(desk);
const passages = desk.snapshot.passages;
const brownGold = loadBrownQuoteGold();
let brown: BrownQuoteReport | null = null;
if (brownGold) {
  const fixtures = await ensureBrownFixtures();
  const brownDesk = await NewsDesk.open({ seedsDir: fixtures.pressDir, cacheDir: false });
  brown = scoreBrownQuotes(brownDesk, brownGold);
}

if (process.argv.includes('--json')) {
  const numbers = {
    retrieval: report.retrieval.map(({ ranker, questions, hit1, hit3, mrr }) => ({ ranker, questions, hit1, hit3, mrr })),
    quotes: { cases: report.quotes.cases, exact: report.quotes.exact, precision: report.quotes.precision, recall: report.quotes.recall },
    brownQuotes: brown ? { texts: brown.texts, all: brown.all, halves: brown.halves } : null,
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

if (brown) printBrown(brown);
else console.log('/quote on Brown press texts: tests/eval/brown-quotes.json not present, skipped.\n');

/**
 * Misses are listed for one half of the annotated texts only (`--half=A`, the default, or `--half=B`,
 * `--half=all`): tune on A, and let B tell whether a fix generalises.
 */
function printBrown(result: BrownQuoteReport): void {
  const line = (name: string, score: HalfScore) =>
    `  ${name.padEnd(8)} recall ${percent(score.recall)} (${score.found}/${score.expected})   precision ${percent(score.precision)} (${score.right}/${score.returned})   ${score.queries} queries`;
  console.log(`/quote on ${result.texts} annotated Brown press texts (all 44 indexed):`);
  console.log(line('all', result.all));
  console.log(line('half A', result.halves.A));
  console.log(line('half B', result.halves.B));
  const show = process.argv.find((arg) => arg.startsWith('--half='))?.split('=')[1] ?? 'A';
  for (const outcome of result.outcomes) {
    if (show !== 'all' && outcome.half !== show) continue;
    if (outcome.missed.length === 0 && outcome.misattributed.length === 0 && outcome.unexpected.length === 0) continue;
    console.log(`\n  [${outcome.text}] /quote ${outcome.query}  → ${outcome.chosen ?? 'nobody'}  (gold: ${outcome.person}; found ${outcome.found}/${outcome.expected})`);
    for (const missed of outcome.missed) console.log(`    missed      “${short(missed.quote, 100)}” (${missed.kind})`);
    for (const wrong of outcome.misattributed) console.log(`    MISATTRIB.  “${short(wrong.quote.text, 90)}” [${wrong.quote.citation.articleId}; gold: ${wrong.goldPerson ?? 'unattributed'}; ${wrong.quote.attribution}: ${wrong.quote.cue}]`);
    for (const extra of outcome.unexpected) console.log(`    unexpected  “${short(extra.text, 90)}” [${extra.citation.articleId}; ${extra.kind}, ${extra.attribution}: ${extra.cue}]`);
  }
  const failed = result.cases.filter((entry) => entry.violations.length > 0);
  console.log(`\n  cases: ${result.cases.length}, violated: ${failed.length}`);
  for (const entry of result.cases) {
    const mark = entry.violations.length > 0 ? 'VIOLATED' : 'ok';
    console.log(`    ${mark.padEnd(8)} /quote ${entry.goldCase.query} → ${entry.chosen ?? 'nobody'}${entry.goldCase.mustNotPerson ? ` (must not be ${entry.goldCase.mustNotPerson})` : ''}${entry.goldCase.note ? ` — ${short(entry.goldCase.note, 80)}` : ''}`);
    for (const quote of entry.violations) console.log(`             “${short(quote.text, 90)}” [${quote.citation.articleId}]`);
  }
  console.log('');
}
