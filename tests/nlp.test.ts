import { beforeAll, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Quote } from '../src/domain/types.ts';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { analyzeArticle, type ArticleQuote } from '../src/nlp/analyzeArticle.ts';
import { findQuoteSpans } from '../src/nlp/quoteSpans.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { AFP_ID, NEWSER_ID, SEEDS_DIR } from './helpers/seeds.ts';

let desk: NewsDesk;
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR });
});

describe('sentence splitting', () => {
  it('does not break at abbreviations, hyphenated names or quotation marks', () => {
    const paragraph =
      'The Kremlin simultaneously issued a statement saying President Vladimir Putin had told UN Secretary General Ban Ki-moon Crimea’s decision to conduct the referendum was “in full accordance with the norms of international law and the UN Charter”.';
    expect(splitSentences(paragraph).map((sentence) => sentence.text)).toEqual([paragraph]);
    expect(splitSentences('The U.S. and Russia met on Mar. 14. Talks failed.').map((s) => s.text)).toEqual(['The U.S. and Russia met on Mar. 14.', 'Talks failed.']);
    expect(splitSentences('Then in Nov 2016 Gov. Christie will be prez!!!! Really.').map((s) => s.text)).toEqual(['Then in Nov 2016 Gov. Christie will be prez!!!!', 'Really.']);
  });

  it('cuts text without sentence punctuation into passages that end between words', () => {
    const paragraph = Array.from({ length: 400 }, (_, index) => `item${index}`).join(', ');
    const sentences = splitSentences(paragraph);
    expect(sentences.length).toBeGreaterThan(3);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(700);
      expect(sentence.text).toMatch(/^item\d+/);
      expect(paragraph.slice(sentence.start, sentence.end).trim()).toBe(sentence.text);
    }
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(paragraph);
  });

  it('gives offsets that point back into the paragraph', () => {
    const paragraph = 'Moscow “has no plans,” Lavrov said. Yet he hinted of Moscow’s resolve.';
    for (const sentence of splitSentences(paragraph)) expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('splits the seed paragraphs where a reader would', () => {
    const passages = [...desk.snapshot.passages.values()];
    const newserFirst = passages.filter((passage) => passage.id.startsWith(`${NEWSER_ID}#p1.`)).map((passage) => passage.text);
    expect(newserFirst).toHaveLength(4);
    expect(newserFirst[1]).toBe(
      'In the quote getting picked up everywhere, Russian Foreign Minister Sergei Lavrov declared afterward that "we don’t have a common vision of the situation,” reports the Washington Post.',
    );
    const afpSix = passages.filter((passage) => passage.id.startsWith(`${AFP_ID}#p6.`)).map((passage) => passage.text);
    expect(afpSix).toEqual([
      'Moscow “has no, and cannot have, any plans to invade the southeast region of Ukraine” where Russian speakers mostly reside, Lavrov said.',
      'Yet he hinted of Moscow’s resolve to put Crimea under its eventual control.',
    ]);
  });
});

describe('quote spans', () => {
  it('pairs straight, curly and mixed marks', () => {
    expect(findQuoteSpans('He said "we don’t have a common vision,” reports the Post.').map((span) => span.text)).toEqual(['we don’t have a common vision']);
    expect(findQuoteSpans('“A,” he said, “and B.”').map((span) => span.text)).toEqual(['A', 'and B.']);
  });

  it('finds headline single quotes but never apostrophes', () => {
    expect(findQuoteSpans("'We have no common vision,' says Russia's foreign minister").map((span) => span.text)).toEqual(['We have no common vision']);
    expect(findQuoteSpans("Russia's plan isn't Kerry's")).toEqual([]);
  });

  it('marks a quote left open at the end of a paragraph as running on', () => {
    const [span] = findQuoteSpans('He said: “The first paragraph of a long quote.');
    expect(span?.runsOn).toBe(true);
  });

  it('survives thousands of marks and unbalanced quotes', () => {
    expect(() => findQuoteSpans('"'.repeat(5000))).not.toThrow();
    expect(findQuoteSpans('“'.repeat(3000) + 'x').length).toBeLessThanOrEqual(1);
  });
});

/** Every direct and partial quote in the two articles, written by reading them: [article, passage, words, speaker]. */
const EXPECTED_QUOTES: Array<[string, string, string, string | null]> = [
  [AFP_ID, 'headline1.s1', 'no common vision', 'Sergei Lavrov'],
  [AFP_ID, 'p5.s1', 'We have no common vision of the situation, differences remain', 'Sergei Lavrov'],
  [AFP_ID, 'p6.s1', 'has no, and cannot have, any plans to invade the southeast region of Ukraine', 'Sergei Lavrov'],
  [AFP_ID, 'p7.s1', 'in full accordance with the norms of international law and the UN Charter', 'Vladimir Putin'],
  [AFP_ID, 'p8.s1', 'very direct, very frank', 'John Kerry'],
  [AFP_ID, 'p9.s1', 'Neither we nor the international community will recognise the results of this referendum', 'John Kerry'],
  [AFP_ID, 'p9.s1', 'there will be some sanctions, there will be some response', 'John Kerry'],
  [AFP_ID, 'p10.s1', 'made it clear that there will be consequences', 'John Kerry'],
  [AFP_ID, 'p11.s1', 'We would like to see actions and not words that (Russia) is diminishing its presence in Ukraine', 'John Kerry'],
  [AFP_ID, 'p13.s1', 'very serious', 'John Kerry'],
  [AFP_ID, 'p17.s1', 'sent in', 'Oleksandr Turchynov'],
  // The ballot's wording: nobody in the text says it, so it stays unattributed.
  [AFP_ID, 'p18.s1', 'the significant strengthening of their autonomy within Ukraine', null],
  [NEWSER_ID, 'standfirst1.s1', 'We have no common vision', 'Sergei Lavrov'],
  [NEWSER_ID, 'p1.s2', 'we don’t have a common vision of the situation', 'Sergei Lavrov'],
  [NEWSER_ID, 'p1.s4', 'consequences', 'John Kerry'],
  [NEWSER_ID, 'p1.s4', 'an even greater response', 'John Kerry'],
  [NEWSER_ID, 'p2.s2', 'will respect the will of people of Crimea that will be expressed at the referendum.', 'Sergei Lavrov'],
  [NEWSER_ID, 'p2.s4', 'Ukraine crisis has entered a new and more dangerous phase.', 'the Guardian'],
];

function speakerName(quote: Quote): string | null {
  return desk.snapshot.speakers.find((speaker) => speaker.id === quote.speakerId)?.name ?? null;
}

describe('quote extraction and attribution on the seeds', () => {
  it('finds every direct and partial quote, and nothing else', () => {
    const found = desk.snapshot.quotes
      .filter((quote) => quote.kind !== 'reported')
      .map((quote) => [quote.citation.articleId, quote.passageId.split('#')[1], quote.text, speakerName(quote)]);
    expect(found).toEqual(EXPECTED_QUOTES);
  });

  it('attributes “he said” to the person who spoke last, not the last name mentioned', () => {
    const quote = desk.snapshot.quotes.find((candidate) => candidate.text.startsWith('We have no common vision of the situation'));
    expect(quote?.attribution).toBe('pronoun');
    expect(quote?.cue).toBe('he said');
    // "Lavrov however told reporters ... with Kerry": Kerry is mentioned last, Lavrov is the one speaking.
    expect(quote && speakerName(quote)).toBe('Sergei Lavrov');
  });

  it('keeps the words before a title: Turchynov is “Ukraine’s acting President”', () => {
    const result = desk.quotes("Ukraine's acting president");
    expect(result.status === 'found' && result.speaker.name).toBe('Oleksandr Turchynov');
  });

  it('resolves titles: “the top US diplomat” is Kerry, “Russia’s foreign minister” is Lavrov', () => {
    const diplomat = desk.snapshot.quotes.find((quote) => quote.cue === 'the top US diplomat said');
    expect(diplomat && speakerName(diplomat)).toBe('John Kerry');
    expect(diplomat?.attribution).toBe('title');
    const minister = desk.snapshot.quotes.find((quote) => quote.cue === "says Russia's foreign minister");
    expect(minister && speakerName(minister)).toBe('Sergei Lavrov');
  });

  it('keeps indirect speech as reported speech of the right person', () => {
    const reported = desk.snapshot.quotes.filter((quote) => quote.kind === 'reported').map((quote) => [quote.passageId.split('#')[1], speakerName(quote)]);
    expect(reported).toEqual([
      // "But US officials said they still expected Moscow to avoid taking the extra step…"
      ['p3.s1', 'US officials'],
      ['p4.s1', 'Sergei Lavrov'],
      ['p6.s2', 'Sergei Lavrov'],
      // "Kerry has warned Russia Washington and Europe could announce a “very serious” response…": two quoted words do not make it a quote
      ['p13.s1', 'John Kerry'],
      // "The local health service said a 22-year-old man died…"
      ['p16.s1', 'the local health service'],
      // "Kerry, meanwhile, reiterated that the international community doesn't consider the referendum valid…"
      ['p1.s4', 'John Kerry'],
      ['p2.s1', 'Sergei Lavrov'],
      ['p2.s3', 'Sergei Lavrov'],
    ]);
  });

  it('never takes quotes from reader comments', () => {
    expect(desk.snapshot.quotes.some((quote) => /Walk softly|freedom fighters/.test(quote.text))).toBe(false);
  });
});

describe('speakers', () => {
  it('merges name forms and titles into one speaker per person', () => {
    const lavrov = desk.speakers().find((speaker) => speaker.name === 'Sergei Lavrov');
    expect(lavrov?.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov', 'Russian Foreign Minister Sergei Lavrov', "Russia's foreign minister"]));
    const kerry = desk.speakers().find((speaker) => speaker.name === 'John Kerry');
    expect(kerry?.aliases).toEqual(expect.arrayContaining(['Kerry', 'John Kerry', 'US Secretary of State John Kerry', 'the top US diplomat']));
    // Most statements first: Lavrov's four reports of “no common vision” are one statement.
    expect(desk.speakers().map((speaker) => speaker.name)).toEqual([
      'John Kerry',
      'Sergei Lavrov',
      'Oleksandr Turchynov',
      'the Guardian',
      'the local health service',
      'US officials',
      'Vladimir Putin',
    ]);
  });

  it.each(['Lavrov', 'lavrov', 'Sergei Lavrov', 'SERGEI LAVROV', "Russia's foreign minister", 'Russia’s Foreign Minister', 'Lavorv', 'Russian Foreign Minister Sergei Lavrov'])(
    '/quote %s finds Sergei Lavrov with quotes from both articles',
    (typed) => {
      const result = desk.quotes(typed);
      expect(result.status).toBe('found');
      if (result.status !== 'found') return;
      expect(result.speaker.name).toBe('Sergei Lavrov');
      expect(new Set(result.quotes.map((quote) => quote.citation.articleId))).toEqual(new Set([AFP_ID, NEWSER_ID]));
      expect(result.quotes[0]?.kind).toBe('direct');
    },
  );

  it('answers an unknown speaker with the known ones', () => {
    const result = desk.quotes('Obama');
    expect(result.status).toBe('unknown-speaker');
    if (result.status === 'unknown-speaker') expect(result.knownSpeakers.map((speaker) => speaker.name)).toContain('Sergei Lavrov');
    expect(desk.quotes('   ').status).toBe('invalid');
    expect(desk.quotes('x'.repeat(500)).status).toBe('invalid');
  });

  it('autocompletes from the first letters of any name word', () => {
    expect(desk.suggestSpeakers('lav').map((speaker) => speaker.name)[0]).toBe('Sergei Lavrov');
    expect(desk.suggestSpeakers('ker').map((speaker) => speaker.name)[0]).toBe('John Kerry');
    expect(desk.suggestSpeakers('').map((speaker) => speaker.name)[0]).toBe('John Kerry'); // most statements first
    expect(desk.suggestSpeakers('zzzz')).toEqual([]);
  });
});

/** The quotes of an article given as text, analysed on its own. */
function quotesIn(text: string): ArticleQuote[] {
  return analyzeArticle(parseArticle({ file: 'x.txt', text, contentHash: 'x' }), { includeComments: false }).quotes;
}

describe('speakers in other coverage', () => {
  it('takes a lone surname as a person, a place or institution as a body, and “the President” as the president', () => {
    const text = [
      'Budget talks stall',
      '',
      'President John F. Kennedy met Coach Bill Meek on Monday. "We will not cut the budget," the President said.',
      '',
      '"The gym stays open," Meek said. "It is safe," Hemphill said. "Nobody was hurt," Police said. "Talks go on," Moscow said.',
    ].join('\n');
    const who = Object.fromEntries(quotesIn(text).map((quote) => [quote.text, `${quote.speaker?.kind}:${quote.speaker?.name}`]));
    expect(who).toEqual({
      'We will not cut the budget': 'person:John F. Kennedy',
      'The gym stays open': 'person:Bill Meek',
      'It is safe': 'person:Hemphill',
      'Nobody was hurt': 'organization:Police',
      'Talks go on': 'organization:Moscow',
    });
  });
});

describe('pronouns and gender', () => {
  it('resolves “she” to the woman who spoke and “he” to the man, not simply to the last speaker', () => {
    const text = [
      'Council approves budget',
      '',
      'Mayor Robert Wagner and Councilwoman Mrs. Ellen Price met on Monday. "We agree on the budget," Price said.',
      '',
      '"The schools come first," Wagner said. "Same thing," she said. "And the parks," he added.',
    ].join('\n');
    const who = Object.fromEntries(quotesIn(text).map((quote) => [quote.text, quote.speaker?.name ?? null]));
    expect(who).toEqual({
      'We agree on the budget': 'Ellen Price',
      'The schools come first': 'Robert Wagner',
      'Same thing': 'Ellen Price',
      'And the parks': 'Robert Wagner',
    });
  });
});

describe('what /quote accepts agrees with autocomplete', () => {
  it.each(['lav', 'serg lav', 'Ker'])('“%s” finds the speaker autocomplete offers first', (typed) => {
    const result = desk.quotes(typed);
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.speaker.name).toBe(desk.suggestSpeakers(typed)[0]?.name);
  });
});
