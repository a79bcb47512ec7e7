import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
