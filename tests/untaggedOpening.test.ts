import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

describe('a quote opening the paragraph after one speaker’s', () => {
  it('goes on in the voice of the one speaker quoted in the paragraph before, when the narration after names nobody (cf04)', async () => {
    const school = await analyseBrown('cf04');
    expect(speakerOfWords(school, 'Adults take a long time to convince')).toBe('Walter E. Clark');
  });

  it('never after words only reported, nor when its own paragraph says whose words they are (cg54: “Merciful God, Julia”!! I have known Papa to exclaim …)', async () => {
    const memoir = await analyseBrown('cg54');
    expect(speakerOfWords(memoir, 'Merciful God, Julia') ?? null).toBeNull();
  });
});
