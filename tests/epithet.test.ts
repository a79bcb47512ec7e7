import { describe, expect, it } from 'vitest';
import { analyse, analyseBrown, speakerOf, speakerOfWords } from './helpers/analyseParagraphs.ts';

describe('an epithet for the person the story is about', () => {
  it('reads “says the handsome food expert” as the person who spoke two paragraphs before, and the quote that runs on (ca29)', async () => {
    const food = await analyseBrown('ca29');
    expect(speakerOfWords(food, 'Pretty much hamburger, hotdogs, steak')).toBe('Gerald G. Ramsey');
    expect(speakerOfWords(food, 'there is still little demand for broccoli')).toBe('Gerald G. Ramsey');
  });

  it('never reads a description that sets one person apart (“the elder man”), nor one after somebody else was named', () => {
    const hijack = analyse('ca42.txt', [
      '“We will land at El Paso”, said John Salvador, a passenger.',
      '“Tell your company there are four of us here with guns”, the elder man told Rickards.',
    ]);
    expect(speakerOf(hijack, 'Tell your company') ?? null).toBeNull();
    const named = analyse('ca29.txt', [
      '“Mostly meat and potatoes—they have to have that go-go-go without getting too fat”, says Gerald G. Ramsey.',
      'The players often eat with Coach Tom Hardy.',
      '“Pretty much hamburger, hotdogs, steak and, at night, maybe pizza”, says the handsome food expert.',
    ]);
    expect(speakerOf(named, 'Pretty much hamburger') ?? null).toBeNull();
  });
});
