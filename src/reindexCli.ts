import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.ts';
import { IndexUnavailableError } from './core/indexErrors.ts';
import { SeedsDirectoryError } from './core/newsDesk.ts';
import { printable } from './domain/printable.ts';
import { openDesk } from './openDesk.ts';

/**
 * `npm run reindex`: rereads the seeds folder into the configured index from a shell, and prints
 * one line. With INDEX_BACKEND=postgres this is the one reindex every process then answers from
 * (refused, exit 1, while another process reindexes); with the embedded index it refreshes the
 * snapshot cache (.cache/) the next start loads. Exit 0 when done, 1 when refused or failed, 2
 * for a bad setting or seeds folder.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env, process.cwd());
  const warn = (message: string) => process.stderr.write(`warning: ${printable(message)}\n`);
  const { desk, close } = await openDesk(config, warn, { reindexOnly: true });
  try {
    const result = await desk.reindex();
    const where = config.index.backend === 'postgres' ? 'the shared PostgreSQL index' : 'the embedded index';
    if (result.status === 'done') {
      process.stdout.write(
        `Reindexed ${where}: ${result.articles} article(s), ${result.passages} passages, ${result.quotes} quotes in ${(result.durationMs / 1000).toFixed(1)} s (files: ${result.diff.files.added.length} added, ${result.diff.files.changed.length} changed, ${result.diff.files.removed.length} removed; ${result.diff.skipped.length} skipped).\n`,
      );
      return 0;
    }
    if (result.status === 'busy') process.stderr.write(`Cannot reindex: another process is reindexing ${where} right now; its result will be used by every process.\n`);
    else if (result.status === 'failed') process.stderr.write(`Cannot reindex: ${printable(result.reason)}\n`);
    else process.stderr.write('Cannot reindex: cancelled.\n');
    return 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`Cannot reindex: ${error.message}\n`);
    else if (error instanceof SeedsDirectoryError) process.stderr.write(`Cannot reindex: ${error.operatorMessage}\n`);
    else if (error instanceof IndexUnavailableError) process.stderr.write(`Cannot reindex: ${error.message} Check DATABASE_URL and that PostgreSQL is running.\n`);
    else process.stderr.write(`Cannot reindex: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(error instanceof ConfigError || error instanceof SeedsDirectoryError ? 2 : 1);
  },
);
