import { readdir } from 'node:fs/promises';

/** The seeds folder itself could not be read: nothing can be indexed from it. */
export class SeedsDirectoryError extends Error {
  constructor(readonly directory: string, detail: string) {
    super(`The seeds folder “${directory}” cannot be read (${detail}). Check SEEDS_DIR and the folder's permissions.`);
    this.name = 'SeedsDirectoryError';
  }
}

const ARTICLE_EXTENSION = /\.(txt|md)$/i;

/** Article files in the seeds folder, in a stable order; other files (README, images) are listed as ignored. */
export async function listSeedFiles(directory: string): Promise<{ articles: string[]; ignored: string[] }> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw new SeedsDirectoryError(directory, code);
  }
  const articles: string[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (ARTICLE_EXTENSION.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) articles.push(entry.name);
    else ignored.push(entry.name);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byName), ignored: ignored.sort(byName) };
}
