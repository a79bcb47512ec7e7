import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../src/nlp/analyzeArticle.ts';
import { analyse, analyseBrown, speakerOf, speakerOfWords } from './helpers/analyseParagraphs.ts';

/** The speaker of the quote that is exactly these words: null when it has none (the quote must be found). */
function speakerOfQuote(analysis: ArticleAnalysis, words: string): string | null {
  const quote = analysis.quotes.find((found) => found.text === words);
  expect(quote).toBeDefined();
  return quote?.speaker?.name ?? null;
}

/**
 * Quoted words that name or count a thing (quotedTerm.ts) and quoted words after a passive verb of saying
 * (passiveReport.ts) are nobody's statement, whatever speaker stands earlier in the sentence.
 */
describe('quoted terms, titles and passive reports', () => {
  it('gives no speaker to quoted nouns a number counts (Brown cc09, a dance review)', async () => {
    const review = await analyseBrown('cc09');
    // "Mr. Nagrin has described four “places”, each with its scenery and people, added two “diversions”, …".
    expect(speakerOfQuote(review, 'places')).toBeNull();
    expect(speakerOfQuote(review, 'diversions')).toBeNull();
  });

  it('gives no speaker to a title after a determiner inside the sentence (Brown cg38)', async () => {
    const essay = await analyseBrown('cg38');
    // "… he had earlier described him as “the worst of them” in some “Observations” on the Irish Privy Council …".
    expect(speakerOfQuote(essay, 'Observations')).toBeNull();
  });

  it('keeps quoted words a determiner outside the marks opens when a noun follows them, and counted words of a statement', () => {
    const story = analyse('terms.txt', [
      'Mayor John Hill said the city faced a “very serious” shortage of water this summer.',
      '“We have four “phases” to the plan, and two of them are done”, Hill said.',
    ]);
    expect(speakerOf(story, 'very serious')).toBe('John Hill');
    expect(speakerOf(story, 'We have four')).toBe('John Hill');
  });

  it('gives no speaker to words a passive verb of saying reports after another verb (Brown cf35, cf20)', async () => {
    const lore = await analyseBrown('cf35');
    // "Cattle drove to the northern ranges and held for two winters … were said to be “double wintered”".
    expect(speakerOfQuote(lore, 'double wintered')).toBeNull();
    const gangs = await analyseBrown('cf20');
    // "…, says Pasley, “…”, but which henceforth was marked by these ostentatious gatherings, denounced by a clergyman as “Belshazzar feasts”".
    expect(speakerOfQuote(gangs, 'Belshazzar feasts')).not.toBe('Pasley');
    expect(speakerOfWords(gangs, 'had been maintained with more or less stealth')).toBe('Pasley');
  });

  it('keeps the speaker of words after a passive whose subject is a pronoun', () => {
    const story = analyse('passive.txt', ['Senator Ann Price said she was told that the bill would be “dead on arrival” in the House.']);
    expect(speakerOf(story, 'dead on arrival')).toBe('Ann Price');
  });
});
