/**
 * A "First Last" name whose given name stands alone elsewhere names a person (features and testimony
 * call people by it), so "Bridget said" is Bridget Sullivan and /quote finds her by surname — but not
 * when the given name is an everyday word or the "surname" is "I" ("promised Joyce I would").
 */
import { describe, expect, it } from 'vitest';
import { speakerOfWords, analyseBrown } from './helpers/analyseParagraphs.ts';
import { givenNameRecurs } from '../src/nlp/givenNameRecurs.ts';

describe('a person called by the given name', () => {
  it('is the full name the article gives (Brown cf31: the maid, cp25: a novel’s heroine)', async () => {
    expect(speakerOfWords(await analyseBrown('cf31'), 'Bridget testified she saw him leave through the side door.')).toBe('Bridget Sullivan');
    expect(speakerOfWords(await analyseBrown('cp25'), 'Anyhow, it')).toBe('Charlotte Adams');
  });

  it('never makes a name of a given name and “I” (Brown cn17: “I promised Joyce I would mention her name”)', async () => {
    const analysis = await analyseBrown('cn17');
    // "Joyce Holland was her name": her full name, "Holland" a place word that is a surname after a given name (names.ts).
    expect(analysis.quotes.map((quote) => quote.speaker?.name).filter((name) => name?.startsWith('Joyce ') && name !== 'Joyce Holland')).toEqual([]);
  });

  it('needs the given name alone elsewhere, a given name that is no everyday word, and a surname of letters', () => {
    const alone = (word: string) => (word === 'bridget' || word === 'north' || word === 'joyce' ? 1 : 0);
    expect(givenNameRecurs(['Bridget', 'Sullivan'], alone)).toBe(true);
    expect(givenNameRecurs(['Bridget', 'Sullivan'], () => 0)).toBe(false);
    expect(givenNameRecurs(['North', 'Carolina'], alone)).toBe(false);
    expect(givenNameRecurs(['Joyce', 'I'], alone)).toBe(false);
    expect(givenNameRecurs(['Joyce', "I'm"], alone)).toBe(false);
  });
});
