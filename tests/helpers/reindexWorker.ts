/**
 * A separate process that reindexes the seeds into PostgreSQL and stops midway, for the test that
 * kills a reindex: it prints "paused" once part of the new generation is written (inside the open
 * transaction, holding the reindex lock), then waits to be killed.
 *
 * Usage: node --import tsx tests/helpers/reindexWorker.ts <connection string> <seeds dir>
 */
import { buildSnapshot } from '../../src/core/snapshot.ts';
import { PostgresIndex } from '../../src/postgres/postgresIndex.ts';

const [connectionString, seedsDir] = process.argv.slice(2);
if (!connectionString || !seedsDir) throw new Error('usage: reindexWorker.ts <connection string> <seeds dir>');

const snapshot = await buildSnapshot({ seedsDir, includeComments: false });
const index = await PostgresIndex.open({ connectionString });
await index.write(snapshot, {
  onProgress: async ({ table }) => {
    if (table !== 'passages') return;
    process.stdout.write('paused\n');
    await new Promise(() => {}); // until killed
  },
});
process.stdout.write('finished\n'); // never reached: the test kills the process first
