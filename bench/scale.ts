/**
 * `npm run bench -- --scale=10`: the embedded index against the shared PostgreSQL one on the Brown
 * corpus N times over (bench/scaleFixtures.ts; N = 10: ~5,000 articles, ~10 M words). Each side
 * runs as real bot processes (bench/scaleChild.ts), so memory is one process's: the embedded one
 * once per heap limit (`--heap=MiB,MiB`, default 4096), reporting where it stopped if it ran out. Starts
 * its own throwaway PostgreSQL (tests/helpers/throwawayPostgres.ts). Long: minutes, not seconds.
 * Writes bench/results/<date>-scale<N>.json.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWN_SOURCE, ensureBrownFixtures } from './brownFixtures.ts';
import { generateQueries } from './queries.ts';
import { ensureScaledFixtures } from './scaleFixtures.ts';
import { startThrowawayPostgres } from '../tests/helpers/throwawayPostgres.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

export interface ScaleOptions {
  factor: number;
  queries: number;
  /** One embedded run per heap limit (MiB), e.g. a small container's and Node's usual default. */
  heapsMiB: number[];
  /** Which sides to run (default both). */
  embedded: boolean;
  postgres: boolean;
}

interface AskFigures {
  n: number;
  p50: number;
  p99: number;
  max: number;
  wallMs: number;
}

export interface ChildResult {
  loadMs?: number;
  rssAfterLoadMiB?: number;
  peakRssMiB?: number;
  ask?: AskFigures;
  [key: string]: unknown;
}

/** What one child reported: its RESULT, or how far it got before it failed. */
export type ChildOutcome =
  | { ok: true; result: ChildResult; wallMs: number }
  | { ok: false; exitCode: number | null; signal: string | null; wallMs: number; lastPhase: string | null; lastSample: string | null; peakRssMiB: number; errorLines: string[] };

export interface RunningChild {
  /** Resolves once the child has loaded and waits for "go". */
  ready: Promise<void>;
  go(): void;
  outcome: Promise<ChildOutcome>;
}

/** Starts bench/scaleChild.ts with these arguments (and a heap limit, if given). */
export function startChild(args: string[], heapMiB: number | null, env: Record<string, string> = {}): RunningChild {
  const started = performance.now();
  const execArgs = [...(heapMiB ? [`--max-old-space-size=${heapMiB}`] : []), '--import', 'tsx', path.join(here, 'scaleChild.ts'), ...args];
  const child = spawn(process.execPath, execArgs, { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let lastPhase: string | null = null;
  let lastSample: string | null = null;
  let peakRssMiB = 0;
  const errorLines: string[] = [];
  let result: ChildResult | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const lines = (stream: NodeJS.ReadableStream, onLine: (text: string) => void) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      parts.forEach(onLine);
    });
  };
  lines(child.stderr, (text) => {
    const rss = /rss=(\d+)MiB/.exec(text);
    if (rss) peakRssMiB = Math.max(peakRssMiB, Number(rss[1]));
    if (text.startsWith('SAMPLE')) lastSample = text;
    else if (text.startsWith('PHASE')) {
      lastPhase = text;
      console.log(`  ${args[0]}: ${text}`);
    } else if (text.trim()) {
      errorLines.push(text);
      if (errorLines.length > 40) errorLines.shift();
    }
  });
  lines(child.stdout, (text) => {
    if (text === 'READY') markReady();
    else if (text.startsWith('RESULT ')) result = JSON.parse(text.slice('RESULT '.length)) as ChildResult;
  });
  const outcome = new Promise<ChildOutcome>((resolve) => {
    child.on('exit', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      markReady(); // a child that died never becomes ready: nobody waits for it
      if (exitCode === 0 && result) resolve({ ok: true, result, wallMs });
      else resolve({ ok: false, exitCode, signal, wallMs, lastPhase, lastSample, peakRssMiB, errorLines });
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), outcome };
}

const fmt = (ms: number | undefined) =>
  ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`;

export function describeFailure(outcome: Extract<ChildOutcome, { ok: false }>): string {
  const oom = outcome.errorLines.some((text) => /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/i.test(text));
  const how = oom ? 'ran out of memory' : `failed (exit ${outcome.exitCode ?? outcome.signal ?? '?'})`;
  return `${how} after ${fmt(outcome.wallMs)}; last phase: ${outcome.lastPhase ?? 'none'}; last sample: ${outcome.lastSample ?? 'none'}; peak RSS ${outcome.peakRssMiB} MiB`;
}

/** Runs the embedded side: one bot process, a heap limit, the same questions. */
async function embeddedSide(dir: string, queriesFile: string, heapMiB: number): Promise<ChildOutcome> {
  console.log(`\nembedded index, one process, --max-old-space-size=${heapMiB}:`);
  const child = startChild(['embedded', dir, queriesFile], heapMiB);
  await child.ready;
  child.go();
  const outcome = await child.outcome;
  if (outcome.ok) {
    const r = outcome.result;
    console.log(
      `  loaded in ${fmt(r.loadMs)}; RSS after loading ${r.rssAfterLoadMiB?.toFixed(0)} MiB once the build thread exited (peak ${r.peakRssMiB?.toFixed(0)} MiB); /ask p50 ${fmt(r.ask?.p50)}, p99 ${fmt(r.ask?.p99)}`,
    );
  } else {
    console.log(`  ${describeFailure(outcome)}`);
    for (const text of outcome.errorLines.slice(-8)) console.log(`    | ${text}`);
  }
  return outcome;
}

const askLine = (outcome: ChildOutcome) =>
  outcome.ok
    ? `/ask p50 ${fmt(outcome.result.ask?.p50)}, p99 ${fmt(outcome.result.ask?.p99)} (${outcome.result.ask?.n ?? 0} questions in ${fmt(outcome.result.ask?.wallMs)}); RSS after loading ${outcome.result.rssAfterLoadMiB?.toFixed(0)} MiB`
    : describeFailure(outcome);

/**
 * The shared index: `npm run reindex` into a throwaway PostgreSQL (one process), then a bot
 * process asking alone, then two bot processes asking at the same moment.
 */
async function postgresSide(dir: string, queriesFile: string): Promise<{ reindex: ChildOutcome; alone: ChildOutcome; together: ChildOutcome[] }> {
  const server = startThrowawayPostgres();
  try {
    console.log('\nPostgreSQL index (throwaway server on this machine):');
    const reindex = await startChild(['pg-reindex', dir, server.url], null).outcome;
    if (reindex.ok) {
      const r = reindex.result;
      console.log(
        `  npm run reindex: ${fmt(r['ingestMs'] as number)} (${String(r['articles'])} articles, ${String(r['passages'])} passages; database ${String(r['databaseMiB'])} MiB); peak RSS of that process ${r.peakRssMiB?.toFixed(0)} MiB`,
      );
    } else console.log(`  npm run reindex ${describeFailure(reindex)}`);

    const solo = startChild(['pg-query', dir, server.url, queriesFile], null);
    await solo.ready;
    solo.go();
    const alone = await solo.outcome;
    console.log(`  one bot process: ${askLine(alone)}`);

    const pair = [startChild(['pg-query', dir, server.url, queriesFile], null), startChild(['pg-query', dir, server.url, queriesFile], null)];
    await Promise.all(pair.map((child) => child.ready));
    for (const child of pair) child.go();
    const together = await Promise.all(pair.map((child) => child.outcome));
    together.forEach((outcome, index) => console.log(`  two bot processes at once, #${index + 1}: ${askLine(outcome)}`));
    return { reindex, alone, together };
  } finally {
    server.stop();
  }
}

export async function runScaleBench(options: ScaleOptions): Promise<void> {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  const { allDir } = await ensureBrownFixtures();
  let words = 0;
  for (const name of (await readdir(allDir)).filter((file) => file.endsWith('.txt'))) words += ((await readFile(path.join(allDir, name), 'utf8')).match(/\S+/g) ?? []).length;
  const fixtures = await ensureScaledFixtures(options.factor);
  console.log(
    `corpus: the 500 Brown texts ${options.factor}× under new names: ${fixtures.files} articles, ${((words * options.factor) / 1e6).toFixed(1)} M words (${fixtures.dir})`,
  );

  const sources = (await readdir(BROWN_SOURCE)).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  const { plain } = await generateQueries(sources, options.queries, 20140314);
  const work = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-scale-'));
  const queriesFile = path.join(work, 'queries.json');
  await writeFile(queriesFile, JSON.stringify(plain));

  try {
    const embedded: Array<{ heapLimitMiB: number; outcome: ChildOutcome }> = [];
    if (options.embedded) for (const heapMiB of options.heapsMiB) embedded.push({ heapLimitMiB: heapMiB, outcome: await embeddedSide(fixtures.dir, queriesFile, heapMiB) });
    const postgres = options.postgres ? await postgresSide(fixtures.dir, queriesFile) : null;
    const loadAverageAtEnd = os.loadavg().map((load) => Number(load.toFixed(2)));
    console.log(`load average at the end: ${loadAverageAtEnd.join(' ')}`);
    const date = new Date().toISOString().slice(0, 10);
    await mkdir(path.join(here, 'results'), { recursive: true });
    const out = path.join(here, 'results', `${date}-scale${options.factor}.json`);
    await writeFile(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), machine: { ...machine, loadAverageAtEnd }, corpus: { factor: options.factor, articles: fixtures.files, words: words * options.factor }, queries: plain.length, embedded, postgres }, null, 2)}\n`,
    );
    console.log(`\nsaved ${path.relative(root, out)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
