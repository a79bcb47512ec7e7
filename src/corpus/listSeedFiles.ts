import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from '../domain/article.ts';
import { hasUnprintable, printable } from '../domain/printable.ts';
import { describeNonFile } from './fileKind.ts';

/** The seeds folder itself could not be read: nothing can be indexed from it. */
export class SeedsDirectoryError extends Error {
  /** The same message with the full path, for the operator's terminal (never sent to Discord). */
  readonly operatorMessage: string;

  constructor(
    readonly directory: string,
    readonly detail: string,
  ) {
    const message = (shown: string) => `The seeds folder “${shown}” cannot be read (${detail}). Check SEEDS_DIR and the folder's permissions.`;
    super(message(displayPath(directory)));
    this.operatorMessage = message(directory);
    this.name = 'SeedsDirectoryError';
  }
}

/**
 * The folder as a moderator on Discord may see it: relative to the working directory when inside it,
 * otherwise only its name, so error reports do not reveal the server's directory layout.
 */
function displayPath(directory: string): string {
  const relative = path.relative(process.cwd(), directory);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(directory) : relative;
}

const ARTICLE_EXTENSION = /\.(txt|md)$/i;

/**
 * Article files in the seeds folder, in a stable order. Everything else is listed as ignored with
 * the reason: other files (README, images), folders, pipes and devices named like articles, and
 * names with control or bidi characters, which could forge a line wherever the name is printed (the
 * ignored entry carries the name escaped with `printable`).
 */
export async function listSeedFiles(directory: string): Promise<{ articles: string[]; ignored: SkippedFile[] }> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw new SeedsDirectoryError(directory, code);
  }
  const articles: string[] = [];
  const ignored: SkippedFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (hasUnprintable(entry.name)) ignored.push({ file: printable(entry.name), reason: 'has control or bidi characters in its name; rename it' });
    else if (!ARTICLE_EXTENSION.test(entry.name)) ignored.push({ file: entry.name, reason: 'is not a .txt or .md article' });
    else if (entry.isFile() || entry.isSymbolicLink()) articles.push(entry.name);
    else ignored.push({ file: entry.name, reason: describeNonFile(entry) });
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byName), ignored: ignored.sort((a, b) => byName(a.file, b.file)) };
}
