/**
 * `npx tsx bench/postgres.ts`: the PostgreSQL backend on the 500 Brown texts (issue 12, first
 * figures): ingest of a whole generation, candidate retrieval p50/p99 on the generated questions,
 * and the embedded minisearch query on the same questions in the same run. Starts its own
 * throwaway PostgreSQL (tests/helpers/throwawayPostgres.ts) and deletes it at the end.
 * Options: `--queries=N` (default 300), `--limit=N` candidates per question (default 200, what /ask asks minisearch for).
 */
import { readdir } from 'node:fs/promises';
import { buildSnapshot } from '../src/core/snapshot.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { toTerms } from '../src/search/terms.ts';
import { startThrowawayPostgres } from '../tests/helpers/throwawayPostgres.ts';
import { BROWN_SOURCE, ensureBrownFixtures } from './brownFixtures.ts';
import { generateQueries } from './queries.ts';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const QUERY_COUNT = Number(argument('queries') ?? 300);
const LIMIT = Number(argument('limit') ?? 200);

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

    const { plain } = await generateQueries(sourceFiles, QUERY_COUNT, 20140314);
    const view = await index.current();
    if (!view) throw new Error('nothing indexed');
    for (const question of plain.slice(0, 30)) await view.candidates(toTerms(question), LIMIT);
    const postgres: number[] = [];
    const embedded: number[] = [];
    for (const question of plain) {
      t = performance.now();
      await view.candidates(toTerms(question), LIMIT);
      postgres.push(performance.now() - t);
      t = performance.now();
      snapshot.index.query(question, LIMIT);
      embedded.push(performance.now() - t);
    }
    const line = (samples: number[]) => `p50 ${percentile(samples, 0.5).toFixed(1)} ms, p99 ${percentile(samples, 0.99).toFixed(1)} ms`;
    console.log(`candidates for ${plain.length} generated questions, ${LIMIT} each: PostgreSQL ${line(postgres)}; embedded minisearch ${line(embedded)}`);
  } finally {
    await index.close();
  }
} finally {
  server.stop();
}
