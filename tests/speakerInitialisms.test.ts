/**
 * /quote by an abbreviation, on Brown texts: "FDA" is the Food and Drug Administration (its title-cased
 * "And" is no initial), "CAB" the Civil Aeronautics Board before a person with those initials, and capitals are never read as the start of a word ("AMA" is not "Amateur linguists").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { Speaker } from '../src/domain/types.ts';
import { pickSpeaker } from '../src/search/speakerLookup.ts';
import { deskOnBrown } from './helpers/seeds.ts';

let desk: NewsDesk;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cf10', 'cf01', 'ca36', 'ca33'], 'initialisms'));
});
afterAll(() => cleanup());

const chosen = (query: string) => {
  const result = desk.quotes(query);
  return result.status === 'found' ? result.speaker.name : result.status;
};

describe('/quote by initials', () => {
  it('skips a capitalised function word of the name', () => {
    expect(desk.speakers().map((speaker) => speaker.name)).toContain('Food And Drug Administration');
    expect(chosen('FDA')).toBe('Food And Drug Administration');
    expect(chosen('the FDA')).toBe('Food And Drug Administration');
  });

  it('prefers a body to a person of the same initials', () => {
    expect(chosen('CAB')).toBe('Civil Aeronautics Board');
    expect(chosen('C.A.B.')).toBe('Civil Aeronautics Board');
    const person: Speaker = { id: 'charles-a-baker', name: 'Charles A. Baker', kind: 'person', titles: [], aliases: [], quoteCount: 9, statementCount: 9 };
    const body = desk.speakers().find((speaker) => speaker.name === 'Civil Aeronautics Board');
    if (!body) throw new Error('the board should be a speaker of ca36');
    const pick = pickSpeaker([person, body], 'CAB');
    expect(pick.kind === 'one' ? pick.speaker.name : pick.kind).toBe('Civil Aeronautics Board');
    expect(pickSpeaker([person], 'CAB')).toMatchObject({ kind: 'one', speaker: { name: 'Charles A. Baker' } });
  });

  it('never reads capitals as the start of a word', () => {
    expect(chosen('Amateur')).toBe('Amateur linguists');
    expect(chosen('AMA')).toBe('unknown-speaker');
    expect(chosen('the A.M.A.')).toBe('unknown-speaker');
  });
});
