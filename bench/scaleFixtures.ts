/**
 * The Brown fixtures N times over under new file names (`ca02-r3.txt` …), for the scale bench:
 * at N = 10 about 5,000 articles and 10 M words. Written to bench/fixtures/brown-xN/ (git-ignored).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES_DIR, ensureBrownFixtures } from './brownFixtures.ts';

/** Copies of every text under new names: each is read, analysed and indexed as its own article. */
export async function ensureScaledFixtures(factor: number): Promise<{ dir: string; files: number }> {
  const { allDir } = await ensureBrownFixtures();
  const dir = path.join(path.dirname(FIXTURES_DIR), `brown-x${factor}`);
  const sources = (await readdir(allDir)).filter((name) => name.endsWith('.txt')).sort();
  const stamp = path.join(dir, '.complete');
  if (!existsSync(stamp)) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (let copy = 1; copy <= factor; copy++) {
      for (const name of sources) await copyFile(path.join(allDir, name), path.join(dir, name.replace(/\.txt$/, `-r${copy}.txt`)));
    }
    await writeFile(stamp, new Date().toISOString());
  }
  return { dir, files: sources.length * factor };
}
