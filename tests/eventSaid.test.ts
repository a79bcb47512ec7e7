import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { askedEvent, eventNeighbours } from '../src/lang/en/eventWords.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** The event a "when" or "how many" question asks must be stated, asked of Brown texts cg53 (belles lettres: Samuel Gorton), cg39 (Johnny Mercer) and ce11 (hobbies: Vernon's tallyho), none reserved. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cg53', 'cg39', 'ce11'], 'event-said'));
});
afterAll(() => cleanup());

describe('the event a question asks', () => {
  it('is its first verb that is no light or phase verb, read before any clause inside it', () => {
    expect(askedEvent('when did johnny mercer die')).toEqual({ word: 'die', lemma: 'die' });
    expect(askedEvent('who won the 1962 world series')?.lemma).toBe('win');
    // A past participle wink reads as an adjective.
    expect(askedEvent('when was cardinal newman canonized')?.lemma).toBe('canonize');
    // "be", "have" take their meaning from what follows; "when the Yankees clinched" frames the question.
    expect(askedEvent('how many children does he have')).toBeNull();
    expect(askedEvent('how big was the crowd when the yankees clinched the series')).toBeNull();
    expect(askedEvent('according to the report what is the cause')).toBeNull();
  });

  it('is found in other words through WordNet: synonyms, derived nouns, more specific verbs', () => {
    const die = eventNeighbours('die');
    expect(['death', 'decease', 'perish', 'drown'].every((word) => die.has(word))).toBe(true);
    expect(['winner', 'victory'].some((word) => eventNeighbours('win').has(word))).toBe(true);
    expect(eventNeighbours('elect').has('election')).toBe(true);
    expect(die.has('born')).toBe(false);
  });
});

describe('a "when" or "how many" question whose best window does not state the event', () => {
  it('is not covered when the passage on the person gives another event, and names the event missing', () => {
    // cg53 gives Gorton's birth ("born at Gorton, England, … about 1592") and his trial, never his death.
    const result = desk.ask('when did samuel gorton die');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing[0]).toBe('die');
  });

  it('is answered when the window states it', () => {
    const born = desk.ask('when was samuel gorton born');
    expect(born.status).toBe('found');
    if (born.status === 'found') expect(born.hits[0]?.text).toMatch(/born at Gorton, England, .* about 1592/);
    const arrived = desk.ask('when did gorton arrive in boston');
    expect(arrived.status).toBe('found');
    if (arrived.status === 'found') expect(arrived.hits[0]?.text).toMatch(/arrived in Boston in March, 1637/);
  });

  it('is answered when the window states it by a derived noun ("collection" for "collect")', () => {
    const result = desk.ask('how many songs did the suite collect by september 1940');
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/a collection of six songs/);
  });

  it('is not covered when the window counts something else of the same thing', () => {
    // ce11: "The tallyho had cost Vernon $2,300", "twelve in the tallyho"; no number of horses pulling it.
    const result = desk.ask("how many horses pulled vernon's tallyho");
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('pulled');
  });
});
