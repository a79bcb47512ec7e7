import { describe, expect, it } from 'vitest';
import { analyse, analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/** Unnamed people of a kind written with a capital ("A Yank", "an ailing Yank") are each their own speaker (indefiniteKind.ts). */
describe('indefinite descriptions with a capitalised head', () => {
  it('keeps each letter-writer apart, and “Another …” never goes on for the one before (Brown cf18)', async () => {
    const letters = await analyseBrown('cf18');
    // "A Yank, disturbed by his increasing corpulence, wrote: “I am growing so fat …”".
    expect(speakerOfWords(letters, 'I am growing so fat I am a burden 2 myself')).toBe('a Yank');
    // "… an ailing Yank wrote his homefolk: “the surgeon insisted …”": another man, not "a Yank".
    expect(speakerOfWords(letters, 'the surgeon insisted on sending me to the hospital')).toBe('an ailing Yank');
    // "A Confederate observed …. Another reported that his comrades were “in fine spirits …”": not the first one's.
    expect(speakerOfWords(letters, 'thicker than lise on a hen')).toBe('a Confederate');
    expect(speakerOfWords(letters, 'in fine spirits pitching around') ?? null).toBeNull();
    // "Private George Gray Hunter … wrote: …. Another Yankee became so disgusted as to state: “I wish to God …”".
    expect(speakerOfWords(letters, 'I wish to God one half of our officers') ?? null).toBeNull();
    // "A Reb stationed near Petersburg informed his mother:": the town is no speaker.
    expect(speakerOfWords(letters, 'I need not tell you that I dodge pretty often') ?? null).not.toBe('Petersburg');
  });

  it('takes a name after “One day” or “A day later” for the name', () => {
    const story = analyse('days.txt', ['A day later Alfred Jones said: “We will win the next one.”', 'One day Alfred Jones told me: “It is time.”']);
    expect(story.quotes.map((quote) => quote.speaker?.name)).toEqual(['Alfred Jones', 'Alfred Jones']);
  });
});

describe('a conjunction or an adverb of time opening the sentence is no part of the name after it', () => {
  it('reads “Later Helion wrote of this phase:” as Helion’s (Brown cg27)', async () => {
    const essay = await analyseBrown('cg27');
    expect(speakerOfWords(essay, 'For years I built for myself a subtle instrument of relationships')).toBe('Helion');
    expect(essay.quotes.some((quote) => quote.speaker?.name.startsWith('Later '))).toBe(false);
  });
});
