/**
 * A separate process that starts a /reindex of the shared index and stops while reading the files
 * (holding the reindex lock, before anything is written), for the test that kills it there: it
 * prints "paused" at the first file, then waits to be killed.
 *
 * Usage: node --import tsx tests/helpers/deskReindexWorker.ts <connection string> <seeds dir>
 */
import { SharedNewsDesk } from '../../src/core/sharedNewsDesk.ts';
import { PostgresIndex } from '../../src/postgres/postgresIndex.ts';

const [connectionString, seedsDir] = process.argv.slice(2);
if (!connectionString || !seedsDir) throw new Error('usage: deskReindexWorker.ts <connection string> <seeds dir>');

const desk = SharedNewsDesk.attach({ seedsDir, backend: await PostgresIndex.open({ connectionString }) });
await desk.reindex({
  onFile: async () => {
    process.stdout.write('paused\n');
    await new Promise(() => {}); // until killed
  },
});
process.stdout.write('finished\n'); // never reached: the test kills the process first
