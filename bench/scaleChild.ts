/**
 * One bot process of the scale bench (bench/scale.ts starts it): opens a desk on the scaled
 * corpus, reports its memory once loaded, then answers the generated questions when told "go" on
 * stdin, timing each. Progress goes to stderr as `PHASE` and `SAMPLE` lines (so the parent can say
 * where a run that ran out of memory stopped), the result to stdout as one `RESULT {json}` line.
 *
 *   node --max-old-space-size=MB --import tsx bench/scaleChild.ts embedded <seedsDir> <queries.json>
 *   node --import tsx bench/scaleChild.ts pg-reindex <seedsDir> <databaseUrl>   (npm run reindex)
 *   node --import tsx bench/scaleChild.ts pg-query <seedsDir> <databaseUrl> <queries.json>
 */
import { readFile } from 'node:fs/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { openDesk } from '../src/openDesk.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const MiB = 2 ** 20;
const memory = () => ({ rssMiB: process.memoryUsage().rss / MiB, heapUsedMiB: process.memoryUsage().heapUsed / MiB });
const line = (text: string) => process.stderr.write(`${text}\n`);
const phase = (name: string) => {
  const { rssMiB, heapUsedMiB } = memory();
  line(`PHASE ${name} t=${(performance.now() / 1000).toFixed(1)}s rss=${rssMiB.toFixed(0)}MiB heap=${heapUsedMiB.toFixed(0)}MiB`);
};
// Sampled on this thread; RSS counts the build worker threads too.
let peakRssMiB = 0;
const sampler = setInterval(() => {
  const { rssMiB, heapUsedMiB } = memory();
  peakRssMiB = Math.max(peakRssMiB, rssMiB);
  line(`SAMPLE t=${(performance.now() / 1000).toFixed(1)}s rss=${rssMiB.toFixed(0)}MiB heap=${heapUsedMiB.toFixed(0)}MiB`);
}, 1_000);
sampler.unref();

/** Waits for the parent's "go", so two processes start asking at the same moment. */
async function waitForGo(): Promise<void> {
  process.stdout.write('READY\n');
  for await (const chunk of process.stdin) if (String(chunk).includes('go')) return;
}

function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export type Answer = (question: string) => unknown;

/** An idle build thread exits after 30 s (src/core/buildThread.ts): a running bot's memory is measured after it. */
const BUILD_THREAD_IDLE_MS = 32_000;

/**
 * Memory once loaded (after a full collection; with `settle`, also once the idle build thread has
 * exited), then the questions timed one by one.
 */
export async function measureAsking(answer: Answer, questions: readonly string[], loadMs: number, extra: Record<string, unknown>, settle: boolean): Promise<void> {
  gc();
  gc();
  const justLoaded = memory();
  phase('loaded');
  if (settle) {
    await new Promise((resolve) => setTimeout(resolve, BUILD_THREAD_IDLE_MS));
    gc();
    gc();
    phase('settled');
  }
  const loaded = memory();
  for (const question of questions.slice(0, 30)) await answer(question);
  await waitForGo();
  phase('asking');
  const samples: number[] = [];
  const started = performance.now();
  for (const question of questions) {
    const t = performance.now();
    await answer(question);
    samples.push(performance.now() - t);
  }
  const wallMs = performance.now() - started;
  phase('done');
  const result = {
    loadMs,
    rssAfterLoadMiB: loaded.rssMiB,
    heapAfterLoadMiB: loaded.heapUsedMiB,
    rssWithBuildThreadMiB: justLoaded.rssMiB,
    peakRssMiB: Math.max(peakRssMiB, justLoaded.rssMiB, memory().rssMiB),
    ask: { n: samples.length, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), max: percentile(samples, 1), wallMs },
    ...extra,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

async function embedded(seedsDir: string, questions: string[]): Promise<void> {
  phase('open');
  const started = performance.now();
  const desk = await NewsDesk.open({ seedsDir, cacheDir: false, onWarning: (message) => line(`warning: ${message}`) });
  const loadMs = performance.now() - started;
  const snapshot = desk.snapshot;
  await measureAsking((question) => desk.ask(question, { limit: 3 }), questions, loadMs, { articles: snapshot.articles.length, passages: snapshot.passages.size }, true);
}

/** The shared PostgreSQL desk as one bot process has it (src/openDesk.ts), on DATABASE_URL. */
async function openShared(seedsDir: string, databaseUrl: string, reindexOnly: boolean) {
  const config = loadConfig({ INDEX_BACKEND: 'postgres', DATABASE_URL: databaseUrl, SEEDS_DIR: seedsDir }, process.cwd());
  return openDesk(config, (message) => line(`warning: ${message}`), { reindexOnly });
}

/** `npm run reindex` on the scaled corpus: reading, NLP and the write of one generation. */
async function postgresReindex(seedsDir: string, databaseUrl: string): Promise<void> {
  const { desk, close } = await openShared(seedsDir, databaseUrl, true);
  phase('reindex');
  const result = await desk.reindex();
  phase('reindexed');
  await close();
  if (result.status !== 'done') throw new Error(`reindex ${result.status}: ${'reason' in result ? result.reason : ''}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const size = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
  await client.end();
  const databaseMiB = Math.round(Number(size.rows[0]?.bytes ?? 0) / MiB);
  const figures = {
    ingestMs: result.durationMs,
    articles: result.articles,
    passages: result.passages,
    quotes: result.quotes,
    databaseMiB,
    peakRssMiB: Math.max(peakRssMiB, memory().rssMiB),
  };
  process.stdout.write(`RESULT ${JSON.stringify(figures)}\n`);
}

/** A bot process answering from the shared index: nothing of the corpus is loaded into it. */
async function postgresQuery(seedsDir: string, databaseUrl: string, questions: string[]): Promise<void> {
  phase('open');
  const started = performance.now();
  const { desk, close } = await openShared(seedsDir, databaseUrl, false);
  const loadMs = performance.now() - started;
  const sources = await desk.sources();
  await measureAsking((question) => desk.ask(question, { limit: 3 }), questions, loadMs, { articles: sources.articles.length, passages: sources.passages }, false);
  await close();
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'embedded' && args[0] && args[1]) {
  await embedded(args[0], JSON.parse(await readFile(args[1], 'utf8')) as string[]);
  process.exit(0);
} else if (mode === 'pg-reindex' && args[0] && args[1]) {
  await postgresReindex(args[0], args[1]);
  process.exit(0);
} else if (mode === 'pg-query' && args[0] && args[1] && args[2]) {
  await postgresQuery(args[0], args[1], JSON.parse(await readFile(args[2], 'utf8')) as string[]);
  process.exit(0);
} else {
  throw new Error('usage: scaleChild.ts embedded <seedsDir> <queries.json> | pg-reindex <seedsDir> <databaseUrl> | pg-query <seedsDir> <databaseUrl> <queries.json>');
}
