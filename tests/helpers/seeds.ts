import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBrownFixtures } from '../../bench/brownFixtures.ts';
import { NewsDesk } from '../../src/core/newsDesk.ts';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');
export const AFP_FILE = '000_ec1f188a19dd9732.txt';
export const NEWSER_FILE = '004_59e860e89f0234ce.txt';
export const AFP_ID = '000_ec1f188a19dd9732';
export const NEWSER_ID = '004_59e860e89f0234ce';

/** A private copy of the seeds for tests that add, break or remove files. */
export async function copySeeds(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-seeds-'));
  await cp(SEEDS_DIR, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A desk over a few Brown press texts ("ca02", never a reserved one) copied into a temporary directory; `cleanup` removes it. */
export async function deskOnBrown(ids: readonly string[], name: string): Promise<{ desk: NewsDesk; cleanup: () => Promise<void> }> {
  const fixtures = await ensureBrownFixtures();
  const dir = await mkdtemp(path.join(tmpdir(), `newsdesk-${name}-`));
  // Every Brown text is in allDir (the press texts in pressDir too): any category may be asked of.
  for (const id of ids) await copyFile(path.join(fixtures.allDir, `${id}.txt`), path.join(dir, `${id}.txt`));
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
  return { desk, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
