import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexBackend, IndexContent } from '../src/core/indexBackend.ts';
import { buildSnapshot, type Snapshot } from '../src/core/snapshot.ts';
import { ReindexBusyError } from '../src/postgres/errors.ts';
import { prefixUpperBound } from '../src/postgres/generationView.ts';
import { migrate } from '../src/postgres/migrate.ts';
import { quoteLexeme, toTsvector } from '../src/postgres/tsvector.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { toTerm, toTerms } from '../src/search/terms.ts';
import { createTestDatabase } from './helpers/postgres.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';
import { startPausedWorker } from './helpers/entryPoint.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

let snapshot: Snapshot;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let index: PostgresIndex;

beforeAll(async () => {
  [snapshot, database] = await Promise.all([buildSnapshot({ seedsDir: SEEDS_DIR, includeComments: false }), createTestDatabase('index')]);
  index = await PostgresIndex.open({ connectionString: database.url });
});

afterAll(async () => {
  await index?.close();
  await database?.drop();
});

/** The seeds with one passage reworded: a generation that differs from the snapshot's in a way a reader can see. */
function edited(content: Snapshot, marker: string): IndexContent {
  const [first] = content.passages.values();
  if (!first) throw new Error('the seeds have no passage');
  const passages = new Map(content.passages);
  passages.set(first.id, { ...first, text: `${first.text} ${marker}` });
  return { ...content, passages };
}

async function rowsOfGeneration(generation: number): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    let rows = 0;
    for (const table of ['articles', 'passages', 'quotes', 'speakers', 'term_stats']) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE generation = $1`, [generation]);
      rows += Number(result.rows[0]?.n);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** Every migration the project ships, in the order they apply. */
async function migrationFiles(): Promise<string[]> {
  return (await readdir(path.join(ROOT, 'src/postgres/migrations'))).filter((name) => name.endsWith('.sql')).sort();
}

describe('PostgreSQL index: migrations', () => {
  it('creates the tables once; a second run applies nothing', async () => {
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      expect(await migrate(pool)).toEqual([]);
      const tables = await pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
      expect(tables.rows.map((row) => row.name)).toEqual([
        'articles',
        'current_generation',
        'generations',
        'passages',
        'quotes',
        'schema_migrations',
        'speakers',
        'term_stats',
        'vocabularies',
      ]);
      const applied = await pool.query<{ name: string }>('SELECT name FROM schema_migrations');
      expect(applied.rows.map((row) => row.name).sort()).toEqual(await migrationFiles());
    } finally {
      await pool.end();
    }
  });
});

describe('PostgreSQL index: migrations on a new database', () => {
  it('processes starting together apply each file once; a failing file leaves nothing applied', async () => {
    const fresh = await createTestDatabase('migrate');
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: fresh.url, max: 1 }));
    const extra = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-migrations-'));
    try {
      const shipped = await migrationFiles();
      const applied = await Promise.all(pools.map((pool) => migrate(pool)));
      expect(applied.flat().sort()).toEqual(shipped);

      // A later file that fails halfway: its first statement is rolled back with it.
      await cp(path.join(ROOT, 'src/postgres/migrations'), extra, { recursive: true });
      await writeFile(path.join(extra, '900_broken.sql'), 'CREATE TABLE half_done (id integer);\nSELECT no_such_function();\n');
      const [pool] = pools;
      if (!pool) throw new Error('no pool');
      await expect(migrate(pool, extra)).rejects.toThrow(/no_such_function/);
      const left = await pool.query("SELECT to_regclass('half_done') AS half_done, (SELECT count(*) FROM schema_migrations)::integer AS applied");
      expect(left.rows[0]).toEqual({ half_done: null, applied: shipped.length });
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await rm(extra, { recursive: true, force: true });
      await fresh.drop();
    }
  });
});

describe('PostgreSQL index: generations', () => {
  it('reads back exactly the snapshot it wrote', async () => {
    const written = await index.write(snapshot);
    const view = await index.current();
    expect(view?.generation).toBe(written.generation);
    if (!view) return;
    expect(view.passageCount).toBe(snapshot.passages.size);
    expect(await view.articles()).toEqual(snapshot.articles);
    expect(await view.speakers()).toEqual(snapshot.speakers);
    expect(await view.quotes()).toEqual(snapshot.quotes);
    for (const passage of snapshot.passages.values()) expect(await view.passage(passage.id)).toEqual(passage);
    const someone = snapshot.speakers.find((speaker) => speaker.quoteCount > 0);
    expect(someone).toBeDefined();
    if (someone) expect(await view.quotes(someone.id)).toEqual(snapshot.quotes.filter((quote) => quote.speakerId === someone.id));
    expect(await view.passage('no-such-file#p1.s1')).toBeNull();
  });

  it('answers from the old generation until the new one is committed, then from the new one only', async () => {
    await index.write(snapshot);
    const before = await index.current();
    if (!before) throw new Error('nothing indexed');
    const [first] = snapshot.passages.values();
    if (!first) throw new Error('no passage');
    let duringWrite: { generation: number | undefined; text: string | undefined } | null = null;
    const written = await index.write(edited(snapshot, 'zebracrossingmarker'), {
      onProgress: async ({ table }) => {
        if (table !== 'quotes' || duringWrite) return;
        // Another process's view while the new rows exist but are uncommitted.
        const other = await PostgresIndex.open({ connectionString: database.url });
        try {
          const view = await other.current();
          duringWrite = { generation: view?.generation, text: (await view?.passage(first.id))?.text };
        } finally {
          await other.close();
        }
      },
    });
    expect(duringWrite).toEqual({ generation: before.generation, text: first.text });
    const after = await index.current();
    expect(after?.generation).toBe(written.generation);
    expect(written.previous).toBe(before.generation);
    expect((await after?.passage(first.id))?.text).toMatch(/zebracrossingmarker$/);
    expect((await after?.query('zebracrossingmarker', 5, {}))?.map((hit) => hit.id)).toEqual([first.id]);
    // A question that pinned the previous generation finishes on it.
    expect((await before.passage(first.id))?.text).toBe(first.text);
    expect(await before.query('zebracrossingmarker', 5, {})).toEqual([]);
  });

  it('keeps the replaced generation for questions in flight and deletes older ones', async () => {
    const oldest = await index.write(snapshot);
    const middle = await index.write(snapshot);
    const newest = await index.write(snapshot);
    expect(await rowsOfGeneration(oldest.generation)).toBe(0);
    expect(await rowsOfGeneration(middle.generation)).toBeGreaterThan(0);
    expect(await rowsOfGeneration(newest.generation)).toBeGreaterThan(0);
  });

  it('tells another process of the switch by NOTIFY', async () => {
    const other = await PostgresIndex.open({ connectionString: database.url });
    try {
      const heard = new Promise<number>((resolve) => other.onSwitch(resolve));
      const written = await index.write(snapshot);
      expect(await heard).toBe(written.generation);
      expect(other.knownGeneration).toBe(written.generation);
    } finally {
      await other.close();
    }
  });

  it('refuses a second reindex while one is writing, in this process or another', async () => {
    const other = await PostgresIndex.open({ connectionString: database.url });
    try {
      let refused: unknown = null;
      const written = await index.write(snapshot, {
        onProgress: async ({ table }) => {
          if (table === 'articles' && refused === null)
            refused = await other.write(snapshot).then(
              () => 'written',
              (error: unknown) => error,
            );
        },
      });
      expect(refused).toBeInstanceOf(ReindexBusyError);
      expect((await index.current())?.generation).toBe(written.generation);
      // The lock goes with the transaction: the other process may reindex now.
      const next = await other.write(snapshot);
      expect(next.previous).toBe(written.generation);
    } finally {
      await other.close();
    }
  });

  it('an aborted reindex rolls back and leaves the current generation untouched', async () => {
    const before = await index.write(snapshot);
    const controller = new AbortController();
    let attempted = 0;
    const failed = await index
      .write(edited(snapshot, 'abortedmarker'), {
        signal: controller.signal,
        onProgress: ({ table }) => {
          attempted = Math.max(attempted, table === 'speakers' ? 1 : 0);
          if (table === 'speakers') controller.abort();
        },
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(attempted).toBe(1);
    expect(failed).toMatchObject({ name: 'AbortError' });
    const view = await index.current();
    expect(view?.generation).toBe(before.generation);
    expect(await view?.query('abortedmarker', 5, {})).toEqual([]);
    expect(await rowsOfGeneration(before.generation + 1)).toBe(0);
  });

  it('a reindex whose process is killed midway leaves nothing behind and frees the lock', async () => {
    const before = await index.write(snapshot);
    const { worker, exited } = await startPausedWorker('tests/helpers/reindexWorker.ts', [database.url, SEEDS_DIR]);
    // Mid-transaction in the other process: its lock is held, so this one is refused...
    await expect(index.write(snapshot)).rejects.toBeInstanceOf(ReindexBusyError);
    worker.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // ...and once it is dead, PostgreSQL rolls its transaction back and releases the lock.
    const view = await index.current();
    expect(view?.generation).toBe(before.generation);
    expect(await rowsOfGeneration(before.generation + 1)).toBe(0);
    const after = await writeWhenLockFree(index, snapshot);
    expect(after.previous).toBe(before.generation);
  });
});

/** The server notices a killed client's socket closing within moments, not synchronously. */
async function writeWhenLockFree(target: IndexBackend, content: IndexContent) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await target.write(content);
    } catch (error) {
      if (!(error instanceof ReindexBusyError) || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('PostgreSQL index: tsvector literals', () => {
  it("round-trip every term as written, whatever its characters, and stay within PostgreSQL's limits", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const odd = ["it's", 'back\\slash', "''", 'zürich', 'жар', 'un_org', 'a:b', 'x y', '1.5', '&|!'];
      const many = Array.from({ length: 20_000 }, (_, at) => (at % 2 === 0 ? 'often' : `w${at % 500}`));
      const terms = { text: [...odd, ...many], speakers: ['spoken', "it's"] };
      const result = await client.query<{ lexemes: string[]; speaker: boolean; text: boolean }>(
        `SELECT tsvector_to_array($1::tsvector) AS lexemes, $1::tsvector @@ $2::tsquery AS speaker, $1::tsvector @@ $3::tsquery AS text`,
        [toTsvector(terms), `${quoteLexeme("it's")}:A`, `${quoteLexeme('spoken')}:B`],
      );
      const row = result.rows[0];
      expect(new Set(row?.lexemes)).toEqual(new Set([...terms.text, ...terms.speakers]));
      expect(row?.speaker).toBe(true); // "it's" is also a speaker term (weight A)
      expect(row?.text).toBe(false); // "spoken" is only a speaker term
      // Every question term that is a passage term finds it, quoting and all.
      for (const term of odd) {
        const found = await client.query<{ hit: boolean }>('SELECT $1::tsvector @@ $2::tsquery AS hit', [toTsvector(terms), `${quoteLexeme(term)}:B`]);
        expect(found.rows[0]?.hit, term).toBe(true);
      }
    } finally {
      await client.end();
    }
  });
});

describe('PostgreSQL index: candidates', () => {
  it('counts the terms under a prefix with an index range that agrees with starts_with, for any script', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const words = ['annex', 'zürich', 'zu', 'жар', 'ωμέγα', 'z', '9', 'a\u{10FFFF}b', '\u{10FFFF}'];
      const prefixes = ['ann', 'zü', 'z', 'ж', 'ωμ', 'a\u{10FFFF}', '\u{10FFFF}', '9'];
      for (const prefix of prefixes) {
        const upper = prefixUpperBound(prefix);
        const result = await client.query<{ ranged: number; expected: number }>(
          `SELECT count(*) FILTER (WHERE w ~>=~ $2 AND ($3::text IS NULL OR w ~<~ $3))::integer AS ranged,
                  count(*) FILTER (WHERE starts_with(w, $2))::integer AS expected
           FROM unnest($1::text[]) AS w`,
          [words, prefix, upper],
        );
        expect(result.rows[0]?.ranged, prefix).toBe(result.rows[0]?.expected);
      }
    } finally {
      await client.end();
    }
  });

  it('matches a speaker by name in passages that only say "he", and ranks rare words above common ones', async () => {
    const view = await index.current();
    if (!view) throw new Error('nothing indexed');
    const quoted = snapshot.quotes.find((quote) => quote.speakerId && !snapshot.passages.get(quote.passageId)?.text.includes(quote.speakerId.split('-').at(-1) ?? ''));
    expect(quoted).toBeDefined();
    const speaker = snapshot.speakers.find((candidate) => candidate.id === quoted?.speakerId);
    if (!quoted || !speaker) return;
    const byName = await view.query(speaker.name, 200, {});
    expect(byName.map((hit) => hit.id)).toContain(quoted.passageId);
    const stats = await view.termStats(() => [...toTerms(speaker.name), 'zzzqqq']);
    for (const term of toTerms(speaker.name)) expect(stats.hasTerm(term), term).toBe(true);
    expect(stats.hasTerm('zzzqqq')).toBe(false);
    expect(await view.query('', 10, {})).toEqual([]);

    // A word in one passage outranks one in many: each term counts by its rarity.
    const frequency = new Map<string, number>();
    for (const passage of snapshot.passages.values()) for (const term of new Set(toTerms(passage.text))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    const byFrequency = [...frequency].sort((a, b) => a[1] - b[1]);
    // Terms that are their own stem, so they can be asked as words.
    const asWord = ([term]: [string, number]) => toTerm(term) === term;
    const [rare] = byFrequency.find((entry) => entry[0].length < 4 && asWord(entry)) ?? [];
    const [common] = byFrequency.filter(asWord).at(-1) ?? [];
    if (!rare || !common) throw new Error('no terms');
    const [top] = await view.query(`${common} ${rare}`, 5, {});
    expect(top?.queryTerms).toContain(rare);
    expect(await view.query('zzzqqq', 10, { isKnownTerm: () => false })).toEqual([]);
  });
});
