/**
 * A possessive before a capitalised word is its owner, never a title (names.ts splitTitle, organisations.ts,
 * posSubject.ts), and a pronoun reporting a statement never stands for the one the statement names by surname
 * (pronounBinding.ts). On Brown texts, none reserved.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { analyse, analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

describe('a possessive before a name', () => {
  it('is no title of the person after it (ca37: “Missouri’s Clarence Cannon” shouts “Unconscionable”)', async () => {
    const analysis = await analyseBrown('ca37');
    const cannon = analysis.quotes.find((quote) => quote.text.includes('Unconscionable'))?.speaker;
    expect(cannon?.name).toBe('Clarence Cannon');
    expect([...(cannon?.titles ?? [])]).not.toContain("Missouri's");
  });

  it('names a thing owned, no person, so “he” never finds it (cg06: “Bruckner’s Eighth he refers to as …”)', async () => {
    const analysis = await analyseBrown('cg06');
    expect(analysis.quotes.some((quote) => quote.speaker?.name === 'Eighth')).toBe(false);
    expect(speakerOfWords(analysis, 'still trying to sell Bruckner to the Americans')).not.toBe('Eighth');
  });

  it('with a word naming people, is a body that speaks but is nobody’s “he” (ch17: “the Jehovah’s Witnesses reported”)', async () => {
    const analysis = await analyseBrown('ch17');
    const witnesses = analysis.quotes.find((quote) => quote.text.includes('he was no longer doing so'))?.speaker;
    expect(witnesses).toMatchObject({ name: "Jehovah's Witnesses", kind: 'organization' });
    expect(analysis.quotes.find((quote) => quote.text.includes('In his answer thereto'))?.speaker?.name ?? 'nobody').not.toMatch(/Witnesses/);
  });

  it('with one word naming a single person by role, names that person, whose “he” goes on (“Harvard’s Dean said … he added”)', () => {
    const analysis = analyse('ch17.txt', ['“You have earned this,” Harvard’s Dean said. “Go well,” he added.']);
    const dean = analysis.quotes.find((quote) => quote.text.includes('You have earned this'))?.speaker;
    expect(dean?.kind).toBe('person');
    expect(analysis.quotes.find((quote) => quote.text.includes('Go well'))?.speaker).toBe(dean);
  });
});

describe('a place word after a given name', () => {
  it('is a surname, no title: “Alexander Hamilton” is a person (“Hamilton” is also Bermuda’s capital), whom “he wrote” finds (cg07)', async () => {
    const { allDir } = await ensureBrownFixtures();
    const paragraphs = (await readFile(path.join(allDir, 'cg07.txt'), 'utf8')).split(/\n+/);
    // The paragraph naming the seven founders, and the one where Hamilton borrows from a friend.
    const founders = paragraphs.find((paragraph) => paragraph.startsWith('Seven Founders')) ?? '';
    const borrowing = paragraphs.find((paragraph) => paragraph.startsWith('Hamilton, poorest of the seven')) ?? '';
    const analysis = analyse('cg07.txt', [founders.split('. ')[0] ?? '', borrowing]);
    expect(speakerOfWords(analysis, 'If you can conveniently let me have twenty dollars')).toBe('Alexander Hamilton');
  });
});

describe('a pronoun reporting a statement', () => {
  it('is never the person the statement names by surname (cf20: “he tentatively suggested that O’Banion should take …”)', async () => {
    const analysis = await analyseBrown('cf20');
    expect(speakerOfWords(analysis, "tentatively suggested that O'Banion should take a percentage") ?? 'nobody').not.toMatch(/O'Banion/);
  });

  it('nor Jones for “he reasoned and argued, pointing out that Jones or other Confederate commanders …” (ce18)', async () => {
    const analysis = await analyseBrown('ce18');
    expect(speakerOfWords(analysis, 'pointing out that Jones or other Confederate commanders') ?? 'nobody').not.toMatch(/Jones/);
  });

  it('yet may name the speaker before the pronoun (ck07: “When I talked to Ching about it, he said, Everyone can learn …”)', async () => {
    const analysis = await analyseBrown('ck07');
    expect(speakerOfWords(analysis, 'When I talked to Ching about it')).toBe('Ching');
  });
});
