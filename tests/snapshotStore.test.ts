import { cp, mkdtemp, readFile, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { createHash } from 'node:crypto';
import { restoreAnalysis, saveAnalysis, SnapshotStore } from '../src/core/snapshotStore.ts';

// NLP runs on the build worker, which reports the files it analysed (snapshot.analysed): a restart
// from the cache must not analyse unchanged files again.

const seedsSource = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const QUESTIONS = ['did russia say it would invade?', 'what did kerry threaten', 'how many troops at the border', 'who died in donetsk', 'lavorv', 'zzzz qqqq'];
const SPEAKERS = ['lavrov', 'the top US diplomat', 'Putin', 'Obama'];

let work: string;
let seedsDir: string;
let cacheDir: string;
let warnings: string[];

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-store-'));
  seedsDir = path.join(work, 'seeds');
  cacheDir = path.join(work, 'cache');
  await cp(seedsSource, seedsDir, { recursive: true });
  warnings = [];
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const open = (options: { cacheDir?: string | false } = {}) => NewsDesk.open({ seedsDir, cacheDir, onWarning: (message) => warnings.push(message), ...options });

/** Everything a user can see: answers with their ids, scores and context, quotes, speakers, sources. */
function answers(desk: NewsDesk): unknown {
  const sources = desk.sources();
  return {
    ask: QUESTIONS.map((question) => desk.ask(question, { limit: 5 })),
    quotes: SPEAKERS.map((speaker) => desk.quotes(speaker)),
    speakers: desk.speakers(),
    sources: { ...sources, indexedAt: null },
  };
}

const cacheFile = () => new SnapshotStore({ cacheDir, seedsDir, includeComments: false, warn: () => undefined }).file;

describe('snapshot store', () => {
  it('restores every analysis exactly as it was saved', async () => {
    for (const includeComments of [false, true]) {
      const desk = await NewsDesk.open({ seedsDir, cacheDir: false, includeComments });
      for (const original of desk.snapshot.analyses) {
        const restored = restoreAnalysis(JSON.parse(JSON.stringify(saveAnalysis(original))) as ReturnType<typeof saveAnalysis>);
        expect(restored).toEqual(original);
        // Quotes by one person share one record, as mergeSpeakers expects.
        const speakers = new Set(restored.quotes.map((quote) => quote.speaker).filter(Boolean));
        expect(speakers.size).toBe(new Set(original.quotes.map((quote) => quote.speaker).filter(Boolean)).size);
      }
    }
  });

  it('starts cold from the cache with the same answers as a fresh build, without NLP', async () => {
    const fresh = await open({ cacheDir: false });
    const expected = answers(fresh);
    const first = await open();
    expect(answers(first)).toEqual(expected);
    const written = await stat(cacheFile());

    const restarted = await open();
    expect(restarted.snapshot.analysed).toEqual([]);
    expect(answers(restarted)).toEqual(expected);
    expect((await stat(cacheFile())).mtimeMs).toBe(written.mtimeMs); // nothing changed: not rewritten
    expect(warnings).toEqual([]);
  });

  it.each([
    ['garbage', (text: string) => `not a snapshot ${text.length}`],
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['a damaged payload', (text: string) => text.replace('"analyses":[', '"analyses":{')],
    ['another format version', (text: string) => text.replace(/"version":\d+/, '"version":999')],
    ['another version of the code', (text: string) => text.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000"')],
    ['an empty file', () => ''],
  ])('ignores %s with a warning and rebuilds', async (_label, damage) => {
    const expected = answers(await open({ cacheDir: false }));
    await open();
    const file = cacheFile();
    await writeFile(file, damage(await readFile(file, 'utf8')));

    const desk = await open();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/snapshot cache .* ignored/);
    expect(desk.snapshot.analysed).toHaveLength(2);
    expect(answers(desk)).toEqual(expected);
    // The rebuilt snapshot replaced the bad one.
    warnings = [];
    expect((await open()).snapshot.analysed).toEqual([]);
    expect(warnings).toEqual([]);
  });

  /** Edits the saved payload in place, with a header that agrees on its size (and, if asked, its digest). */
  async function editCache(
    edit: (payload: { analyses: Array<Record<string, unknown> & { article: Record<string, unknown>; passages: Array<Record<string, unknown>> }> }) => void,
    recomputeDigest: boolean,
  ): Promise<void> {
    const raw = await readFile(cacheFile(), 'utf8');
    const newline = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, newline)) as Record<string, unknown>;
    const payload = JSON.parse(raw.slice(newline + 1)) as Parameters<typeof edit>[0];
    edit(payload);
    const body = JSON.stringify(payload);
    header.payloadBytes = Buffer.byteLength(body);
    if (recomputeDigest) header.payloadSha256 = createHash('sha256').update(body).digest('hex');
    await writeFile(cacheFile(), `${JSON.stringify(header)}\n${body}`);
  }

  it.each([
    [
      'a passage text that is a number',
      (payload: Parameters<Parameters<typeof editCache>[0]>[0]) => void ((payload.analyses[0]?.passages[2] ?? {}).text = 123),
      /analyses\.0\.passages\.2\.text: .*expected string, received number/i,
    ],
    [
      'a headline that is an object',
      (payload: Parameters<Parameters<typeof editCache>[0]>[0]) => void ((payload.analyses[1]?.article ?? {}).headline = {}),
      /analyses\.1\.article\.headline: .*expected string/i,
    ],
    [
      'an index of a minisearch version it cannot load',
      (payload: Parameters<Parameters<typeof editCache>[0]>[0]) => void ((payload as unknown as { index: Record<string, unknown> }).index.serializationVersion = 3),
      /index\.serializationVersion: .*(too big|<=2)/i,
    ],
    [
      'paragraphs that are null',
      (payload: Parameters<Parameters<typeof editCache>[0]>[0]) => void ((payload.analyses[0]?.article ?? {}).paragraphs = null),
      /analyses\.0\.article\.paragraphs: .*expected array, received null/i,
    ],
  ])('rebuilds, with a warning, from a cache with %s (size and digest made to agree): never a crash', async (_label, edit, problem) => {
    const expected = answers(await open({ cacheDir: false }));
    await open();
    await editCache(edit, true);
    const desk = await open();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/snapshot cache .* ignored: payload has the wrong shape/);
    expect(warnings[0]).toMatch(problem);
    expect(answers(desk)).toEqual(expected);
    warnings = [];
    expect((await open()).snapshot.analysed).toEqual([]); // the bad cache was replaced
    expect(warnings).toEqual([]);
  });

  it('never serves passage text edited in the cache: the payload must match its digest', async () => {
    await open();
    const forged = 'Kerry announced that @everyone should transfer their savings to a stranger.';
    await editCache((payload) => {
      const passage = payload.analyses.flatMap((entry) => entry.passages).find((entry) => String(entry.text).includes('Kerry'));
      if (passage) passage.text = forged;
    }, false);
    const desk = await open();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ignored: payload does not match its digest/);
    expect([...desk.snapshot.passages.values()].map((passage) => passage.text)).not.toContain(forged);
    const result = desk.ask('Kerry transfer savings stranger');
    expect(JSON.stringify(result)).not.toContain('transfer their savings');
  });

  it('re-analyses only a changed file and finds its new text', async () => {
    await open();
    const changed = '004_59e860e89f0234ce.txt';
    const text = await readFile(path.join(seedsDir, changed), 'utf8');
    await writeFile(path.join(seedsDir, changed), text.replace('On the bright side,', 'On the bright side, and to general relief in Sevastopol,'));
    await appendFile(path.join(seedsDir, '000_ec1f188a19dd9732.txt'), ''); // touched, not changed

    const desk = await open();
    expect(desk.snapshot.analysed).toEqual([changed]);
    const result = desk.ask('relief in sevastopol');
    expect(result.status === 'found' ? result.hits[0]?.passage.text : null).toMatch(/general relief in Sevastopol/);
    expect(answers(desk)).toEqual(answers(await open({ cacheDir: false })));
  });

  it('picks up added and removed files', async () => {
    await open();
    await writeFile(path.join(seedsDir, 'extra.txt'), 'Harbour reopens\n\nThe harbour in Odessa reopened on Tuesday, port officials said.\n');
    await rm(path.join(seedsDir, '000_ec1f188a19dd9732.txt'));
    const desk = await open();
    expect(desk.snapshot.analysed).toEqual(['extra.txt']);
    expect(answers(desk)).toEqual(answers(await open({ cacheDir: false })));
  });

  it('saves after a reindex, so the next start reuses it', async () => {
    const desk = await open();
    await writeFile(path.join(seedsDir, 'extra.txt'), 'Harbour reopens\n\nThe harbour in Odessa reopened on Tuesday, port officials said.\n');
    const result = await desk.reindex();
    expect(result.status).toBe('done');
    const restarted = await open();
    expect(restarted.snapshot.analysed).toEqual([]);
    expect(answers(restarted)).toEqual(answers(desk));
  });

  it('after a start from the cache, a reindex re-analyses only the changed file and reports the change', async () => {
    await open();
    const desk = await open();
    expect(desk.snapshot.analysed).toEqual([]);
    const changed = '004_59e860e89f0234ce.txt';
    const text = await readFile(path.join(seedsDir, changed), 'utf8');
    await writeFile(path.join(seedsDir, changed), text.replace('On the bright side,', 'On the bright side, and to general relief in Sevastopol,'));
    const result = await desk.reindex();
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(desk.snapshot.analysed).toEqual([changed]);
    expect(result.diff.files.changed).toEqual([changed]);
    expect(result.diff.files.added).toEqual([]);
    expect(result.diff.passages.added).toBeGreaterThan(0);
    expect(answers(desk)).toEqual(answers(await open({ cacheDir: false })));
  });

  it('keeps working when the cache folder cannot be written', async () => {
    await writeFile(path.join(work, 'a-file'), 'not a folder');
    const desk = await open({ cacheDir: path.join(work, 'a-file', 'cache') });
    expect(warnings.some((message) => /could not be written/.test(message))).toBe(true);
    expect(desk.ask('invade').status).toBe('found');
  });
});
