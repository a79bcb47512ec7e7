import { existsSync } from 'node:fs';
import {
  BROWN_QUESTIONS_FILE,
  SET_F_QUESTIONS_FILE,
  SET_H_QUESTIONS_FILE,
  SET_I_QUESTIONS_FILE,
  SET_K_QUESTIONS_FILE,
  SET_M_QUESTIONS_FILE,
  SET_O_QUESTIONS_FILE,
} from './brownEval.ts';
import { ensureBrownFixtures, fixtureSubset } from './brownFixtures.ts';

/** An /ask development set as the quick tools score it: its letter, its question file, and the folder of texts it is asked of. */
export type AskDevSet = [name: string, file: string, dir: string];

/**
 * The /ask development sets (never the held-out C and D), each with the texts `npm run eval` asks it of: dev with the
 * press texts, F with press, editorials and popular lore, H, I, K and M with all the non-fiction.
 */
export async function askDevelopmentSets(): Promise<AskDevSet[]> {
  const fixtures = await ensureBrownFixtures();
  const lore = await fixtureSubset(fixtures, 'press-editorials-lore');
  const nonFiction = await fixtureSubset(fixtures, 'non-fiction');
  const sets: AskDevSet[] = [
    ['dev', BROWN_QUESTIONS_FILE, fixtures.pressDir],
    ['F', SET_F_QUESTIONS_FILE, lore],
    ['H', SET_H_QUESTIONS_FILE, nonFiction],
    ['I', SET_I_QUESTIONS_FILE, nonFiction],
    ['K', SET_K_QUESTIONS_FILE, nonFiction],
    ['M', SET_M_QUESTIONS_FILE, nonFiction],
    ['O', SET_O_QUESTIONS_FILE, nonFiction],
  ];
  // A set being written this session has no file yet: skipped until it lands.
  return sets.filter(([, file]) => existsSync(file));
}
