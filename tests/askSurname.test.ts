import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/**
 * /ask on a profile that names its subject in full once ("Johnny Mercer") and then by surname alone (Brown cg39),
 * with a book review (cc10), a column (cf05) and two press texts beside it.
 */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cg39', 'cc10', 'cf05', 'ca02', 'ca11'], 'ask-surname'));
});
afterAll(() => cleanup());

describe('a surname alone, in a story that names the person in full', () => {
  it('holds the given name the question adds: the sentence that calls him "Mercer" answers', () => {
    // "When he was fifteen John H. Mercer turned out his first song…" names him by surname; "Johnny Mercer" is written elsewhere in the story.
    const result = desk.ask("what was the title of johnny mercer's first song", { limit: 1 });
    expect(result.status).toBe('found');
    expect(result.status === 'found' ? result.hits[0]?.text : '').toMatch(/Mercer turned out his first song, a jazzy little thing he called “Sister Susie, Strut Your Stuff”/);
  });

  it('holds no given name the story never writes with that surname', () => {
    // No "Harold Mercer" in the story ("Harold Arlen" is): the same sentence lacks "harold", and the question is not covered.
    const result = desk.ask("what was the title of harold mercer's first song", { limit: 1 });
    expect(result.status).toBe('not-covered');
    expect(result.status === 'not-covered' ? result.missing : []).toContain('harold');
  });
});
