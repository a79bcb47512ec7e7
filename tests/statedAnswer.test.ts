import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { properNouns, statedEntities } from '../src/lang/en/entities.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/**
 * A question asking for a time, a count or a person is not answered by a window that holds its words
 * but states no date, only years and ages, or nobody's name (statedAnswer.ts). Brown cb18 (letters),
 * cb20 (an editorial on Berlin and the bomb), cf02 (the raid on Bari) and cf05 (the Vermont flood),
 * with ten more press texts and editorials beside them; none reserved. Each question below was
 * answered before the checks.
 */
const TEXTS = ['cb18', 'cb20', 'cf02', 'cf05', 'cb19', 'cb21', 'cb23', 'ca02', 'ca04', 'ca07', 'ca08', 'ca11', 'ca13', 'ca14'];
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(TEXTS, 'stated-answer'));
});
afterAll(() => cleanup());

describe('what wink reads a text to state', () => {
  it('finds dates and times, not a month name or a modal in another sense', () => {
    const types = (text: string) => statedEntities(text).map((entity) => entity.type);
    expect(types('It was the night of December 2, 1943.')).toContain('DATE');
    expect(types('A 14-power conference on Laos should then meet on May 5, he said.')).toContain('DATE');
    expect(types('Khrushchev was adding his bit to the march of world law.')).not.toContain('DATE');
    expect(types('The matter may seem a small thing to some people, I know.')).toEqual([]);
  });

  it('finds proper nouns wherever they stand', () => {
    expect(properNouns('Scherer pitched a no-hit game for the AEC.')).toEqual(expect.arrayContaining(['Scherer', 'AEC']));
    expect(properNouns('Recently I visited the very remarkable school.')).toEqual([]);
  });
});

describe('a question asking for a time', () => {
  it('is not covered when the window holds its words and no date', () => {
    // cb20: "The weekly loss is partly counterbalanced by 500 arrivals each week from West Germany…": "week", but no date.
    const result = desk.ask('when did east and west germany reunite');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('date');
  });

  it('is answered by a window that gives a time', () => {
    expect(desk.ask('when did the big vermont flood hit').status).toBe('found');
  });
});

describe('a question asking how many', () => {
  it('is not covered when the window’s only number is a year', () => {
    // cf02: "…a major raid on Bari at this juncture of the war…" beside "the 'Little Blitz' on London in 1944".
    const result = desk.ask('how many people were killed in the raid on bari');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing[0]).toBe('number of people');
  });

  it('is answered by a window with a count', () => {
    expect(desk.ask('how many ships were sunk at bari').status).toBe('found');
  });
});

describe('a question asking who', () => {
  it('is not covered when the window names nobody the question does not', () => {
    // cb18: "Recently I visited the very remarkable Pilgrim School for retarded children."
    const result = desk.ask('who founded the pilgrim school');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('name');
  });

  it('is answered by a window that names someone', () => {
    // cf05: "Tall, wiry, dark-haired Bob Fogg had already racked up one historical first in air mail history."
    expect(desk.ask('who flew the first air mail out of vermont').status).toBe('found');
  });
});
