/**
 * /quote finds a speaker by the name, title or role the text gives them, on Brown texts (none reserved):
 * the look-up side of naming people and bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

let desk: NewsDesk;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca21', 'ca33'], 'speaker-names'));
});
afterAll(() => cleanup());

const chosen = (query: string) => {
  const result = desk.quotes(query);
  return result.status === 'found' ? result.speaker.name : result.status === 'ambiguous' ? result.candidates.map((candidate) => candidate.name).sort() : result.status;
};

describe('/quote by title and surname', () => {
  it('prefers the namesake the text gave that title', () => {
    // ca33: "Gallery Director John Walker greeted the group"; ca21: "his court-appointed attorney, Jack Walker".
    expect(chosen('Walker')).toEqual(['Jack Walker', 'John Walker']);
    expect(chosen('Director Walker')).toBe('John Walker');
  });
});
