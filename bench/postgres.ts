/**
 * `npx tsx bench/postgres.ts`: the PostgreSQL backend on the 500 Brown texts (issue 12): ingest of
 * a whole generation, and /ask p50/p99 on the generated questions through SharedNewsDesk (the
 * whole pipeline: term statistics, BM25 search, passages, windows, refusal), against the embedded
 * NewsDesk on the same questions in the same run; answers compared. Starts its own throwaway
 * PostgreSQL (tests/helpers/throwawayPostgres.ts) and deletes it at the end.
 * Options: `--queries=N` (default 300).
 */
import { readdir } from 'node:fs/promises';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { SharedNewsDesk } from '../src/core/sharedNewsDesk.ts';
import { buildSnapshot } from '../src/core/snapshot.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { startThrowawayPostgres } from '../tests/helpers/throwawayPostgres.ts';
import { BROWN_SOURCE, ensureBrownFixtures } from './brownFixtures.ts';
import { generateQueries } from './queries.ts';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const QUERY_COUNT = Number(argument('queries') ?? 300);

function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

const fixtures = await ensureBrownFixtures();
const sourceFiles = (await readdir(BROWN_SOURCE)).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
let t = performance.now();
const snapshot = await buildSnapshot({ seedsDir: fixtures.allDir, includeComments: false });
console.log(`snapshot of ${snapshot.articles.length} texts, ${snapshot.passages.size} passages: ${((performance.now() - t) / 1000).toFixed(1)} s`);

const server = startThrowawayPostgres();
try {
  const index = await PostgresIndex.open({ connectionString: server.url });
  try {
    const ingest: number[] = [];
    for (let run = 0; run < 2; run++) {
      t = performance.now();
      await index.write(snapshot);
      ingest.push(performance.now() - t);
    }
    console.log(`PostgreSQL ingest (one generation, one transaction): ${ingest.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} (second run replaces the first)`);

    const { plain, typos } = await generateQueries(sourceFiles, QUERY_COUNT, 20140314);
    const [embedded, shared] = await Promise.all([
      NewsDesk.open({ seedsDir: fixtures.allDir, cacheDir: false }),
      SharedNewsDesk.open({ seedsDir: fixtures.allDir, backend: index }),
    ]);
    for (const question of plain.slice(0, 30)) {
      embedded.ask(question, { limit: 3 });
      await shared.ask(question, { limit: 3 });
    }
    const line = (samples: number[]) => `p50 ${percentile(samples, 0.5).toFixed(1)} ms, p99 ${percentile(samples, 0.99).toFixed(1)} ms`;
    for (const [label, questions] of [
      ['generated questions', plain],
      ['with a misspelt word', typos],
    ] as const) {
      const postgres: number[] = [];
      const inProcess: number[] = [];
      let same = 0;
      for (const question of questions) {
        t = performance.now();
        const ours = await shared.ask(question, { limit: 3 });
        postgres.push(performance.now() - t);
        t = performance.now();
        const theirs = embedded.ask(question, { limit: 3 });
        inProcess.push(performance.now() - t);
        if (JSON.stringify(ours) === JSON.stringify(theirs)) same++;
      }
      console.log(`/ask, ${questions.length} ${label}: PostgreSQL ${line(postgres)}; embedded ${line(inProcess)}; identical answers ${same}/${questions.length}`);
    }
  } finally {
    await index.close();
  }
} finally {
  server.stop();
}
