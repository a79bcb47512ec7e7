import { describe, expect, it } from 'vitest';
import { splitTitle } from '../src/lang/en/names.ts';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

describe('a number or function word before a capitalised word', () => {
  it('is no role making a person of the word after it (cb26: “our internationalist One Worlders”)', () => {
    expect(splitTitle('One Worlders').title).toBe('');
    // A role word still is one: "Leatherneck Shoup".
    expect(splitTitle('Leatherneck Shoup')).toMatchObject({ title: 'Leatherneck', name: 'Shoup' });
  });

  it('so “He says” after the one person the paragraph named is his (cb26: “… by Mr. Eric Johnston, entitled …. He says: …”)', async () => {
    const editorial = await analyseBrown('cb26');
    expect(speakerOfWords(editorial, 'It has swept aside petty nationalisms')).toBe('Eric Johnston');
  });
});
