import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { isKindOfPerson } from '../src/lang/en/focusNouns.ts';
import { asksOrigin, ORIGIN } from '../src/lang/en/origins.ts';
import type { AskResult } from '../src/search/ask.ts';
import { figureOfThing, measuredThing } from '../src/search/figureOfThing.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** The kind of answer a question asks, read within one article: Brown press texts ca08, ca13, ca18 and ca21 (not reserved) indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca08', 'ca13', 'ca18', 'ca21'], 'ask-kinds'));
});
afterAll(() => cleanup());

function shown(result: AskResult): string[] {
  const hits = result.status === 'found' ? result.hits : result.status === 'not-covered' ? result.nearest : [];
  return hits.map((hit) => hit.text);
}

describe('"which X" where X is a kind of person', () => {
  it('reads the noun as a kind of person from WordNet, a group as none', () => {
    expect(isKindOfPerson('americans')).toBe(true);
    expect(isKindOfPerson('senator')).toBe(true);
    expect(isKindOfPerson('team')).toBe(false);
    expect(isKindOfPerson('award')).toBe(false);
  });

  it('ranks the sentence of the story that names the people before the lead that only counts them', () => {
    // The lead ("Two Americans and seven Cubans were executed …") holds every word of the question and no name.
    const texts = shown(desk.ask('which americans did castro execute', { limit: 3 }));
    expect(texts[0]).toMatch(/identified the Americans as Howard Anderson and August Jack McNair/);
  });
});

describe('"why"', () => {
  it('ranks the sentence of the story that gives a reason before one that holds more of the question without one', () => {
    // "The gala is the Thrift Shop's annual bundle party …" names the shop; the reason names only the party and the oysters.
    const [first] = shown(desk.ask("why won't there be oysters at the thrift shop party", { limit: 1 }));
    expect(first).toMatch(/in a month with no R's, so no oysters/);
  });
});

describe('"how big" / "how many": the figure of the thing asked', () => {
  it('reads the thing measured from the question', () => {
    expect(measuredThing('how big was the crowd when the yankees clinched the series')).toEqual({ nouns: ['crowd'], count: false });
    expect(measuredThing('how many home runs did he hit in 1960')).toEqual({ nouns: ['home', 'runs'], count: true });
    expect(measuredThing('how much general assistance money does the county have left').nouns).toEqual(['general', 'assistance', 'money']);
    expect(measuredThing('how much was stolen from the house').nouns).toEqual([]);
  });

  it('takes a figure next to the thing, not a date, a year or a share', () => {
    const crowd = figureOfThing({ nouns: ['crowd'], count: false });
    expect(crowd?.('The crowd of 32,589 had only two chances to applaud.')).toBe(true);
    expect(crowd?.('A crowd is expected on Nov. 2 at the stadium.')).toBe(false);
    expect(crowd?.('The crowd in 1960 was larger.')).toBe(false);
    expect(figureOfThing({ nouns: ['votes'], count: true })?.('whether it can muster the required two-thirds vote')).toBe(false);
    // A count is of the thing itself, not a measure of one in another unit.
    const homers = figureOfThing({ nouns: ['homers'], count: true });
    expect(homers?.("setting up Tuttle's 390-foot homer over the wall")).toBe(false);
    expect(homers?.('Hansen slugged the 1960 Oriole high of 22 homers')).toBe(true);
    expect(figureOfThing({ nouns: ['miles'], count: true })?.('The trip was 2,500 miles long')).toBe(true);
  });

  it('ranks the sentence that sizes the crowd before the story’s lead, whose figures are a score and a count of titles', () => {
    const [first] = shown(desk.ask('how big was the crowd when the yankees clinched the series vs cincinnati', { limit: 1 }));
    expect(first).toMatch(/The crowd of 32,589 had only two chances to applaud/);
  });
});

describe('"where is X from"', () => {
  it('asks for a hometown, which a report states as a native, a birthplace or a state in brackets', () => {
    expect(asksOrigin("where's ron hansen from")).toBe(true);
    expect(asksOrigin('where is the new coach from?')).toBe(true);
    expect(asksOrigin('where did the senate meet')).toBe(false);
    expect(ORIGIN.test('The rangy, Albany (Cal.) native, a surprise slugging sensation')).toBe(true);
    expect(ORIGIN.test('has named Dr. Clarence Charles Clark of Hays, Kan. as the new president')).toBe(true);
    expect(ORIGIN.test('When he was inducted into the Army at Fort Knox, his weight had dropped')).toBe(false);
  });
});
