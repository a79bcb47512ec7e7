import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * An untagged quote after the speaker's gesture ("Gross swung his swivel chair. “…”"): the interview with
 * Ernest A. Gross (cg36, set G) and a feature's anecdote (cg40), read whole as the desk does. Each quote
 * below was nobody's before actionBeat.ts.
 */
describe('a quote after the speaker’s gesture', () => {
  it('gives the quote to the known person whose gesture opens the sentence before (cg36)', async () => {
    const analysis = await analyseBrown('cg36');
    expect(speakerOfWords(analysis, 'Well, how could that have been??')).toBe('Ernest A. Gross');
    expect(speakerOfWords(analysis, "It wasn't necessarily all here in New York.")).toBe('Ernest A. Gross');
    expect(speakerOfWords(analysis, 'The entire object of the press conference was to clarify')).toBe('Ernest A. Gross');
    // The quoted paragraph running on from the gesture's quote is his too.
    expect(speakerOfWords(analysis, 'We have nothing to hide under a bushel.')).toBe('Ernest A. Gross');
  });

  it('reads an honorific before the surname as part of the name opening the gesture (cg40)', async () => {
    const analysis = await analyseBrown('cg40');
    expect(speakerOfWords(analysis, 'May I say that you have just demonstrated')).toBe('Oliver Herford');
  });

  it('leaves the quote alone after a gesture that is not speaking or hands the turn on (cp14, cl15)', async () => {
    // "George did not reply. “Is that you, Father??”": the voice from the hall below speaks, not George.
    const silent = await analyseBrown('cp14');
    expect(speakerOfWords(silent, 'Is that you, Father??')).toBeUndefined();
    // "Madden took up this point with Garth, who shrugged it off. “Old people …”": Garth's words, not Madden's.
    const relative = await analyseBrown('cl15');
    expect(speakerOfWords(relative, 'Old people have their idiosyncrasies')).not.toBe('Madden');
  });
});
