/**
 * /quote finds someone the text describes, not names, with "a"/"an" for its "one"/"a" ("a manufacturer" is the
 * text's "One manufacturer"), on Brown texts (none reserved); never a body or group whose name merely holds the word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

let desk: NewsDesk;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca21', 'cf04', 'cf25', 'cf26', 'cf40'], 'described-lookup'));
});
afterAll(() => cleanup());

const chosen = (query: string) => {
  const result = desk.quotes(query);
  return result.status === 'found' ? result.speaker.name : result.status;
};

describe('/quote by an indefinite description', () => {
  it('finds the one described with “one” or “a” in the text (cf26: “One old man …”, “One young girl …”; cf40: “One manufacturer …”)', () => {
    expect(chosen('an old man')).toBe('One old man');
    // Not "a girl" of the same article: the query's every word is in "One young girl".
    expect(chosen('a young girl')).toBe('One young girl');
    expect(chosen('a manufacturer')).toBe('One manufacturer');
  });

  it('never takes “another” or “one” for the text’s “a”: “another girl” is someone other than the “a girl” quoted (cf25)', () => {
    // cf25's "a girl said" in three places are three girls: the look-up asks which one (tests/unnamedSpeakers.test.ts).
    const girls = desk.quotes('a girl');
    expect(girls.status === 'ambiguous' && girls.candidates.every((candidate) => candidate.name === 'a girl')).toBe(true);
    expect(chosen('another girl')).not.toBe('a girl');
    expect(chosen('one girl')).not.toBe('a girl');
  });

  it('never takes the article for the start of a body’s or group’s name (ca21: “Student Council officers”)', () => {
    expect(chosen('a student')).toBe('unknown-speaker');
    expect(chosen('the Student Council officers')).toBe('Student Council officers');
  });
});
