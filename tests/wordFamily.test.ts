import { describe, expect, it } from 'vitest';
import { wordFamily } from '../src/lang/en/wordFamily.ts';
import { expandQuery } from '../src/search/synonyms.ts';

describe("a word's family in WordNet", () => {
  it('lists the words made from the same root and pertainyms before synonyms', () => {
    expect(wordFamily('election')).toContain('elect');
    expect(wordFamily('economic')).toContain('economy');
    expect(wordFamily('daily')[0]).toBe('day');
    expect(wordFamily('French')).toContain('france');
    // "conclude" shares its commonest sense with "reason": the derivation is the lemma's own, not the synonym's ("reasoning").
    const concluded = wordFamily('concluded');
    expect(concluded).toContain('conclusion');
    expect(concluded).not.toContain('reasoning');
    expect(concluded.indexOf('conclusion')).toBeLessThan(concluded.indexOf('reason'));
  });

  it('puts the family before the wider relations a question word is expanded with', () => {
    // Before, a question's "concluded" was searched as reason, think, cogitate and end: its noun came too late to be searched.
    const words = expandQuery(['concluded']).groups.flatMap((group) => group.words);
    expect(words.slice(0, 2)).toEqual(expect.arrayContaining(['conclusive']));
    expect(words).not.toContain('think');
  });
});
