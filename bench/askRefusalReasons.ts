/**
 * `npx tsx bench/askRefusalReasons.ts [--set=dev|F|H|I|K] [--let-through] [-v]`: why /ask refused each answerable question
 * of the development sets (dev halves A and B, sets F, H, I and K), sorted by class: the words no article has that
 * refuse outright, or the confidence with its coverage and every factor that lowered it (confidence.ts's judgement),
 * and the rule whose factor alone took it below the threshold. `--let-through` lists the unanswerable questions
 * answered instead, with the same breakdown: near misses to tighten. `-v` prints each question word's credit in the best
 * window (own word, neighbour's, related word, name part, article or headline only, none) and the window itself. Only
 * passages of the texts a set's questions were written from are printed (printable in brownEval.ts). Sets C and D are
 * never read. Not part of npm test.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { refusalThreshold } from '../src/search/confidence.ts';
import { EmbeddedAskIndex } from '../src/search/embeddedAskIndex.ts';
import type { Window } from '../src/search/windows.ts';
import { askDevelopmentSets } from './askDevSets.ts';
import { type AskTrace, askTrace } from './askTrace.ts';
import { foldForMatch, isAnswerable, loadBrownQuestions, printable } from './brownEval.ts';
import { MRR_DEPTH } from './evalLib.ts';

const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const letThrough = process.argv.includes('--let-through');
const verbose = process.argv.includes('-v');
const dumpFile = process.argv.find((arg) => arg.startsWith('--dump='))?.slice('--dump='.length);
/** Every question's judgement, for trying thresholds and factors offline (`--dump=FILE`). */
const dump: Array<{
  set: string;
  question: string;
  answerable: boolean;
  refused: boolean;
  rank: number | null;
  absent: string[];
  coverage: number;
  confidence: number;
  factors: string[];
}> = [];
const short = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const textOf = (window: Window) => window.sentences.map((sentence) => sentence.text).join(' ');

/** The class of a refusal: what refused outright, or the rule whose factor alone took the confidence below the threshold. */
function classOf(trace: AskTrace): string {
  const judged = trace.judgement;
  if (!judged) return 'no window';
  if (judged.absent.length > 0) {
    const topic = trace.words.filter((word) => word.absentTopic).map((word) => word.word);
    return topic.length > 0 ? `absent topic word` : 'absent everyday word (unsaidThing / outnumbered)';
  }
  const threshold = refusalThreshold(judged.factors.length);
  if (judged.coverage < threshold) return 'coverage alone';
  // A factor decides when the window would pass without it (and with no factor left, the lower bare-window threshold applies).
  const decisive = judged.factors.filter((each) => judged.confidence / each.factor >= refusalThreshold(judged.factors.length - 1));
  if (decisive.length > 0) return decisive.map((each) => each.rule.replace(/:.*/, '')).join(' | ');
  return `several factors (${judged.factors.map((each) => each.rule.replace(/:.*/, '')).join(' + ')})`;
}

/** Each question word's credit in the best window, as coverage counts it (windows.ts), for reading why it is short. */
function wordCredits(trace: AskTrace, best: Window): string {
  const article = trace.found.inArticle(best.passage);
  return trace.words
    .map((word) => {
      const own = Math.max(0, ...best.sentences.map((sentence) => (sentence === best.passage ? 1 : 0.85) * (trace.found.inPassage(sentence).get(word.term) ?? 0)));
      const where = best.found.has(word.term)
        ? own === 1
          ? 'own'
          : own >= 0.85
            ? 'neighbour'
            : own > 0
              ? `related ${own.toFixed(2)}`
              : 'name part'
        : article.has(word.term)
          ? 'article only'
          : !word.inCorpus
            ? word.absentTopic
              ? 'NO ARTICLE (topic)'
              : word.absentEveryday
                ? 'no article (everyday)'
                : 'no article'
            : 'none';
      return `${word.word}${word.framing ? '*' : ''} ${word.weight.toFixed(2)} ${where}`;
    })
    .join('; ');
}

for (const [name, file, dir] of await askDevelopmentSets()) {
  if (only && only !== name) continue;
  const all = loadBrownQuestions(file) ?? [];
  const devTexts = new Set(all.flatMap((question) => (question.text ? [question.text] : [])));
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: path.join(tmpdir(), 'newsdesk-ask-score') });
  const { index, passages, vocabulary } = desk.snapshot;
  const askIndex = new EmbeddedAskIndex(index, passages, () => vocabulary);
  const classes: Record<string, number> = {};
  let listed = 0;
  let disagree = 0;
  for (const question of all) {
    if (isAnswerable(question) === letThrough && !dumpFile) continue;
    const trace = askTrace(askIndex, question.question, MRR_DEPTH);
    const refused = desk.ask(question.question, { limit: MRR_DEPTH }).status !== 'found';
    if ((trace?.judgement?.refused ?? true) !== refused) disagree++;
    if (dumpFile) {
      const spans = question.answers.map(foldForMatch);
      const at = (trace?.hits ?? []).findIndex((hit) => spans.some((span) => foldForMatch([hit.context, hit.text].filter(Boolean).join(' ')).includes(span)));
      const judged = trace?.judgement;
      dump.push({
        set: name,
        question: question.question,
        answerable: isAnswerable(question),
        refused,
        rank: at >= 0 ? at + 1 : null,
        absent: judged?.absent ?? ['(no window)'],
        coverage: judged?.coverage ?? 0,
        confidence: judged?.confidence ?? 0,
        factors: judged?.factors.map((each) => `${each.rule} ${each.factor}`) ?? [],
      });
      if (isAnswerable(question) === letThrough) continue;
    }
    if (refused === letThrough) continue;
    listed++;
    const kind = trace ? classOf(trace) : 'no words';
    classes[kind] = (classes[kind] ?? 0) + 1;
    console.log(`\n[${name} ${question.text ?? '—'} ${question.type}] ${question.question}${trace?.corrected ? ` (searched as: ${trace.corrected})` : ''}`);
    const judged = trace?.judgement;
    if (!trace || !judged) {
      console.log(`  ${kind}`);
      continue;
    }
    const factors = judged.factors.map((each) => `× ${each.factor} ${each.rule}`).join(' ');
    console.log(
      `  ${kind}: ${judged.absent.length > 0 ? `absent [${judged.absent.join(', ')}]; ` : ''}confidence ${judged.confidence.toFixed(3)} = coverage ${judged.coverage.toFixed(3)} ${factors}; wants ${trace.wants ?? '—'}`,
    );
    const best = trace.windows[0];
    if (!verbose || !best) continue;
    console.log(`  words: ${wordCredits(trace, best)}`);
    console.log(`  best ${best.passage.id}: ${short(printable({ id: best.passage.id, text: textOf(best) }, devTexts))}`);
    if (best.promotedOver)
      console.log(`  put before ${best.promotedOver.passage.id}: ${short(printable({ id: best.promotedOver.passage.id, text: textOf(best.promotedOver) }, devTexts))}`);
  }
  const sorted = Object.entries(classes).sort((a, b) => b[1] - a[1]);
  console.log(`\n== ${name}: ${listed} ${letThrough ? 'unanswerable answered' : 'answerable refused'}; ${JSON.stringify(Object.fromEntries(sorted))}`);
  if (disagree > 0) console.log(`   (the trace and /ask disagree on ${disagree} questions: bench/askTrace.ts has drifted from ask.ts)`);
}
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
