/**
 * Responsiveness measurements for `npm run bench` (also runnable alone:
 * `npx tsx bench/responsiveness.ts <folder of .txt articles>`):
 * - the longest event-loop stall (perf_hooks.monitorEventLoopDelay) while a reindex analyses every
 *   article of the folder — what a bot's heartbeat and replies would wait for;
 * - `/sources` on 2,000 generated articles × 50 speakers each.
 * Uses only the NewsDesk API, so the same file measures older versions of the code too.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { NewsDesk } from '../src/core/newsDesk.ts';

const FIRST = [
  'Anna',
  'Boris',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irene',
  'Jonas',
  'Katya',
  'Lars',
  'Mona',
  'Nils',
  'Olga',
  'Pavel',
  'Rosa',
  'Stefan',
  'Tanya',
  'Viktor',
];

/** A surname no dictionary has, distinct per index: "Kovarenko"-like, from syllables. */
function surname(index: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ro', 'sa', 'ti', 'vu', 'be', 'do', 'fe', 'gu', 'ha', 'ji', 'po', 'ze'];
  let name = '';
  let rest = index;
  do {
    name += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0);
  name += 'vic';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const MONITOR_RESOLUTION_MS = 10;

export interface StallResult {
  articles: number;
  reindexMs: number;
  maxStallMs: number;
  p99StallMs: number;
  /** The same monitor over as long with this process idle: what other processes on the machine cause alone. */
  idleMaxStallMs: number;
  idleP99StallMs: number;
}

/** Reindexes `files` from `sourceDir` all at once into a desk that had one article, with the event-loop monitor running. */
export async function measureReindexStall(sourceDir: string, files: string[]): Promise<StallResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-stall-'));
  try {
    await writeFile(path.join(work, '000_start.txt'), 'Harbour reopens\n\nThe harbour reopened on Tuesday, port officials said.\n');
    const desk = await NewsDesk.open({ seedsDir: work, cacheDir: false });
    for (const file of files) await copyFile(path.join(sourceDir, file), path.join(work, file));
    const monitor = monitorEventLoopDelay({ resolution: MONITOR_RESOLUTION_MS });
    monitor.enable();
    const started = performance.now();
    const result = await desk.reindex();
    const reindexMs = performance.now() - started;
    // The monitor records a stall when its timer next fires; a stall that ends the reindex is only
    // recorded after a timer turn, so wait for one before reading it.
    await delay(3 * MONITOR_RESOLUTION_MS);
    monitor.disable();
    if (result.status !== 'done') throw new Error(`reindex ${result.status}`);
    await desk.snapshot.warmUp();
    const idle = monitorEventLoopDelay({ resolution: MONITOR_RESOLUTION_MS });
    idle.enable();
    await delay(Math.min(reindexMs, 20_000));
    idle.disable();
    return {
      articles: result.articles,
      reindexMs,
      maxStallMs: monitor.max / 1e6,
      p99StallMs: monitor.percentile(99) / 1e6,
      idleMaxStallMs: idle.max / 1e6,
      idleP99StallMs: idle.percentile(99) / 1e6,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface SourcesResult {
  articles: number;
  quotes: number;
  speakers: number;
  buildMs: number;
  sourcesMedianMs: number;
  sourcesMaxMs: number;
}

/** `/sources` on `articleCount` generated articles, each quoting `speakersPerArticle` people. */
export async function measureSources(articleCount = 2000, speakersPerArticle = 50): Promise<SourcesResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-sources-'));
  try {
    const dir = path.join(work, 'seeds');
    await mkdir(dir);
    for (let article = 0; article < articleCount; article++) {
      const lines = Array.from({ length: speakersPerArticle }, (_, index) => {
        const person = article * 7 + index * 131;
        return `${FIRST[person % FIRST.length]} ${surname(person % 4000)} said the vote in district ${index} was fine.`;
      });
      await writeFile(path.join(dir, `${String(article).padStart(4, '0')}.txt`), `Council vote report ${article}\n\n${lines.join('\n\n')}\n`);
    }
    const started = performance.now();
    const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
    const buildMs = performance.now() - started;
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      desk.sources();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return {
      articles: desk.snapshot.articles.length,
      quotes: desk.snapshot.quotes.length,
      speakers: desk.snapshot.speakers.length,
      buildMs,
      sourcesMedianMs: samples[2] ?? 0,
      sourcesMaxMs: samples[4] ?? 0,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: responsiveness.ts <folder of .txt articles> [--sources]');
  const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  const stall = await measureReindexStall(dir, files);
  console.log(JSON.stringify({ stall }));
  if (process.argv.includes('--sources')) console.log(JSON.stringify({ sources: await measureSources() }));
  process.exit(0);
}
