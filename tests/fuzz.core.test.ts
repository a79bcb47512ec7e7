import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleLine } from '../src/console/consoleCommands.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { findQuoteSpans } from '../src/nlp/quoteSpans.ts';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { analyzeArticle } from '../src/nlp/analyzeArticle.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** Inputs people and bots actually throw at chat boxes, mixed with random Unicode. */
const HOSTILE_FRAGMENTS = [
  '',
  ' ',
  '\n',
  '\t',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '```js\nconsole.log(1)\n```',
  '**bold**',
  '__u__',
  '~~s~~',
  '||spoiler||',
  '> quote',
  '# heading',
  '[link](http://x.y)',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '🇺🇦',
  '👨‍👩‍👧',
  '\ud800',
  '\udfff',
  '.*+?^${}()|[]\\',
  "'; DROP TABLE passages; --",
  '<script>alert(1)</script>',
  '%s%n',
  '\u0000',
  'Lavrov',
  'Kerry',
  'Крым',
  'كييف',
  '乌克兰',
  '"',
  '“',
  '”',
  "'",
  'ﬁ',
  'İ',
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(' ')),
  fc.integer({ min: 900, max: 12_000 }).map((length) => 'invade '.repeat(Math.ceil(length / 7)).slice(0, length)),
);

let desk: NewsDesk;
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR });
});

describe('fuzzing the core entry points', () => {
  it('ask never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: -5, max: 50 }), (question, limit) => {
        const result = desk.ask(question, { limit });
        if (result.status === 'found') {
          expect(result.hits.length).toBeGreaterThan(0);
          expect(result.hits.length).toBeLessThanOrEqual(10);
          for (const hit of result.hits) expect(Number.isFinite(hit.score)).toBe(true);
        } else if (result.status === 'invalid') expect(result.reason).toMatch(/\w/);
        else if (result.status === 'not-covered') {
          expect(result.reason).toMatch(/\w/);
          expect(result.nearest.length).toBeLessThanOrEqual(10);
        } else expect(result.status).toBe('nothing-found');
      }),
      { numRuns: 1500 },
    );
  });

  it('quotes and autocomplete never throw and stay bounded', () => {
    fc.assert(
      fc.property(hostileText, (speaker) => {
        const result = desk.quotes(speaker);
        expect(['found', 'unknown-speaker', 'invalid']).toContain(result.status);
        expect(desk.suggestSpeakers(speaker).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 1500 },
    );
  });

  it('console lines never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/ask ', '/quote ', '', '/sources ', '/speakers ', '/help '), hostileText, async (command, text) => {
        const reply = await runConsoleLine(desk, command + text);
        expect(typeof reply.output).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('article parsing and analysis survive arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 12 }), (lines) => {
        const article = parseArticle({ file: 'fuzz.txt', text: lines.join('\n'), contentHash: 'x' });
        const analysis = analyzeArticle(article, { includeComments: true });
        for (const passage of analysis.passages) expect(typeof passage.text).toBe('string');
        expect(findQuoteSpans(lines.join(' ')).every((span) => span.close > span.open)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
