import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REINDEX_LOCK } from '../src/postgres/advisoryLocks.ts';
import { runEntryPoint, type Finished } from './helpers/entryPoint.ts';
import { createTestDatabase } from './helpers/postgres.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** `npm run reindex` (or another entry point) as a shell runs it, with a clean environment. */
function runScript(env: Record<string, string>, script = 'src/reindexCli.ts', stdin = ''): Promise<Finished> {
  return runEntryPoint(script, { env: { SEEDS_DIR, INDEX_BACKEND: '', DATABASE_URL: '', DISCORD_TOKEN: '', ...env }, stdin });
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase('reindex_cli');
});

afterAll(async () => {
  await database?.drop();
});

describe('npm run reindex', () => {
  it('reindexes the shared index and prints one line; a second run while another process holds the lock is refused with exit 1', async () => {
    const done = await runScript({ INDEX_BACKEND: 'postgres', DATABASE_URL: database.url });
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(
      /^Reindexed the shared PostgreSQL index: 2 article\(s\), \d+ passages, \d+ quotes in \d+\.\d s \(files: 2 added, 0 changed, 0 removed; \d+ skipped\)\.\n$/,
    );

    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [...REINDEX_LOCK]);
      const busy = await runScript({ INDEX_BACKEND: 'postgres', DATABASE_URL: database.url });
      expect(busy.code).toBe(1);
      expect(busy.stdout).toBe('');
      expect(busy.stderr).toBe('Cannot reindex: another process is reindexing the shared PostgreSQL index right now; its result will be used by every process.\n');
    } finally {
      await holder.end();
    }
  });

  it('npm start in console mode answers from the shared index and exits when its input ends', async () => {
    const started = await runScript({ INDEX_BACKEND: 'postgres', DATABASE_URL: database.url }, 'src/main.ts', '/sources\n/quote lavrov\n');
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/^2 article\(s\), \d+ passages, \d+ quotes from \d+ speakers; indexed /);
    expect(started.stdout).toContain('Sergei Lavrov');
  });

  it('a bad setting or an unreachable database: one line naming the problem, exit 2 and 1', async () => {
    const missing = await runScript({ INDEX_BACKEND: 'postgres' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Cannot reindex: DATABASE_URL: is required when INDEX_BACKEND=postgres: [^\n]*\n$/);

    const wrong = await runScript({ INDEX_BACKEND: 'mongo' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Cannot reindex: INDEX_BACKEND: must be embedded .* or postgres [^\n]*, got “mongo”\.\n$/);

    // The password in a malformed URL is never echoed.
    const malformed = await runScript({ INDEX_BACKEND: 'postgres', DATABASE_URL: 'mysql://user:secret@host/db' });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^Cannot reindex: DATABASE_URL: must be a PostgreSQL connection URL[^\n]*\n$/);
    expect(malformed.stderr).not.toContain('secret');

    const down = await runScript({ INDEX_BACKEND: 'postgres', DATABASE_URL: 'postgresql://postgres@/newsdesk?host=/nonexistent-socket-dir' });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /^Cannot reindex: The shared index database is unavailable \(no database server is listening: [^\n]*\)\. Answers resume when it is back\. Check DATABASE_URL and that PostgreSQL is running\.\n$/,
    );
  });
});
