import { chmod, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { copySeeds, NEWSER_FILE } from './helpers/seeds.ts';

const NEW_ARTICLE = `Kremlin says troops will stay

By Jane Doe, Example Wire Staff
Posted Mar 15, 2014 9:00 AM EDT

(Example Wire) – Russian Defense Minister Sergei Shoigu said on Saturday that the troops would remain in place. "Our soldiers are not going anywhere," Shoigu told reporters in Moscow. He added that the drills were "routine and planned long ago."
`;

let seeds: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  seeds = await copySeeds();
});
afterEach(async () => {
  await chmod(seeds.dir, 0o755).catch(() => undefined);
  await seeds.cleanup();
});

/** A long article (about 180 KB) whose NLP takes a good fraction of a second: names, titles, quotes, pronouns. */
function heavyArticle(): string {
  const paragraphs = Array.from({ length: 600 }, (_, index) => {
    const name = ['Maria Lopez', 'Tomas Berger', 'Aiko Tanaka', 'Peter Olsen'][index % 4] ?? 'Maria Lopez';
    return `${name}, the harbour director, said on day ${index} that the ferries would keep sailing. "We are ready for the winter," ${name.split(' ')[1]} told reporters, adding that she expected "no delays at all."`;
  });
  return `Harbour officials report on the season\n\nBy Jane Doe, Example Wire Staff\n\n${paragraphs.join('\n\n')}\n`;
}

describe('reindex on a worker thread', () => {
  it('keeps the event loop turning, and answering from the old index, while a heavy file is analysed', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    const expected = JSON.stringify(desk.ask('did Russia plan to invade Ukraine?'));
    await writeFile(path.join(seeds.dir, 'heavy.txt'), heavyArticle());
    let turns = -1; // -1: the heavy file is not reached yet
    let wrong = 0;
    const result = desk.reindex({
      onFile: (file) => {
        if (file === 'heavy.txt') turns = 0;
      },
    });
    let finished = false;
    void result.then(() => (finished = true));
    while (!finished) {
      if (turns >= 0) {
        turns++;
        if (JSON.stringify(desk.ask('did Russia plan to invade Ukraine?')) !== expected) wrong++;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await result).status).toBe('done');
    expect(desk.snapshot.analysed).toEqual(['heavy.txt']);
    expect(desk.quotes('Tanaka').status).toBe('found');
    // On the main thread the analysis of the file was one uninterrupted step (a dozen turns in all);
    // on the worker this thread turns freely meanwhile, answering each time from the old index.
    expect(turns).toBeGreaterThan(200);
    expect(wrong).toBe(0);
  });

  it('stops the worker when the signal aborts: the old index stays, and the next reindex works', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    const before = desk.snapshot;
    await writeFile(path.join(seeds.dir, 'heavy.txt'), heavyArticle());
    const controller = new AbortController();
    const result = await desk.reindex({
      signal: controller.signal,
      onFile: (file) => {
        // Abort once the worker is inside the heavy file's NLP: only terminating the thread stops it there.
        if (file === 'heavy.txt') setTimeout(() => controller.abort(), 20);
      },
    });
    expect(result.status).toBe('cancelled');
    while (desk.isReindexing) await new Promise((resolve) => setImmediate(resolve));
    expect(desk.snapshot).toBe(before);

    const aborted = new AbortController();
    aborted.abort();
    expect((await desk.reindex({ signal: aborted.signal })).status).toBe('cancelled');
    while (desk.isReindexing) await new Promise((resolve) => setImmediate(resolve));
    expect(desk.snapshot).toBe(before);

    const again = await desk.reindex();
    expect(again.status === 'done' && again.diff.files.added).toEqual(['heavy.txt']);
  });
});

describe('reindex', () => {
  it('reports an unchanged folder as unchanged and reuses the analysis', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    const before = desk.snapshot;
    const result = await desk.reindex();
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(result.diff.files).toEqual({ added: [], removed: [], changed: [], unchanged: [expect.any(String), expect.any(String)] });
    expect(result.diff.passages.added).toBe(0);
    expect(result.diff.passages.removed).toBe(0);
    expect(result.diff.quotes).toEqual({ added: 0, removed: 0, unchanged: before.quotes.length });
    expect(desk.snapshot.analysed).toEqual([]); // every analysis reused, none run again
    expect(desk.snapshot.analyses).toEqual(before.analyses);
  });

  it('adds a new article, with its quotes and speaker, and reports it', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    await writeFile(path.join(seeds.dir, '010_new.txt'), NEW_ARTICLE);
    const result = await desk.reindex();
    expect(result.status === 'done' && result.diff.files.added).toEqual(['010_new.txt']);
    if (result.status === 'done') expect(result.diff.quotes.added).toBeGreaterThanOrEqual(2);
    const quotes = desk.quotes('Shoigu');
    expect(quotes.status).toBe('found');
    if (quotes.status === 'found') {
      expect(quotes.speaker.name).toBe('Sergei Shoigu');
      expect(quotes.quotes.map((quote) => quote.text)).toEqual(expect.arrayContaining(['Our soldiers are not going anywhere', 'routine and planned long ago.']));
      expect(quotes.quotes[0]?.citation.publication).toBe('Example Wire');
    }
  });

  it('reports changed and removed files', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    const newserPath = path.join(seeds.dir, NEWSER_FILE);
    await writeFile(newserPath, (await readFile(newserPath, 'utf8')).replace('not good', 'not good at all'));
    const other = desk.snapshot.articles.find((article) => article.file !== NEWSER_FILE)?.file ?? '';
    await rm(path.join(seeds.dir, other));
    const result = await desk.reindex();
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(result.diff.files.changed).toEqual([NEWSER_FILE]);
    expect(result.diff.files.removed).toEqual([other]);
    expect(result.diff.passages.added).toBe(1); // the edited sentence
    expect(desk.ask('Kerry Lavrov talks').status).toBe('found');
  });

  it('skips broken files with a reason and keeps the rest', async () => {
    await writeFile(path.join(seeds.dir, 'empty.txt'), '');
    await writeFile(path.join(seeds.dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254]));
    await writeFile(path.join(seeds.dir, 'no-punctuation.txt'), `Headline\n\n${'word '.repeat(3000)}`);
    await writeFile(path.join(seeds.dir, 'quotes.txt'), `Many marks\n\n${'"'.repeat(4000)} and “unbalanced ”” quotes “ everywhere`);
    await symlink('/etc/passwd', path.join(seeds.dir, 'passwd.txt'));
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    const skipped = Object.fromEntries(desk.sources().skipped.map((entry) => [entry.file, entry.reason]));
    expect(skipped['empty.txt']).toMatch(/empty/);
    expect(skipped['binary.txt']).toMatch(/binary/);
    expect(skipped['passwd.txt']).toMatch(/outside the seeds folder/);
    expect(desk.sources().articles.map((article) => article.file)).toEqual(expect.arrayContaining(['000_ec1f188a19dd9732.txt', NEWSER_FILE, 'no-punctuation.txt', 'quotes.txt']));
    expect(desk.quotes('Lavrov').status).toBe('found');
  });

  it('skips a 50 MB file without reading it, and a file removed mid-reindex', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    await writeFile(path.join(seeds.dir, 'zz-huge.txt'), '');
    await truncate(path.join(seeds.dir, 'zz-huge.txt'), 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    await writeFile(path.join(seeds.dir, 'zz-vanishing.txt'), NEW_ARTICLE);
    const result = await desk.reindex({
      onFile: async (file) => {
        if (file === 'zz-huge.txt') await rm(path.join(seeds.dir, 'zz-vanishing.txt'));
      },
    });
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    const skipped = Object.fromEntries(result.diff.skipped.map((entry) => [entry.file, entry.reason]));
    expect(skipped['zz-huge.txt']).toMatch(/too large \(50\.0 MiB; the limit is 2\.0 MiB\)/);
    expect(skipped['zz-vanishing.txt']).toMatch(/could not be read \(ENOENT\)/);
    expect(result.diff.files.unchanged).toHaveLength(2);
  });

  it('keeps serving the old index while a reindex runs, and swaps atomically', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    await writeFile(path.join(seeds.dir, '010_new.txt'), NEW_ARTICLE);
    const answersDuringRebuild: string[] = [];
    const result = await desk.reindex({
      onFile: () => {
        // Mid-rebuild, queries see the complete old corpus: Lavrov is there, Shoigu is not yet.
        answersDuringRebuild.push(desk.quotes('Lavrov').status, desk.quotes('Shoigu').status);
      },
    });
    expect(result.status).toBe('done');
    expect(answersDuringRebuild).toEqual(['found', 'unknown-speaker', 'found', 'unknown-speaker', 'found', 'unknown-speaker']);
    expect(desk.quotes('Shoigu').status).toBe('found');
  });

  it('refuses a second reindex while one runs', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    let startSecond: (result: Promise<unknown>) => void = () => undefined;
    const second = new Promise<unknown>((resolve) => (startSecond = resolve));
    let asked = false;
    const first = desk.reindex({
      onFile: () => {
        if (!asked) startSecond(desk.reindex());
        asked = true;
      },
    });
    expect(desk.isReindexing).toBe(true);
    expect(await second).toEqual({ status: 'busy' });
    expect((await first).status).toBe('done');
    expect(desk.isReindexing).toBe(false);
  });

  it('stops when its AbortSignal is aborted: answers “cancelled” at once and never swaps the new index in', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    const before = desk.snapshot;
    await writeFile(path.join(seeds.dir, '010_new.txt'), NEW_ARTICLE);
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const result = desk.reindex({
      signal: controller.signal,
      onFile: async () => {
        controller.abort();
        await held;
      },
    });
    expect((await result).status).toBe('cancelled');
    release();
    while (desk.isReindexing) await new Promise((resolve) => setImmediate(resolve));
    expect(desk.snapshot).toBe(before);
    expect((await desk.reindex()).status).toBe('done'); // the next one runs normally
    expect(desk.snapshot.articles).toHaveLength(3);
  });

  it('keeps the old index when the rebuild fails midway', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    const before = desk.snapshot;
    const result = await desk.reindex({
      onFile: () => {
        throw new Error('disk vanished');
      },
    });
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.reason).toMatch(/disk vanished.*previous index is still in use/);
    expect(desk.snapshot).toBe(before);
    expect(desk.quotes('Lavrov').status).toBe('found');
  });

  it('says plainly that nothing is indexed yet when the folder starts empty', async () => {
    const empty = await copySeeds();
    try {
      for (const article of (await NewsDesk.open({ seedsDir: empty.dir, cacheDir: false })).snapshot.articles) await rm(path.join(empty.dir, article.file));
      const desk = await NewsDesk.open({ seedsDir: empty.dir, cacheDir: false });
      const result = desk.ask('Russia');
      expect(result.status === 'invalid' && result.reason).toMatch(/^No articles are indexed yet/);
      await writeFile(path.join(empty.dir, '010_new.txt'), NEW_ARTICLE);
      expect((await desk.reindex()).status).toBe('done');
      expect(desk.ask('troops').status).toBe('found');
    } finally {
      await empty.cleanup();
    }
  });

  it('keeps the old index when no readable article is left, or the folder is gone', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    for (const article of desk.snapshot.articles) await writeFile(path.join(seeds.dir, article.file), '');
    const emptied = await desk.reindex();
    expect(emptied.status).toBe('failed');
    if (emptied.status === 'failed') expect(emptied.reason).toMatch(/No readable article.*is empty/);
    await seeds.cleanup();
    const gone = await desk.reindex();
    expect(gone.status).toBe('failed');
    if (gone.status === 'failed') {
      expect(gone.reason).toMatch(/cannot be read \(ENOENT\)/);
      expect(gone.reason).not.toContain(seeds.dir); // moderators on Discord see this: no server paths
    }
    expect(desk.quotes('Lavrov').status).toBe('found');
  });

  it('keeps per-article quote counts in the snapshot, and /sources reports them, also after a reindex', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    await writeFile(path.join(seeds.dir, '010_new.txt'), NEW_ARTICLE);
    expect((await desk.reindex()).status).toBe('done');
    const snapshot = desk.snapshot;
    const counted = new Map<string, number>();
    for (const quote of snapshot.quotes) counted.set(quote.citation.articleId, (counted.get(quote.citation.articleId) ?? 0) + 1);
    expect(snapshot.quoteCounts).toEqual(counted);
    const sources = desk.sources();
    expect(sources.articles.map((article) => [article.id, article.quotes])).toEqual(snapshot.articles.map((article) => [article.id, counted.get(article.id) ?? 0]));
    expect(sources.articles.find((article) => article.file === '010_new.txt')?.quotes).toBeGreaterThanOrEqual(2);
    expect(sources.articles.reduce((sum, article) => sum + article.quotes, 0)).toBe(snapshot.quotes.length);
  });

  it('answers every query correctly while reindexing', async () => {
    const desk = await NewsDesk.open({ seedsDir: seeds.dir });
    const expected = JSON.stringify(desk.ask('did Russia plan to invade Ukraine?'));
    let checked = 0;
    const running = desk.reindex();
    while (desk.isReindexing) {
      expect(JSON.stringify(desk.ask('did Russia plan to invade Ukraine?'))).toBe(expected);
      checked++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await running;
    expect(checked).toBeGreaterThan(0);
  });
});
