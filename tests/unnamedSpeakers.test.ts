/**
 * Someone an indefinite description introduces ("a girl said", "a boy remarked") is somebody new each time the text
 * writes it, never one speaker holding every girl's words (Brown cf25, a feature of interviews with teen-agers; none
 * reserved). The look-up then answers "which one?" rather than one girl's name over three girls' words.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { mergeSpeakers } from '../src/nlp/speakerRegistry.ts';
import { analyse, analyseBrown } from './helpers/analyseParagraphs.ts';

let dir: string;
let desk: NewsDesk;
beforeAll(async () => {
  const fixtures = await ensureBrownFixtures();
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-unnamed-'));
  await copyFile(path.join(fixtures.allDir, 'cf25.txt'), path.join(dir, 'cf25.txt'));
  desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each candidate's quotes, for a query answered with "which one?" (an empty list otherwise). */
function candidatesWords(query: string): string[][] {
  const result = desk.quotes(query);
  if (result.status !== 'ambiguous') return [];
  return result.candidates.map((candidate) => desk.quotesOf(candidate.id)?.quotes.map((quote) => quote.text) ?? []);
}

describe('people introduced by an indefinite description', () => {
  it('keeps the three girls of cf25 apart, each with her own words and the quote her tag splits', () => {
    const girls = candidatesWords('a girl');
    expect(girls).toHaveLength(3);
    const holding = (words: string) => girls.filter((quotes) => quotes.some((quote) => quote.includes(words)));
    // "“I like the tradition”, a girl said. “I like to follow the holidays …”": one girl, both quotes hers.
    expect(holding('I like the tradition')).toHaveLength(1);
    expect(holding('I like the tradition')[0]?.some((quote) => quote.includes('I like to follow the holidays'))).toBe(true);
    // Ten paragraphs on, "“When you marry …”, a girl said," is another girl; "“It's people of your own kind”, a girl remarked" a third.
    expect(holding('When you marry')).toHaveLength(1);
    expect(holding('When you marry')[0]?.some((quote) => quote.includes('I like the tradition'))).toBe(false);
    expect(holding("It's people of your own kind")[0]?.some((quote) => quote.includes('When you marry'))).toBe(false);
  });

  it('lists each of them under /speakers, and asks which one when a word fits two boys alike (“boy”)', () => {
    expect(desk.speakers().filter((speaker) => speaker.name === 'a girl')).toHaveLength(3);
    const boys = candidatesWords('boy');
    expect(boys.length).toBeGreaterThanOrEqual(2);
    expect(boys.some((quotes) => quotes.some((quote) => quote.includes('Being Jewish gives you tremendous drive')))).toBe(true);
    expect(boys.some((quotes) => quotes.some((quote) => quote.includes("As long as I'm home")))).toBe(true);
    // A description only one of them fits still finds that one.
    const nineteen = desk.quotes('a nineteen-year-old boy');
    expect(nineteen.status === 'found' && nineteen.speaker.name).toBe('a nineteen-year-old boy');
  });

  it('keeps them apart when the desk starts from its cache', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-unnamed-cache-'));
    try {
      await NewsDesk.open({ seedsDir: dir, cacheDir });
      const cached = await NewsDesk.open({ seedsDir: dir, cacheDir });
      expect(cached.speakers().filter((speaker) => speaker.name === 'a girl')).toHaveLength(3);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('gives each the same id whatever other articles join the desk, so a page button keeps showing the same girl', async () => {
    const interviews = await analyseBrown('cf25');
    const idOf = (analyses: Parameters<typeof mergeSpeakers>[0], words: string) => {
      const { speakers, quotes } = mergeSpeakers(analyses);
      return speakers.find((speaker) => speaker.id === quotes.find((quote) => quote.text.includes(words))?.speakerId)?.id;
    };
    const alone = idOf([interviews], 'When you marry');
    // An earlier article (merged first) with a girl of its own.
    const earlier = analyse('aa01.txt', ['“We waited all day,” a girl said.', '“It was worth it,” a girl said later.']);
    expect(alone).toBeDefined();
    expect(idOf([earlier, interviews], 'When you marry')).toBe(alone);
  });
});
