import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * A name standing as its sentence's subject behind a short fronted phrase of time ("Two years ago Thompson offered
 * …") is who "he" or "she" means next (frontedSubject.ts), on whole non-reserved Brown texts: who "he" is depends
 * on the article's earlier sentences. Each "right" case was unattributed before the rule.
 */
describe('a subject behind a fronted phrase of time', () => {
  it('makes the next “he” that person: “Two years ago Thompson offered …. But he insisted that …” (ca40)', async () => {
    expect(speakerOfWords(await analyseBrown('ca40'), 'But he insisted that it be housed in a special museum.')).toBe('G. David Thompson');
  });

  it('reads “All evening Eileen had been …” and “By this time Churchill was …” the same way (ck18, cj36)', async () => {
    expect(speakerOfWords(await analyseBrown('ck18'), "But brother I can't take a job right now")).toBe('Eileen');
    expect(speakerOfWords(await analyseBrown('cj36'), 'given a fine place to live in')).toBe('Churchill');
  });

  it('takes no subordinate clause, no name inside a noun phrase and no relative clause for a fronted phrase (ck19, cg74, cl16)', async () => {
    // "As Rector was walking back …, Johnson came out …. “I think I've fixed the pump …”, he said.": Johnson's words.
    expect(speakerOfWords(await analyseBrown('ck19'), "I think I've fixed the pump")).not.toBe('Rector');
    // "Only a native New Yorker could believe …": no person; "He writes, “…”" is Krim's, never a "New Yorker".
    expect(speakerOfWords(await analyseBrown('cg74'), 'Most of my friends and I were Jewish')).not.toBe('New Yorker');
    // "The way Hoag was, no telling …": Hoag is no subject; the officer at the top of the stairs asks.
    expect(speakerOfWords(await analyseBrown('cl16'), 'Yes, what is it')).not.toBe('Hoag');
  });
});
