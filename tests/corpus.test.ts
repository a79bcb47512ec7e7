import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { parseNewsDate } from '../src/corpus/parseDate.ts';
import { readSeedFile } from '../src/corpus/readSeedFile.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { printable } from '../src/domain/printable.ts';
import type { Article } from '../src/domain/article.ts';
import { AFP_FILE, copySeeds, NEWSER_FILE, SEEDS_DIR } from './helpers/seeds.ts';

async function parseSeed(file: string): Promise<Article> {
  const read = await readSeedFile(SEEDS_DIR, file);
  if (!read.ok) throw new Error(read.reason);
  return parseArticle({ file, text: read.text, contentHash: read.contentHash });
}

describe('parsing the seed articles', () => {
  it('finds the Newser article’s headline, standfirst, byline, publication and date', async () => {
    const article = await parseSeed(NEWSER_FILE);
    expect(article.headline).toBe('US, Russia Talks on Crimea Flop');
    expect(article.standfirst).toBe("'We have no common vision,' says Russia's foreign minister");
    expect(article.byline).toBe('John Johnson');
    expect(article.publication).toBe('Newser');
    expect(article.dateText).toBe('Mar 14, 2014 12:34 PM CDT');
    expect(article.dateIso).toBe('2014-03-14T12:34-05:00');
  });

  it('keeps the photo caption as a caption, without the photo credit', async () => {
    const article = await parseSeed(NEWSER_FILE);
    expect(article.captions).toEqual(['Russian Foreign Minister Sergei Lavrov, left, and US Secretary of State John Kerry stand together before a meeting in London Friday.']);
    expect(article.paragraphs.join(' ')).not.toContain('AP Photo');
  });

  it('strips the (Newser) dateline and ends the body before the page furniture', async () => {
    const article = await parseSeed(NEWSER_FILE);
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[0]).toMatch(/^John Kerry and his Russian counterpart/);
    expect(article.paragraphs[1]).toMatch(/see Russia as a threat to the US\.$/);
    for (const furniture of ['More From Newser', 'To report an error on this story,', 'Show results without voting', 'You Might Like']) {
      expect(article.droppedLines).toContain(furniture);
      expect(article.paragraphs.join('\n')).not.toContain(furniture);
    }
  });

  it('separates the three dated reader comments from the article', async () => {
    const article = await parseSeed(NEWSER_FILE);
    expect(article.comments.map((comment) => comment.dateText)).toEqual(['Mar 16, 2014 2:11 PM CDT', 'Mar 16, 2014 9:09 AM CDT', 'Mar 15, 2014 8:34 PM CDT']);
    expect(article.comments[0]?.text).toMatch(/^Rhetorical question:/);
    expect(article.paragraphs.join(' ')).not.toContain('Rhetorical question');
    expect(article.paragraphs.join(' ')).not.toContain('dumocrats');
  });

  it('reads the AFP-style article: crumbs dropped, caption and share row recognised, no publication invented', async () => {
    const article = await parseSeed(AFP_FILE);
    expect(article.headline).toBe('US, Russia have “no common vision” on Ukraine');
    expect(article.publication).toBeNull();
    expect(article.dateText).toBeNull();
    expect(article.captions).toEqual(['John Kerry and Sergei Lavrov']);
    expect(article.droppedLines).toEqual(['News World', 'Twitter Facebook Reddit Pinterest Email']);
    expect(article.paragraphs).toHaveLength(18);
    expect(article.paragraphs[0]).toMatch(/^The United States and Russia have failed/);
    expect(article.paragraphs[17]).toMatch(/^Sunday’s vote gives residents of Crimea only two choices/);
  });
});

describe('news dates', () => {
  it.each([
    ['Mar 14, 2014 12:34 PM CDT', '2014-03-14T12:34-05:00'],
    ['Mar 16, 2014 9:09 AM CDT', '2014-03-16T09:09-05:00'],
    ['March 14, 2014', '2014-03-14'],
    ['Sept. 3, 2015 12:05 AM EDT', '2015-09-03T00:05-04:00'],
    ['Sep 3, 2015', '2015-09-03'],
    ['DECEMBER 31, 1961', '1961-12-31'],
  ])('parses %s', (text, iso) => expect(parseNewsDate(text)).toBe(iso));

  it('rejects text that is not a date', () => {
    expect(parseNewsDate('Showing 3 of 60 comments')).toBeNull();
    expect(parseNewsDate('Foo 45, 2014')).toBeNull();
    // A word that only begins like a month is not one.
    expect(parseNewsDate('Marching 3, 2014')).toBeNull();
    expect(parseNewsDate('Mayor 3, 2014')).toBeNull();
  });
});

describe('reading files defensively', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  async function fixture(name: string, content: string | Buffer): Promise<string> {
    dir = dir || (await mkdtemp(path.join(tmpdir(), 'newsdesk-read-')));
    await writeFile(path.join(dir, name), content);
    return name;
  }

  it.each([
    ['empty.txt', '', /empty/],
    ['blank.txt', '  \n\n\t \n', /empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['latin1.txt', Buffer.from('Caf\xe9 au lait, na\xefve', 'latin1'), /UTF-8/],
    ['control.txt', Buffer.from('\u0001\u0002\u0003\u0004abc'.repeat(50)), /binary/],
  ])('skips %s with a reason', async (name, content, reason) => {
    const file = await fixture(name, content);
    const read = await readSeedFile(dir, file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('refuses a file over the size limit without reading it all', async () => {
    const file = await fixture('huge.txt', Buffer.alloc(3 * 1024 * 1024, 'a'));
    const read = await readSeedFile(dir, file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/too large \(3\.0 MiB/);
  });

  it('refuses a symbolic link that leads outside the seeds folder', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-read-'));
    await symlink('/etc/hostname', path.join(dir, 'escape.txt'));
    const read = await readSeedFile(dir, 'escape.txt');
    expect(read).toEqual({ ok: false, reason: 'is a symbolic link pointing outside the seeds folder' });
  });

  it('reads a UTF-8 file with a BOM and CRLF line ends like any other', async () => {
    const original = await readFile(path.join(SEEDS_DIR, NEWSER_FILE), 'utf8');
    const file = await fixture('windows.txt', '\uFEFF' + original.replace(/\n/g, '\r\n'));
    const read = await readSeedFile(dir, file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const article = parseArticle({ file, text: read.text, contentHash: read.contentHash });
    const reference = await parseSeed(NEWSER_FILE);
    expect(article.headline).toBe(reference.headline);
    expect(article.paragraphs).toEqual(reference.paragraphs);
    expect(article.comments).toHaveLength(3);
  });
});

describe('hostile files and text', () => {
  let seeds: { dir: string; cleanup: () => Promise<void> } | null = null;
  afterEach(async () => {
    await seeds?.cleanup();
    seeds = null;
  });

  it.each([
    ['utf-16le', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['utf-16be', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads a %s file with a byte-order mark (Windows “Unicode”) as text, like the UTF-8 original', async (_label, encode) => {
    seeds = await copySeeds();
    const original = await readFile(path.join(SEEDS_DIR, NEWSER_FILE), 'utf8');
    await writeFile(path.join(seeds.dir, 'unicode.txt'), encode(original.replace(/\n/g, '\r\n')));
    const read = await readSeedFile(seeds.dir, 'unicode.txt');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const article = parseArticle({ file: 'unicode.txt', text: read.text, contentHash: read.contentHash });
    const reference = await parseSeed(NEWSER_FILE);
    expect(article.headline).toBe(reference.headline);
    expect(article.paragraphs).toEqual(reference.paragraphs);
  });

  it('reports a folder and a FIFO named like articles for what they are, and never waits on the FIFO', async () => {
    seeds = await copySeeds();
    const fifo = path.join(seeds.dir, 'pipe.txt');
    await mkdir(path.join(seeds.dir, 'folder.txt'));
    await new Promise<void>((resolve, reject) => execFile('mkfifo', [fifo], (error) => (error ? reject(error) : resolve())));
    await symlink(path.join(seeds.dir, 'pipe.txt'), path.join(seeds.dir, 'link-to-pipe.txt'));
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    const skipped = Object.fromEntries(desk.sources().skipped.map((entry) => [entry.file, entry.reason]));
    expect(skipped['folder.txt']).toBe('is a folder, not an article file');
    expect(skipped['pipe.txt']).toBe('is a named pipe (FIFO), not an article file');
    expect(skipped['link-to-pipe.txt']).toBe('is a named pipe (FIFO), not an article file');
    expect(desk.sources().articles).toHaveLength(2);
  });

  it('strips terminal escapes, C0/C1 controls and bidi overrides from article text at ingestion', async () => {
    seeds = await copySeeds();
    const hostile = [
      '\u001b[2J\u001b]0;owned window title\u0007Harbour \u001b[5mreopens\u001b[0m after storm',
      '',
      'The harbour reopened on Tuesday,\u0085port officials said, \u001b]8;;https://example.com\u001b\\according to the notice\u001b]8;;\u001b\\. The \u009b31mferry\u202e service resumed\u0008 at noon.',
      '',
      // Enough ordinary prose that the controls stay under the share that marks a file binary.
      'Port officials said the storm had damaged two cranes and a warehouse near the north quay. '.repeat(10),
      '',
    ].join('\n');
    await writeFile(path.join(seeds.dir, 'escapes.txt'), hostile);
    const desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    const article = desk.snapshot.articles.find((entry) => entry.file === 'escapes.txt');
    expect(article?.headline).toBe('Harbour reopens after storm');
    const texts = [...desk.snapshot.passages.values()].filter((passage) => passage.citation.file === 'escapes.txt').map((passage) => passage.text);
    expect(texts.join(' ')).toMatch(/Tuesday, port officials said, according to the notice\. The ferry service resumed at noon\./);
    for (const text of [...texts, article?.headline ?? '']) expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(texts.join(' ')).not.toContain('owned window title');
  });

  it('never splits a sentence inside a Discord mention (<@!id>, <@id>, <@&id>, <#id>)', () => {
    for (const mention of ['<@!123456789012345678>', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>']) {
      const sentences = splitSentences(`Ask ${mention} about the vote. It was fine.`).map((span) => span.text);
      expect(sentences).toEqual([`Ask ${mention} about the vote.`, 'It was fine.']);
    }
  });

  it('a config error quoting a bad value shows its control characters escaped', () => {
    let message = '';
    try {
      loadConfig({ ASK_COOLDOWN_SECONDS: '\u001b[2J\u001b]0;title\u0007\n2026-11-24 ERROR forged' }, process.cwd());
    } catch (error) {
      message = error instanceof ConfigError ? error.message : '';
    }
    expect(message).toMatch(/^ASK_COOLDOWN_SECONDS: /);
    expect(message).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });

  it('escapes control and bidi characters for logs, idempotently', () => {
    expect(printable('a\nb\u001b[2J\u202e\u0085c\td')).toBe('a\\x0ab\\x1b[2J\\u{202E}\\x85c\\x09d');
    expect(printable(printable('x\ny'))).toBe(printable('x\ny'));
    expect(printable('Ünïcödé “quotes” 😀 ok')).toBe('Ünïcödé “quotes” 😀 ok');
  });

  it('a file name with a newline and a fake log line cannot forge a line on the console’s stderr', async () => {
    seeds = await copySeeds();
    const forged = 'x\n2026-11-24T00:00:00.000Z ERROR database wiped\n.txt';
    await writeFile(path.join(seeds.dir, forged), 'Headline\n\nBody text of the article, officials said.\n');
    await symlink('/etc/passwd', path.join(seeds.dir, 'passwd.txt'));
    const root = path.resolve(import.meta.dirname, '..');
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'src/main.ts'), 'sources'],
        { cwd: root, env: { ...process.env, SEEDS_DIR: seeds?.dir ?? '', DISCORD_TOKEN: '' } },
        (error, out, err) => (error ? reject(error) : resolve({ stdout: out, stderr: err })),
      ),
    );
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^warning: /);
    expect(stderr).toContain('x\\x0a2026-11-24T00:00:00.000Z ERROR database wiped\\x0a.txt');
    expect(stdout + stderr).not.toMatch(/^2026-11-24T00:00:00\.000Z ERROR/m);
    // The link to /etc/passwd is named and refused; nothing of the file it points at is printed.
    const firstLine = (await readFile('/etc/passwd', 'utf8')).split('\n')[0] ?? '';
    expect(stderr).toContain('passwd.txt: is a symbolic link pointing outside the seeds folder');
    expect(firstLine.length).toBeGreaterThan(0);
    expect(stdout + stderr).not.toContain(firstLine);
  });
});
