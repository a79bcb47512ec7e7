import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleLine } from '../src/console/consoleCommands.ts';
import { SharedNewsDesk } from '../src/core/sharedNewsDesk.ts';
import { buildSnapshot, type Snapshot } from '../src/core/snapshot.ts';
import { UNAVAILABLE_TEXT } from '../src/presentation/text.ts';
import { IndexUnavailableError } from '../src/postgres/errors.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { toTerms } from '../src/search/terms.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from './helpers/throwawayPostgres.ts';

// A server of its own, so stopping it cannot disturb the other PostgreSQL tests.
let server: ThrowawayPostgres;
let snapshot: Snapshot;
const errors: Error[] = [];

beforeAll(async () => {
  server = startThrowawayPostgres();
  snapshot = await buildSnapshot({ seedsDir: SEEDS_DIR, includeComments: false });
});

afterAll(() => server?.stop());

describe('PostgreSQL index: the database going away', () => {
  it('reports IndexUnavailableError with a one-line reason, and answers again once the database is back', async () => {
    const index = await PostgresIndex.open({ connectionString: server.url, connectTimeoutMs: 2000, onError: (error) => errors.push(error) });
    // Another process, listening for switches: it must listen again by itself once the database is back.
    const other = await PostgresIndex.open({ connectionString: server.url, connectTimeoutMs: 2000, onError: (error) => errors.push(error) });
    try {
      const written = await index.write(snapshot);
      const question = 'did russia plan to invade';
      const pinned = await index.current();
      const answered = (await pinned?.query(question, 5, {}))?.map((hit) => hit.id);
      expect(answered?.length).toBeGreaterThan(0);

      server.halt();
      const failures = await Promise.all([
        // The current generation is known from LISTEN without a query; reading it fails.
        index
          .current()
          .then((view) => view?.termStats(() => toTerms(question)))
          .then(
            () => null,
            (error: unknown) => error,
          ),
        Promise.resolve(pinned?.query(question, 5, {})).then(
          () => null,
          (error: unknown) => error,
        ),
        index.write(snapshot).then(
          () => null,
          (error: unknown) => error,
        ),
      ]);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(IndexUnavailableError);
        const message = (failure as Error).message;
        expect(message).toMatch(/^The shared index database is unavailable \((no database server is listening|the connection was lost): .+\)\. Answers resume when it is back\.$/);
        expect(message).not.toContain('\n');
      }

      server.start();
      const back = await index.current();
      expect(back?.generation).toBe(written.generation);
      expect((await back?.query(question, 5, {}))?.map((hit) => hit.id)).toEqual(answered);
      // Nothing was lost: a new generation can be written, and the other process hears of it.
      const heard = new Promise<number>((resolve) => other.onSwitch(resolve));
      const next = await index.write(snapshot);
      expect(next.previous).toBe(written.generation);
      expect(await heard).toBe(next.generation);
    } finally {
      await Promise.all([index.close(), other.close()]);
    }
    // The dropped connections were reported, not thrown at nobody.
    expect(errors.length).toBeGreaterThan(0);
  });

  it('opening while the database is down fails with IndexUnavailableError, not a stack of driver errors', async () => {
    server.halt();
    try {
      await expect(PostgresIndex.open({ connectionString: server.url, connectTimeoutMs: 2000 })).rejects.toBeInstanceOf(IndexUnavailableError);
    } finally {
      server.start();
    }
  });
});

describe('the desk and the commands while the shared index is away', () => {
  it('answers “unavailable” in the console, logs a line, and answers normally once the database is back', async () => {
    const warnings: string[] = [];
    const backend = await PostgresIndex.open({ connectionString: server.url, connectTimeoutMs: 2000 });
    try {
      const desk = await SharedNewsDesk.open({ seedsDir: SEEDS_DIR, backend, onWarning: (message) => warnings.push(message) });
      const before = await runConsoleLine(desk, '/ask did russia plan to invade?');
      expect(before.output).toContain('invade');

      server.halt();
      for (const line of ['/ask did russia plan to invade?', '/quote lavrov', '/speakers', '/sources']) {
        expect((await runConsoleLine(desk, line)).output, line).toBe(UNAVAILABLE_TEXT);
      }
      const reindexed = await desk.reindex();
      expect(reindexed.status).toBe('failed');
      expect(reindexed.status === 'failed' && reindexed.reason).toMatch(/^The shared index database is unavailable .*The previous index is still in use\.$/);
      // One line per failed question for the operator, naming why.
      expect(warnings.length).toBeGreaterThanOrEqual(4);
      expect(warnings.every((line) => line.startsWith('The shared index database is unavailable'))).toBe(true);

      server.start();
      expect((await runConsoleLine(desk, '/ask did russia plan to invade?')).output).toBe(before.output);
    } finally {
      await backend.close();
    }
  });
});
