import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { irregularLemmas, otherForms } from '../src/lang/en/irregularForms.ts';
import type { AskResult } from '../src/search/ask.ts';
import { expandQuery, FORM_WEIGHT } from '../src/search/synonyms.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** The same word in another form, on Brown press texts ca24, ca11, ca20 and ca17 (not reserved) indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca24', 'ca11', 'ca20', 'ca17'], 'ask-word-forms'));
});
afterAll(() => cleanup());

function shown(result: AskResult): string[] {
  const hits = result.status === 'found' ? result.hits : result.status === 'not-covered' ? result.nearest : [];
  return hits.map((hit) => hit.text);
}

describe('irregular forms (WordNet exception lists)', () => {
  it('joins an irregular inflection and its lemma both ways, which the stemmer cannot', () => {
    expect(irregularLemmas('went')).toEqual(['go']);
    expect(otherForms('went')).toEqual(expect.arrayContaining(['go', 'gone']));
    expect(otherForms('build')).toContain('built');
    expect(otherForms('children')).toContain('child');
    expect(otherForms('child')).toContain('children');
    expect(otherForms('stolen')).toEqual(expect.arrayContaining(['steal', 'stole']));
    expect(otherForms('lose')).toContain('lost');
    expect(irregularLemmas('kochanek')).toEqual([]);
  });

  it('takes an irregular form that is a word of its own as typed: "won" the currency, "fell" to cut down', () => {
    expect(otherForms('won')).not.toContain('win');
    expect(otherForms('fell')).not.toContain('fall');
    expect(otherForms('found')).not.toContain('find');
    // Its own lemma's forms still reach it.
    expect(otherForms('win')).toContain('won');
  });

  it('searches another form of a question word the articles use beside it, weighed below the word as typed', () => {
    const expansion = expandQuery(['stolen']);
    const forms = expansion.groups.find((group) => group.weight === FORM_WEIGHT);
    expect(forms?.term).toBe('stolen');
    expect(forms?.words).toEqual(expect.arrayContaining(['steal', 'stole']));
    expect(FORM_WEIGHT).toBeLessThan(1);
    expect(expansion.sameWord.has('stole')).toBe(true);
  });
});

describe('/ask with the answer said in another form', () => {
  it('finds "stole" for "stolen": the sum taken from the house, before the base stolen in a ball game', () => {
    const texts = shown(desk.ask('how much was stolen from the kochanek house', { limit: 3 }));
    const theft = texts.findIndex((text) => /stole an estimated \$3,675/.test(text));
    expect(theft).toBeGreaterThanOrEqual(0);
    const base = texts.findIndex((text) => text.includes('stole second'));
    if (base >= 0) expect(theft).toBeLessThan(base);
  });
});
