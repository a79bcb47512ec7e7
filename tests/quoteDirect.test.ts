import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Direct quotes (words in quotation marks) on sentences of non-reserved Brown press texts: each
 * form left the quote without a speaker before the rule its test names.
 */
describe('direct quotes', () => {
  it('finds the name before stacked asides of numbers and adjectives, and a verb and comma introduce a whole quote (ca29)', () => {
    const analysis = analyse('ca29.txt', [
      'Gerald G. Ramsey runs the kitchen.',
      "Ramsey, 6-3, 195 and ruggedly slim, says, “I can't remember when I didn't pester my mother to teach me to cook”.",
    ]);
    const quote = analysis.quotes.find((found) => found.text.startsWith("I can't remember"));
    expect([quote?.kind, quote?.speaker?.name]).toEqual(['direct', 'Gerald G. Ramsey']);
    // A date is no aside, and behind a second aside only a name opening its clause is the subject.
    const remarks = analyse('cb15.txt', [
      "Mr. Richard Preston, executive director of the New Hampshire State Planning and Development Commission, in his remarks to the Governors Conference on Industrial Development at Providence on October 8, 1960, warned against the fallacy of attempting to attract industry solely to reduce the tax rate or to underwrite municipal services such as schools when he said: “If this is the fundamental reason for a community's interest or if this is the basic approach, success if any will be difficult to obtain”.",
    ]);
    expect(speakerOf(remarks, 'If this is the fundamental reason')).not.toBe('Development Commission');
  });

  it('gives “he” to the subject of the sentence before, named after a possessive and adjectives (ca40)', () => {
    const analysis = analyse('ca40.txt', [
      "Tooling through Sydney on his way to race in the New Zealand Grand Prix, Britain's balding Ace Driver Stirling Moss, 31, all but smothered himself in his own exhaust of self-crimination. “I'm a slob”, he announced. “My taste is gaudy”.",
    ]);
    expect(speakerOf(analysis, "I'm a slob")).toBe('Stirling Moss');
    expect(speakerOf(analysis, 'My taste is gaudy')).toBe('Stirling Moss');
  });

  it('gives quoted paragraphs to a described reporter whose line ends in a dash, and a paragraph introducing a nested quote to its speaker (ca43)', () => {
    const analysis = analyse('ca43.txt', [
      "Commerce Secretary Luther Hodges, accompanied by a member of our staff, on May 10 toured plants of two of Italy's biggest companies—Fiat, the auto producer, and Olivetti, maker of typewriters and calculating machines.",
      'Our staff man cabled from Turin as follows—',
      '“Follow Secretary Hodges through the Fiat plant, and you learn this:',
      '“Three, labor troubles are infrequent. Fiat officials say they have had no strikes for more than six years.',
      "“Said Secretary Hodges: ' It's a tough combination for the U.S. to face.",
      '“Olivetti had a special interest for Hodges. Olivetti took over Underwood, the U.S. typewriter maker, in late 1959.',
    ]);
    expect(speakerOf(analysis, 'Follow Secretary Hodges')).toBe('our staff man');
    expect(speakerOf(analysis, 'labor troubles are infrequent')).toBe('our staff man');
    // The paragraph introducing Hodges' words is not the reporter's words: only the inner quote has a speaker.
    expect(analysis.quotes.filter((quote) => quote.text.includes("It's a tough combination")).map((quote) => quote.speaker?.name)).toEqual([undefined, 'Luther Hodges']);
    // The cabled report runs on past the paragraph it quotes Hodges in.
    expect(speakerOf(analysis, 'Olivetti had a special interest')).toBe('our staff man');
  });
});
