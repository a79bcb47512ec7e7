/**
 * `npm run bench`: speed and size of the pipeline on the Brown corpus (500 texts, and the 44 press
 * reportage texts alone), against plain minisearch on the same passages in the same run.
 * Writes bench/results/<date>.json. Options: `--only=press` or `--only=all`, `--queries=N`.
 * `--scale=10` runs instead the long embedded-against-PostgreSQL comparison on 10× the corpus (scale.ts;
 * `--only=embedded` or `--only=postgres` runs one side, `--heap=1024,4096` the embedded side per heap limit).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, mkdir, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { SnapshotStore } from '../src/core/snapshotStore.ts';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { readSeedFile } from '../src/corpus/readSeedFile.ts';
import type { Article } from '../src/domain/article.ts';
import { analyzeArticle } from '../src/nlp/analyzeArticle.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { prepareSpelling } from '../src/lang/en/spelling.ts';
import { PassageIndex } from '../src/search/passageIndex.ts';
import { BROWN_SOURCE, ensureBrownFixtures } from './brownFixtures.ts';
import { printHostile, runHostileSpeakers } from './hostileSpeakers.ts';
import { generateQueries } from './queries.ts';
import { measureReindexStall, measureSources } from './responsiveness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const TARGETS = { fromScratchMs: 10_000, restartMs: 1_000, askP99Ms: 5, reindexStallMs: 50, sourcesMs: 50 };

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const QUERY_COUNT = Number(argument('queries') ?? 300);
const only = argument('only');

interface Percentiles {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { n: sorted.length, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs `build` and returns what it built, how long it took and how much heap it kept. */
function measure<T>(build: () => T): { value: T; ms: number; heapBytes: number } {
  const before = heapUsed();
  const started = performance.now();
  const value = build();
  const ms = performance.now() - started;
  const heapBytes = heapUsed() - before;
  return { value, ms, heapBytes };
}

async function readArticles(dir: string): Promise<Article[]> {
  const articles: Article[] = [];
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort()) {
    const read = await readSeedFile(dir, file);
    if (read.ok) articles.push(parseArticle({ file, text: read.text, contentHash: read.contentHash }));
  }
  return articles;
}

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

async function benchCorpus(name: string, seedsDir: string, sourceFiles: string[]) {
  console.log(`\n== ${name}: ${sourceFiles.length} texts ==`);

  // 1. From scratch: what a first start waits for (read, parse, NLP, speakers, index), no cache.
  const scratch = performance.now();
  const desk = await NewsDesk.open({ seedsDir, cacheDir: false });
  const fromScratchMs = performance.now() - scratch;
  const snapshot = desk.snapshot;
  const passages = [...snapshot.passages.values()];
  const vocabularyStarted = performance.now();
  void snapshot.vocabulary; // the typo vocabulary, built lazily: its cost, counted apart
  const vocabularyMs = performance.now() - vocabularyStarted;
  console.log(
    `from scratch: ${fromScratchMs.toFixed(0)} ms (${snapshot.articles.length} articles, ${passages.length} passages, ${snapshot.quotes.length} quotes, ${snapshot.speakers.length} speakers); typo vocabulary +${vocabularyMs.toFixed(0)} ms`,
  );

  // 2. NLP throughput: sentence splitting alone, and the whole per-article analysis (sentences, people, quotes, attribution).
  const articles = await readArticles(seedsDir);
  const words = articles.reduce((total, article) => total + article.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0) + countWords(article.headline), 0);
  let started = performance.now();
  let sentenceCount = 0;
  for (const article of articles) for (const paragraph of article.paragraphs) sentenceCount += splitSentences(paragraph).length;
  const splitMs = performance.now() - started;
  started = performance.now();
  let quoteCount = 0;
  for (const article of articles) quoteCount += analyzeArticle(article, { includeComments: false }).quotes.length;
  const analyzeMs = performance.now() - started;
  console.log(
    `NLP: ${words} words; sentence splitting ${(words / (splitMs / 1000)).toFixed(0)} words/s (${splitMs.toFixed(0)} ms, ${sentenceCount} sentences); full analysis incl. quotes ${(words / (analyzeMs / 1000)).toFixed(0)} words/s (${analyzeMs.toFixed(0)} ms, ${quoteCount} quotes)`,
  );

  // 3. Index build time and memory: ours (text + speakers fields, our terms) vs plain minisearch (text, defaults).
  const aliases = new Map<string, string[]>(snapshot.speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]]));
  // Only the numbers are kept: the desk has its own index, and a running bot holds nothing more.
  let oursJson = '';
  const ours = (() => {
    const measured = measure(() => PassageIndex.build(passages, aliases));
    oursJson = measured.value.toJSON();
    return { ms: measured.ms, heapBytes: measured.heapBytes };
  })();
  const plainDocs = passages.map((passage) => ({ id: passage.id, text: passage.text }));
  const baseline = measure(() => {
    const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    search.addAll(plainDocs);
    return search;
  });
  const baselineJson = JSON.stringify(baseline.value);
  console.log(
    `index build: ours ${ours.ms.toFixed(0)} ms, ${(ours.heapBytes / 2 ** 20).toFixed(1)} MiB heap, ${(oursJson.length / 2 ** 20).toFixed(1)} MiB JSON | minisearch ${baseline.ms.toFixed(0)} ms, ${(baseline.heapBytes / 2 ** 20).toFixed(1)} MiB heap, ${(baselineJson.length / 2 ** 20).toFixed(1)} MiB JSON`,
  );

  // 4. Snapshot: save it, then restart from it — in this process (open only) and in a fresh process (everything).
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-'));
  const store = new SnapshotStore({ cacheDir, seedsDir, includeComments: false, warn: (message) => console.warn(`warning: ${message}`) });
  started = performance.now();
  await store.save(snapshot);
  const saveMs = performance.now() - started;
  const snapshotBytes = (await stat(store.file)).size;
  started = performance.now();
  const restartedPassages = (await NewsDesk.open({ seedsDir, cacheDir })).snapshot.passages.size;
  const openFromSnapshotMs = performance.now() - started;
  if (restartedPassages !== passages.length) throw new Error('the restarted desk has different passages');
  started = performance.now();
  MiniSearch.loadJSON(baselineJson, { fields: ['text'] });
  const baselineLoadMs = performance.now() - started;
  const children: Array<Record<string, number>> = [];
  for (let run = 0; run < 3; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'coldStart.ts'), seedsDir, cacheDir], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
    children.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>);
  }
  const median = (key: string) => percentiles(children.map((child) => child[key] ?? 0)).p50;
  const coldStart = {
    processStartToReadyMs: median('processStartToReadyMs'),
    moduleLoadMs: median('moduleLoadMs'),
    openMs: median('openMs'),
    firstAskMs: median('firstAskMs'),
    vocabularyReadyMs: median('vocabularyReadyMs'),
  };
  await rm(cacheDir, { recursive: true, force: true });
  console.log(
    `snapshot: ${(snapshotBytes / 2 ** 20).toFixed(1)} MiB, saved in ${saveMs.toFixed(0)} ms; open from it ${openFromSnapshotMs.toFixed(0)} ms in-process (minisearch loadJSON alone: ${baselineLoadMs.toFixed(0)} ms)`,
  );
  console.log(
    `restart in a fresh process (median of 3): ready ${coldStart.processStartToReadyMs.toFixed(0)} ms after process start (modules incl. wink model ${coldStart.moduleLoadMs.toFixed(0)} ms, open ${coldStart.openMs.toFixed(0)} ms); first ask ${coldStart.firstAskMs.toFixed(0)} ms (builds the typo vocabulary unless warmed; warm-up takes ${coldStart.vocabularyReadyMs.toFixed(0)} ms)`,
  );

  // 5. /ask latency on generated questions, after a warm-up; the baseline searches the same strings.
  heapUsed(); // collect what the measurements above left, as a running bot would not have it
  const queries = await generateQueries(sourceFiles, QUERY_COUNT, 20140314);
  for (const question of queries.plain.slice(0, 50)) {
    desk.ask(question, { limit: 3 });
    baseline.value.search(question);
  }
  // The spelling dictionary is built once per process, on the first word no article has: timed here, not in a question's latency.
  const spellingStart = performance.now();
  prepareSpelling();
  const spellingMs = performance.now() - spellingStart;
  const oursSamples: number[] = [];
  const baselineSamples: number[] = [];
  const typoSamples: number[] = [];
  let answered = 0;
  for (const question of queries.plain) {
    let t = performance.now();
    const result = desk.ask(question, { limit: 3 });
    oursSamples.push(performance.now() - t);
    if (result.status === 'found') answered++;
    t = performance.now();
    baseline.value.search(question).slice(0, 3);
    baselineSamples.push(performance.now() - t);
  }
  for (const question of queries.typos) {
    const t = performance.now();
    desk.ask(question, { limit: 3 });
    typoSamples.push(performance.now() - t);
  }
  const ask = {
    ours: percentiles(oursSamples),
    baseline: percentiles(baselineSamples),
    typos: percentiles(typoSamples),
    spellingDictionaryMs: spellingMs,
    answered,
    examples: queries.plain.slice(0, 5),
    typoExamples: queries.typos.slice(0, 3),
  };
  console.log(
    `ask (${queries.plain.length} questions, e.g. “${queries.plain[0]}”, “${queries.plain[1]}”): ours p50 ${ask.ours.p50.toFixed(2)} ms, p99 ${ask.ours.p99.toFixed(2)} ms | minisearch p50 ${ask.baseline.p50.toFixed(2)} ms, p99 ${ask.baseline.p99.toFixed(2)} ms | ours with a typo (${queries.typos.length}) p50 ${ask.typos.p50.toFixed(2)} ms, p99 ${ask.typos.p99.toFixed(2)} ms (spelling dictionary built once: ${spellingMs.toFixed(0)} ms)`,
  );

  return {
    name,
    texts: sourceFiles.length,
    words,
    passages: passages.length,
    quotes: snapshot.quotes.length,
    speakers: snapshot.speakers.length,
    fromScratchMs,
    typoVocabularyMs: vocabularyMs,
    nlp: { splitMs, splitWordsPerSecond: words / (splitMs / 1000), analyzeMs, analyzeWordsPerSecond: words / (analyzeMs / 1000), sentences: sentenceCount },
    index: {
      ours: { buildMs: ours.ms, heapBytes: ours.heapBytes, jsonBytes: oursJson.length },
      minisearch: { buildMs: baseline.ms, heapBytes: baseline.heapBytes, jsonBytes: baselineJson.length },
      ratio: { buildMs: ours.ms / baseline.ms, heapBytes: ours.heapBytes / baseline.heapBytes, jsonBytes: oursJson.length / baselineJson.length },
    },
    snapshot: { bytes: snapshotBytes, saveMs, openFromSnapshotMs, minisearchLoadJsonMs: baselineLoadMs },
    coldStart,
    ask,
    askRatio: { p50: ask.ours.p50 / ask.baseline.p50, p99: ask.ours.p99 / ask.baseline.p99 },
  };
}

// --scale=N: only the long comparison of the embedded and PostgreSQL indexes on the corpus N times over.
const scale = argument('scale');
if (scale) {
  const { runScaleBench } = await import('./scale.ts');
  await runScaleBench({
    factor: Number(scale),
    queries: Number(argument('queries') ?? 200),
    heapsMiB: (argument('heap') ?? '4096').split(',').map(Number),
    embedded: only !== 'postgres',
    postgres: only !== 'embedded',
  });
  process.exit(0);
}

const fixtures = await ensureBrownFixtures();
const sources = (await readdir(BROWN_SOURCE)).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
const corpora = [
  { name: 'press', dir: fixtures.pressDir, files: sources.filter((name) => name.startsWith('ca')) },
  { name: 'all', dir: fixtures.allDir, files: sources },
].filter((corpus) => !only || corpus.name === only);

const machine = {
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  node: process.version,
  loadAverageAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
};
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);

const results = [];
for (const corpus of corpora) results.push(await benchCorpus(corpus.name, corpus.dir, corpus.files));

// Responsiveness: the longest event-loop stall while a reindex analyses all 500 texts (the build runs
// on a worker thread; this thread only receives the result in slices), and /sources on 2,000 articles.
let responsiveness: { reindexStall: Awaited<ReturnType<typeof measureReindexStall>>; sources: Awaited<ReturnType<typeof measureSources>> } | null = null;
if (!only || only === 'all') {
  console.log('\n== responsiveness ==');
  const allFiles = (await readdir(fixtures.allDir)).filter((name) => name.endsWith('.txt')).sort();
  const reindexStall = await measureReindexStall(fixtures.allDir, allFiles);
  console.log(
    `reindex of ${reindexStall.articles} texts: ${reindexStall.reindexMs.toFixed(0)} ms; longest event-loop stall ${reindexStall.maxStallMs.toFixed(0)} ms, p99 ${reindexStall.p99StallMs.toFixed(0)} ms (this process idle as long: longest ${reindexStall.idleMaxStallMs.toFixed(0)} ms, p99 ${reindexStall.idleP99StallMs.toFixed(0)} ms — other processes' share)`,
  );
  const sourcesResult = await measureSources(2000, 50);
  console.log(
    `/sources on ${sourcesResult.articles} articles, ${sourcesResult.quotes} quotes, ${sourcesResult.speakers} speakers: median ${sourcesResult.sourcesMedianMs.toFixed(1)} ms, slowest of 5 ${sourcesResult.sourcesMaxMs.toFixed(1)} ms (corpus built in ${(sourcesResult.buildMs / 1000).toFixed(1)} s)`,
  );
  responsiveness = { reindexStall, sources: sourcesResult };
}

const all = results.find((result) => result.name === 'all');
const verdict = all
  ? {
      fromScratch: { ms: all.fromScratchMs, target: TARGETS.fromScratchMs, met: all.fromScratchMs < TARGETS.fromScratchMs },
      restart: { ms: all.coldStart.processStartToReadyMs, target: TARGETS.restartMs, met: all.coldStart.processStartToReadyMs < TARGETS.restartMs },
      askP99: { ms: all.ask.ours.p99, target: TARGETS.askP99Ms, met: all.ask.ours.p99 < TARGETS.askP99Ms },
      ...(responsiveness
        ? {
            reindexStall: { ms: responsiveness.reindexStall.maxStallMs, target: TARGETS.reindexStallMs, met: responsiveness.reindexStall.maxStallMs <= TARGETS.reindexStallMs },
            sources: { ms: responsiveness.sources.sourcesMedianMs, target: TARGETS.sourcesMs, met: responsiveness.sources.sourcesMedianMs < TARGETS.sourcesMs },
          }
        : {}),
    }
  : null;
if (verdict) {
  console.log('\ntargets (500 texts):');
  for (const [key, entry] of Object.entries(verdict))
    console.log(
      `  ${key.padEnd(12)} ${entry.ms.toFixed(key === 'askP99' ? 2 : 0).padStart(8)} ms  target < ${entry.target} ms  ${entry.met ? 'met' : 'MISSED'} (${(entry.ms / entry.target).toFixed(2)}× target)`,
    );
}

// Hostile speaker loads (issue 11): 100,000 speakers in one 4 MB article, 8,000 Smiths over 40 files.
const hostile = only === 'press' ? null : runHostileSpeakers();
if (hostile) printHostile(hostile);

const loadAverageAtEnd = os.loadavg().map((load) => Number(load.toFixed(2)));
console.log(`load average at the end: ${loadAverageAtEnd.join(' ')} (other processes on this ${machine.cores}-core machine slow every number above)`);
const date = new Date().toISOString().slice(0, 10);
await mkdir(path.join(here, 'results'), { recursive: true });
const out = path.join(here, 'results', `${date}${only ? `-${only}` : ''}.json`);
await writeFile(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine: { ...machine, loadAverageAtEnd }, targets: TARGETS, verdict, corpora: results, responsiveness, hostile }, null, 2)}
`,
);
console.log(`\nsaved ${path.relative(root, out)}`);
