import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { analyzeArticle, type ArticleAnalysis } from '../src/nlp/analyzeArticle.ts';
import { mergeSpeakers } from '../src/nlp/speakerRegistry.ts';
import { groupStatements } from '../src/nlp/statements.ts';
import { findSpeakers } from '../src/search/speakerLookup.ts';

/**
 * Attribution on sentences of non-reserved Brown press texts (ca14, ca25, ca28, ca33), one class of
 * news form per test: each failed before the attribution it names was built.
 */
function analyse(file: string, paragraphs: string[]): ArticleAnalysis {
  return analyzeArticle(parseArticle({ file, text: `Headline of ${file}\n\n${paragraphs.join('\n\n')}\n`, contentHash: file }), { includeComments: false });
}

function speakerOf(analysis: ArticleAnalysis, words: string): string | null | undefined {
  return analysis.quotes.find((quote) => quote.text.includes(words))?.speaker?.name;
}

describe('attribution from the sentence’s structure', () => {
  it('reads an inverted verb after “??” as verb and subject: never a speaker named “Asked Willie”', () => {
    const analysis = analyse('ca14.txt', ['“How many is that, Jim”?? Asked Willie at one stage of his excavation project.']);
    expect(speakerOf(analysis, 'How many is that')).toBe('Willie');
    expect(analysis.quotes.map((quote) => quote.speaker?.name)).not.toContain('Asked Willie');
  });

  it('finds the subject behind an aside and a closing verb with a trailing adverb, and gives “he” to him', () => {
    const analysis = analyse('ca25.txt', [
      'Vast spraying programs conducted by “technicians with narrow training and little wisdom” are endangering crops and wildlife, Carl W. Buchheister, president of the National Audubon Society, said today.',
      '“It is like handing a loaded automatic to an 8-year-old and telling him to run out and play”, he commented.',
    ]);
    expect(speakerOf(analysis, 'technicians with narrow training')).toBe('Carl W. Buchheister');
    expect(speakerOf(analysis, 'loaded automatic')).toBe('Carl W. Buchheister');
    // The society is a body, never "he".
    expect(analysis.quotes.some((quote) => quote.speaker?.name.includes('Society') && quote.speaker.kind === 'person')).toBe(false);
  });

  it('gives “he said” to the person the story is about, not to the last one quoted', () => {
    const analysis = analyse('ca25.txt', [
      '“But it did destroy the natural controls of a borer”, Carl W. Buchheister said.',
      'Seventeen years ago today, German scientist Willy Fiedler climbed into a makeshift cockpit installed in a V-1 rocket-bomb.',
      "Now a quiet-spoken, middle-aged man, Fiedler is an aeronautical engineer for Lockheed's Missiles and Space Division at Sunnyvale, where he played a key role in the development of the Navy's Polaris missile.",
      'He sat in his office yesterday and recalled that historic flight in 1944.',
      '“The first two pilots had crashed”, he said. “I had developed the machines and therefore knew them. It was time to go up myself”.',
    ]);
    expect(speakerOf(analysis, 'first two pilots')).toBe('Willy Fiedler');
    expect(speakerOf(analysis, 'I had developed the machines')).toBe('Willy Fiedler');
  });

  it('takes the speaker named after a closing “says”, and after “according to”', () => {
    const analysis = analyse('ca28.txt', [
      'Tractor production at Massey-Ferguson, Ltd., of Toronto in July and August rose to 2,418 units from 869 in the like period a year earlier, says John Staiger, vice president.',
      'Gus Ehlers, competitor of Mr. Houtz in this farm community, says his business since August 1 is running 50% above a year earlier.',
      '“Before then, my sales during much of the year had lagged behind 1960 by 20%”, he says.',
    ]);
    expect(speakerOf(analysis, 'Tractor production')).toBe('John Staiger');
    expect(speakerOf(analysis, 'his business since August')).toBe('Gus Ehlers');
    expect(speakerOf(analysis, 'my sales during much of the year')).toBe('Gus Ehlers');
  });

  it('gives both halves of a split quote, and every paragraph of a quote that runs on, to the speaker', () => {
    const analysis = analyse('inline.txt', [
      '“We will not move the plant,” Notte said, “and we will not cut a single job this year.”',
      'Mitchell said in a statement:',
      '“The council has failed the city.',
      '“It must now act before the winter comes.”',
    ]);
    expect(speakerOf(analysis, 'We will not move the plant')).toBe('Notte');
    expect(speakerOf(analysis, 'cut a single job')).toBe('Notte');
    expect(speakerOf(analysis, 'failed the city')).toBe('Mitchell');
    expect(speakerOf(analysis, 'before the winter comes')).toBe('Mitchell');
  });

  it('never lets a pronoun reach into the story before, in a roundup of several items', () => {
    const analysis = analyse('roundup.txt', [
      '“The bridge will open in May,” Mrs. Mary Self said.',
      '—Consumer spending edged down in April after rising for two consecutive months.',
      '“It was a quiet month,” she said.',
    ]);
    expect(speakerOf(analysis, 'bridge will open')).toBe('Mary Self');
    expect(speakerOf(analysis, 'quiet month')).toBeUndefined();
  });

  it('lets “X said:” own the quoted paragraph after it, and reports nothing itself', () => {
    const analysis = analyse('inline.txt', ['Mr. Jones, the mayor, said in a statement:', '“We will rebuild the bridge before winter and we will pay for it.']);
    expect(speakerOf(analysis, 'rebuild the bridge')).toBe('Jones');
    expect(analysis.quotes.filter((quote) => quote.kind === 'reported')).toEqual([]);
  });
});

describe('speaker identity across articles', () => {
  const merged = mergeSpeakers([
    analyse('a.txt', ['“The rate will not change”, said C. Virgil Martin, president of the company.']),
    analyse('b.txt', ['“We sold four pickers”, says Jack Martin, a dealer.']),
    analyse('c.txt', ['“The bill is dead”, Sen. Walter H. Jones said.']),
    analyse('d.txt', ['“It passed the house”, Walter Jones said.']),
  ]);

  it('keeps two men of one surname apart when their first names disagree', () => {
    const martins = merged.speakers.filter((speaker) => speaker.name.endsWith('Martin'));
    expect(martins.map((speaker) => speaker.name).sort()).toEqual(['C. Virgil Martin', 'Jack Martin']);
  });

  it('merges a name with and without its middle initial and title, and finds it from first and last name', () => {
    const joneses = merged.speakers.filter((speaker) => speaker.name.endsWith('Jones'));
    expect(joneses).toHaveLength(1);
    expect(findSpeakers(merged.speakers, 'Walter Jones')[0]?.name).toBe('Walter H. Jones');
    expect(findSpeakers(merged.speakers, 'Sen. Jones')[0]?.name).toBe('Walter H. Jones');
    expect(findSpeakers(merged.speakers, 'Mr. Jack Martin')[0]?.name).toBe('Jack Martin');
  });
});

describe('one statement, many outlets', () => {
  it('groups reports whose content words agree and keeps different statements apart', () => {
    const merged = mergeSpeakers([
      analyse('one.txt', ['“We have no common vision of the situation, differences remain,” Lavrentiy Pavlov said.', '“The talks will go on next week,” Pavlov said.']),
      analyse('two.txt', ['Lavrentiy Pavlov said that “we don’t have a common vision of the situation.”']),
    ]);
    const pavlov = merged.speakers.find((speaker) => speaker.name === 'Lavrentiy Pavlov');
    const quotes = merged.quotes.filter((quote) => quote.speakerId === pavlov?.id && quote.kind !== 'reported');
    const statements = groupStatements(quotes);
    expect(statements.map((statement) => statement.articles).sort()).toEqual([1, 2]);
    expect(statements.find((statement) => statement.articles === 2)?.text).toBe('We have no common vision of the situation, differences remain');
  });
});
