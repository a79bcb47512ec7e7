/**
 * /quote finds a speaker by the name, title or role the text gives them, on Brown texts (none reserved):
 * the look-up side of naming people and bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleLine } from '../src/console/consoleCommands.ts';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';

let desk: NewsDesk;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca21', 'ca25', 'ca33', 'ce05', 'cf09', 'cf10', 'cf15', 'cf24', 'cf29', 'ch17'], 'speaker-names'));
});
afterAll(() => cleanup());

const chosen = (query: string) => {
  const result = desk.quotes(query);
  return result.status === 'found' ? result.speaker.name : result.status === 'ambiguous' ? result.candidates.map((candidate) => candidate.name).sort() : result.status;
};

describe('/quote by title and surname', () => {
  it('prefers the namesake the text gave that title', () => {
    // ca33: "Gallery Director John Walker greeted the group"; ca21: "his court-appointed attorney, Jack Walker".
    expect(chosen('Walker')).toEqual(['Jack Walker', 'John Walker']);
    expect(chosen('Director Walker')).toBe('John Walker');
  });
});

describe('/quote by a name with more than the text gave', () => {
  it('a given name spelt as it sounds, the surname right (ca25: "Antone F. Gregorio")', () => {
    expect(chosen('Anthony Gregorio')).toBe('Antone F. Gregorio');
    expect(chosen('Peter Gregorio')).toBe('unknown-speaker');
  });

  it('a generational suffix the text left out (ce05: "Mrs. William H. Long, Jr.")', () => {
    expect(chosen('Mrs. William H. Long, Jr.')).toBe('William H. Long');
  });
});

describe('/quote by a role the article gives outside the quote tags', () => {
  it('a title the person is appointed as or is (cf29, cf24)', () => {
    // cf29: "appoint Philip Coombs of the Ford Foundation as the first Assistant Secretary of State for Educational and Cultural Affairs".
    expect(chosen('the Assistant Secretary of State for Educational and Cultural Affairs')).toBe('Philip Coombs');
    // cf24: "Keo, once a diplomat in Paris and Washington, was Commissioner of Rural Affairs".
    expect(chosen('Commissioner of Rural Affairs')).toBe('Keo Viphakone');
  });
});

describe('a speaker the article calls by one word has the full name it gave', () => {
  it('a given name alone (cf24: "Keo Viphakone … and John Cool …" … "John said")', () => {
    for (const query of ['John Cool', 'Cool', 'Dr. Cool']) expect(chosen(query)).toBe('John Cool');
    for (const query of ['Keo Viphakone', 'Keo', 'Mr. Keo']) expect(chosen(query)).toBe('Keo Viphakone');
    // John Cool's quote ends "Ask Mr. Keo": still his, not Keo's.
    const keo = desk.quotes('Keo');
    expect(keo.status === 'found' && keo.quotes.every((quote) => !quote.text.includes('Ask Mr. Keo'))).toBe(true);
  });

  it('a nickname in brackets (cf09: "oleomargarine heir Minot (Mickey) Jelke")', () => {
    expect(chosen('Minot Jelke')).toBe('Mickey Jelke');
    expect(chosen('Minot (Mickey) Jelke')).toBe('Mickey Jelke');
  });

  it('a body called by its common noun (cf15, cf10, ch17)', () => {
    // "a committee of the Federal Council of Churches ratified …" … "“…”, the committee declared".
    expect(chosen('Federal Council of Churches')).toBe('the committee of the Federal Council of Churches');
    expect(chosen('the National Council of Churches')).toBe('the general board of the National Council of Churches');
    expect(chosen('Vrilium Company')).toBe('the Vrilium Company of Chicago');
    expect(chosen('Department of Justice')).toBe('the Department of Justice');
  });

  it('only from the paragraph of its words and the one before (ch17: "The Court of Appeals" is not the Court of the opinion)', () => {
    expect(desk.speakers().map((speaker) => speaker.name)).not.toContain('the Court of Appeals');
  });

  it('shows the full name in the console', async () => {
    const { output } = await runConsoleLine(desk, '/quote Federal Council of Churches');
    expect(output).toMatch(/^the committee of the Federal Council of Churches — \d+ statement\(s\)\n1\. “As to the necessity”/);
  });
});
