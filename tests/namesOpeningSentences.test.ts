import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * Whole non-reserved Brown texts, read as the desk does: each quote below was nobody's before the rule its
 * test names (or, for cg32, would have gone to the wrong Wright once the rule of the first test was in).
 */
describe('speakers a junk name or a colon line used to hide', () => {
  it('reads no "Here Keys" beside Ancel Keys, so a bare "Keys" is him (cc17: "here", "there", "then" open sentences)', async () => {
    const analysis = await analyseBrown('cc17');
    // "Says Keys: “Maybe if the idea got around again …”" and "“Metrecal is a pretty complete food”, he says."
    expect(speakerOfWords(analysis, 'Maybe if the idea got around again that obesity is immoral')).toBe('Physiologist Ancel Keys');
    expect(speakerOfWords(analysis, 'Metrecal is a pretty complete food')).toBe('Physiologist Ancel Keys');
  });

  it('leaves a bare surname unattributed when a man and a woman of the article share it (cg32: "Mr. Wright", "Miriam Noel Wright")', async () => {
    const analysis = await analyseBrown('cg32');
    // "Wright said" about Chicago is the architect's, never his wife's: with two Wrights of different genders, nobody's.
    expect(speakerOfWords(analysis, "That isn't a boulevard, it's a racetrack")).not.toBe('Miriam Noel Wright');
    // "“Volstead laws, speed laws, divorce laws”, he said": the architect, found through "he".
    expect(speakerOfWords(analysis, 'Volstead laws, speed laws, divorce laws')).toBe('Wright');
  });

  it('gives the quoted paragraphs after "she listened to … Anthony Liebler describe her to the arraigning judge:" to him (cf09)', async () => {
    const analysis = await analyseBrown('cf09');
    expect(speakerOfWords(analysis, 'This girl is the Golden Girl of cafe society.')).toBe('Anthony Liebler');
    expect(speakerOfWords(analysis, 'Our information is that she gave the proceeds of her acts to Jelke')).toBe('Anthony Liebler');
  });

  it('gives the quoted paragraph after "Irenaeus describes man\'s creation as follows:" to Irenaeus (cd04)', async () => {
    const analysis = await analyseBrown('cd04');
    expect(speakerOfWords(analysis, 'So that the man should not have thoughts of grandeur')).toBe('Irenaeus');
  });
});

describe('"he" or "she" of a speech verb that the speakers before give nobody', () => {
  it('is the one person the sentence named before it, of that gender (cf32, cb06)', async () => {
    // "When Dr. Wallace Buttrick … declined to have the Science Building named for him, he wrote Miss Tapley … “If you had asked me …”".
    const letter = await analyseBrown('cf32');
    expect(speakerOfWords(letter, 'If you had asked me, I think I would have suggested')).toBe('Wallace Buttrick');
    const congressman = await analyseBrown('cb06');
    expect(speakerOfWords(congressman, 'he has announced plans to retire in 1962')).toBe('Walter');
  });
});
