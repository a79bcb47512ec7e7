import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleLine } from '../src/console/consoleCommands.ts';
import { SharedNewsDesk } from '../src/core/sharedNewsDesk.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { createTestDatabase } from './helpers/postgres.ts';
import { copySeeds } from './helpers/seeds.ts';
import { startPausedWorker } from './helpers/entryPoint.ts';

/**
 * The desk over a PostgreSQL index shared by several processes (each PostgresIndex here stands
 * for one process: its own pool and its own LISTEN connection): one index at startup however many
 * start together, one reindex at a time, questions answered from the old generation meanwhile, and
 * every process on the new one from its next question.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let seeds: Awaited<ReturnType<typeof copySeeds>>;
const opened: PostgresIndex[] = [];

async function aProcess(): Promise<PostgresIndex> {
  const backend = await PostgresIndex.open({ connectionString: database.url });
  opened.push(backend);
  return backend;
}

async function generations(): Promise<number[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT id FROM generations ORDER BY id')).rows.map((row) => Number(row.id));
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  [database, seeds] = await Promise.all([createTestDatabase('desk'), copySeeds()]);
});

afterAll(async () => {
  await Promise.all(opened.map((backend) => backend.close()));
  await database?.drop();
  await seeds?.cleanup();
});

describe('SharedNewsDesk over one PostgreSQL database', () => {
  let first: SharedNewsDesk;
  let second: SharedNewsDesk;

  it('three processes starting together on an empty database index it once, and all answer', async () => {
    const desks = await Promise.all([0, 1, 2].map(async () => SharedNewsDesk.open({ seedsDir: seeds.dir, backend: await aProcess() })));
    expect(await generations()).toHaveLength(1);
    for (const desk of desks) expect((await desk.ask('did russia plan to invade?')).status).toBe('found');
    [first, second] = desks as [SharedNewsDesk, SharedNewsDesk];
  });

  it('a process starting on an indexed database answers from it at once, without reindexing', async () => {
    const before = await generations();
    const late = await SharedNewsDesk.open({ seedsDir: seeds.dir, backend: await aProcess() });
    expect(await generations()).toEqual(before);
    expect((await late.sources()).articles.length).toBeGreaterThan(0);
  });

  it('a reindex in one process: the other answers from the old generation meanwhile, is told “busy” if it reindexes too, and switches from its next question', async () => {
    const files = (await readdir(seeds.dir)).filter((file) => file.endsWith('.txt'));
    const file = files[0];
    if (!file) throw new Error('no seed file');
    const original = await readFile(path.join(seeds.dir, file), 'utf8');
    await writeFile(path.join(seeds.dir, file), `${original}\n\nThe zebracrossing committee said it would meet again.\n`);
    try {
      const question = 'what did the zebracrossing committee say?';
      expect((await second.ask(question)).status).not.toBe('found');
      let during: { status: string; busy: string } | null = null;
      const result = await first.reindex({
        onFile: async () => {
          if (during) return;
          during = { status: (await second.ask(question)).status, busy: (await second.reindex()).status };
        },
      });
      expect(result.status).toBe('done');
      expect(during).toEqual({ status: expect.not.stringMatching(/^found$/), busy: 'busy' });
      const switched = new Promise<number>((resolve) => opened[1]?.onSwitch(resolve));
      if (result.status === 'done') expect(result.diff.files.changed).toEqual([file]);
      await Promise.race([switched, new Promise((resolve) => setTimeout(resolve, 2000))]);
      const after = await second.ask(question);
      expect(after.status).toBe('found');
      expect(after.status === 'found' && after.hits[0]?.text).toContain('zebracrossing');
    } finally {
      await writeFile(path.join(seeds.dir, file), original);
    }
  });

  it('a reindex that fails (no readable article left) leaves the current generation answering', async () => {
    const before = await generations();
    const { dir, cleanup } = await copySeeds();
    try {
      for (const file of await readdir(dir)) await rm(path.join(dir, file), { recursive: true });
      await writeFile(path.join(dir, 'empty.txt'), '');
      const emptied = SharedNewsDesk.attach({ seedsDir: dir, backend: await aProcess() });
      const result = await emptied.reindex();
      expect(result.status).toBe('failed');
      expect(result.status === 'failed' && result.reason).toMatch(/^No readable article is left in the seeds folder.*The previous index is still in use\.$/);
      expect(await generations()).toEqual(before);
      expect((await first.ask('did russia plan to invade?')).status).toBe('found');
    } finally {
      await cleanup();
    }
  });

  it('a reindex whose process is killed while reading the files leaves the current generation and frees the lock', async () => {
    const before = await generations();
    const { worker, exited } = await startPausedWorker('tests/helpers/deskReindexWorker.ts', [database.url, seeds.dir]);
    // It holds the lock while it reads: a reindex here is refused...
    expect((await first.reindex()).status).toBe('busy');
    worker.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // ...and once it is dead, nothing of it is left and the lock is free (the server notices the closed socket within moments).
    expect(await generations()).toEqual(before);
    let result = await first.reindex();
    for (let attempt = 0; result.status === 'busy' && attempt < 50; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await first.reindex();
    }
    expect(result.status).toBe('done');
  });

  it('the commands run over it: /ask, /quote, /speakers, /sources and /reindex in the console', async () => {
    expect((await runConsoleLine(first, '/ask did russia plan to invade?')).output).toMatch(/invade/);
    expect((await runConsoleLine(first, '/quote lavrov')).output).toMatch(/^Sergei Lavrov/);
    expect((await runConsoleLine(first, '/speakers')).output).toMatch(/Lavrov/);
    expect((await runConsoleLine(first, '/sources')).output).toMatch(/article\(s\)/);
    expect((await runConsoleLine(first, '/reindex')).output).toMatch(/^Reindexed in \d+ ms: \d+ article/);
  });
});
