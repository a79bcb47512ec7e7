/**
 * A typed name two letters off a speaker's surname is a typo of it only when its first letter is right: "Hamilton" is
 * another name holding "Milton", and "Harrison" is not "Morrison" (Brown cg68, cg07 and cc17; none reserved).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

let desk: NewsDesk;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cg68', 'cg07', 'cc17'], 'typo-lookup'));
});
afterAll(() => cleanup());

const chosen = (query: string) => {
  const result = desk.quotes(query);
  return result.status === 'found' ? result.speaker.name : result.status;
};

describe('/quote by a typo of a surname', () => {
  it('never reaches another surname two letters off with another first letter', () => {
    expect(chosen('Hamilton')).not.toBe('Christopher Milton');
    expect(chosen('Harrison')).not.toBe('Philip Morrison');
  });

  it('still finds the speaker by a typo that keeps the first letter', () => {
    expect(chosen('Mlton')).toBe('Christopher Milton');
    // Two letters off, the first one right (cg07's Washington).
    expect(chosen('Wasingtun')).toBe('George Washington');
  });
});
