import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { focusNoun } from '../src/lang/en/focusNouns.ts';
import type { AskResult } from '../src/search/ask.ts';
import { namedInstanceTest } from '../src/search/answerShape.ts';
import { toTerms } from '../src/search/terms.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** "what X"/"which X" questions, on Brown press texts ca02, ca14 and ca16 (not reserved) indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca02', 'ca14', 'ca16'], 'ask-instance'));
});
afterAll(() => cleanup());

function shown(result: AskResult): string[] {
  const hits = result.status === 'found' ? result.hits : result.status === 'not-covered' ? result.nearest : [];
  return hits.map((hit) => hit.text);
}

/** Whether a sentence names an instance of what the question asks for, the question's own names aside. */
function names(question: string, sentence: string): boolean {
  const head = focusNoun(question);
  if (!head) throw new Error(`no noun asked for in “${question}”`);
  return namedInstanceTest(head, new Set(toTerms(question)))(sentence);
}

describe('the noun a "what X" or "which X" question asks for', () => {
  it('is the last word before the verb, with "kind of" dropped', () => {
    expect(focusNoun('what award is casey stengel getting from the baseball writers')).toBe('award');
    expect(focusNoun('which counties would get the deaf day schools')).toBe('counties');
    expect(focusNoun('what sales tax rate does gov davis want')).toBe('rate');
    expect(focusNoun('what kind of sub is the dreadnought')).toBe('sub');
  });

  it('stops at the question\'s verb when it is an inflected one, not an auxiliary ("what city hosted")', () => {
    expect(focusNoun('what city hosted the fair')).toBe('city');
    expect(focusNoun('what bill passed the house')).toBe('bill');
    expect(focusNoun('which golf club took the opening')).toBe('club');
    // A noun that is sometimes a verb stays the noun: "term", "increase".
    expect(focusNoun('what prison term could the spies get')).toBe('term');
  });

  it('is none when the question asks what someone did or said', () => {
    expect(focusNoun('what did dean rusk offer nato at oslo')).toBeNull();
    expect(focusNoun("what's in the housing bill the senate passed")).toBeNull();
    expect(focusNoun('who beat the orioles')).toBeNull();
  });
});

describe('a named instance of it', () => {
  it('is a name the question does not give, before the noun asked for', () => {
    const stengel = 'Stengel will receive the Ben Epstein Good Guy Award.';
    expect(names('what award is casey stengel getting', stengel)).toBe(true);
    // The award the question already names is no answer to it.
    expect(names('what award is the ben epstein good guy award', stengel)).toBe(false);
    // The sentence's first word is capitalised whatever it is.
    expect(names('what award is casey stengel getting', 'Awards will be given to the writers.')).toBe(false);
  });

  it('is found when the capitalised noun has more words after it ("Denver Country Club which will …")', () => {
    // Brown ca17.
    const club = 'There will be a stag dinner Friday evening at the Denver Country Club which will precede the opening of the 1961 golf season.';
    expect(names('which club will hold the stag dinner', club)).toBe(true);
    expect(names('which committee will hold the stag dinner', club)).toBe(false);
  });

  it('agrees in number: one county does not answer "which counties"', () => {
    const dallas = 'The TEA estimated there would be 182 scholastics to attend the day school in Dallas County, saving them from coming to Austin.';
    expect(names('which county would get the most deaf students', dallas)).toBe(true);
    expect(names('which counties would get the deaf day schools', dallas)).toBe(false);
  });
});

describe('ranking within an article', () => {
  it('puts the sentence naming what "what award" asks for before the lead that restates the awards', () => {
    // The lead ("With the announcement of a “special achievement award” to William A. (Bill) Shea, the awards list was completed…
    // Baseball Writers' Association…") holds more of the question's words.
    const [first] = shown(desk.ask('what award is casey stengel getting from the baseball writers', { limit: 3 }));
    expect(first).toMatch(/Stengel will receive the Ben Epstein Good Guy Award\./);
  });

  it('does not put one named county before the sentence on the counties the bill covers', () => {
    const [first] = shown(desk.ask('which counties would get the deaf day schools', { limit: 3 }));
    expect(first).toMatch(/day schools for the deaf in counties of 300,000 or more population/);
  });
});
