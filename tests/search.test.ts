import { beforeAll, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { AskResult } from '../src/search/ask.ts';
import { relatedWords } from '../src/lang/en/wordnet.ts';
import { expandQuery } from '../src/search/synonyms.ts';
import { toTerms } from '../src/search/terms.ts';
import { AFP_ID, NEWSER_ID, SEEDS_DIR } from './helpers/seeds.ts';

let desk: NewsDesk;
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR });
});

function hitIds(result: AskResult): string[] {
  return result.status === 'found' ? result.hits.map((hit) => hit.passage.id) : [];
}

describe('terms', () => {
  it('folds case, diacritics, curly apostrophes, possessives and abbreviated titles, and stems', () => {
    expect(toTerms('Russia’s')).toEqual(['russia']);
    expect(toTerms("RUSSIA'S russia's")).toEqual(['russia', 'russia']);
    expect(toTerms('Gov. Price Daniel, the governor')).toEqual(toTerms('governor Price Daniel governor'));
    expect(toTerms('Atty. Gen. Sept.')).toEqual(toTerms('attorney general September'));
    expect(toTerms('annex annexing annexation')).toEqual(['annex', 'annex', 'annex']);
    expect(toTerms('Kyïv Café')).toEqual(toTerms('kyiv cafe'));
    expect(toTerms('the US and U.S.')).toEqual(['usa', 'usa']);
    expect(toTerms('what did the of to us')).toEqual([]);
  });
});

describe('ask on the seeds', () => {
  it('puts Lavrov’s “no plans to invade” first for “did Russia plan to invade Ukraine?”', () => {
    const result = desk.ask('did Russia plan to invade Ukraine?', { limit: 3 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    const top = result.hits[0];
    expect(top?.passage.text).toMatch(/no plans to invade|any plans to invade/);
    expect(top?.passage.speakerNames).toContain('Sergei Lavrov');
    expect(hitIds(result).slice(0, 2).sort()).toEqual([`${AFP_ID}#p6.s1`, `${NEWSER_ID}#p2.s3`]);
  });

  it.each([
    ['how many Russian troops were near the border', `${AFP_ID}#p12.s1`],
    ['who was killed in Donetsk', `${AFP_ID}#p15.s1`],
    ['what did Turchynov blame', `${AFP_ID}#p17.s1`],
    ['annexation of Crimea', `${AFP_ID}#p3.s1`],
    ['what does the CNN poll say about Americans', `${NEWSER_ID}#p2.s5`],
    ['Ban Ki-moon UN Charter', `${AFP_ID}#p7.s1`],
    ['Russia’s foreign minister common vision', `${NEWSER_ID}#p1.s2`],
  ])('“%s” finds %s in the top three', (question, expected) => {
    expect(hitIds(desk.ask(question, { limit: 3 }))).toContain(expected);
  });

  it('matches inflections: “annexing” finds “annex” and “annexing”', () => {
    const ids = hitIds(desk.ask('annexing', { limit: 10 }));
    expect(ids).toContain(`${AFP_ID}#p3.s1`); // "actually annexing the region"
    expect(ids).toContain(`${NEWSER_ID}#p1.s4`); // "move to annex the territory"
  });

  it('corrects typos against the articles’ own words', () => {
    const result = desk.ask('Lavorv', { limit: 3 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.correctedQuestion).toBe('lavrov');
    expect(result.hits.every((hit) => /Lavrov|he /.test(hit.passage.text) || hit.passage.speakerNames.includes('Sergei Lavrov'))).toBe(true);
  });

  it('finds sentences where the speaker is only “he” through the speaker field', () => {
    const ids = hitIds(desk.ask('Lavrov hinted', { limit: 3 }));
    expect(ids).toContain(`${AFP_ID}#p6.s2`); // "Yet he hinted of Moscow’s resolve…"
  });

  it('shows the sentence before a passage that cannot stand alone', () => {
    const result = desk.ask('Moscow resolve eventual control', { limit: 1 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.hits[0]?.passage.text).toMatch(/^Yet he hinted/);
    expect(result.hits[0]?.context).toMatch(/^\(he = Sergei Lavrov\) Moscow “has no.*Lavrov said\.$/);
    const standalone = desk.ask('8000 Russian troops staged drills', { limit: 1 });
    expect(standalone.status === 'found' && standalone.hits[0]?.context).toBeNull();
  });

  it('ranks the reporting above the headline and captions', () => {
    const result = desk.ask('Kerry Lavrov', { limit: 3 });
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.passage.citation.section).toBe('body');
  });

  it('says honestly that the articles do not cover a question, naming the words they lack, instead of a random passage', () => {
    const result = desk.ask('weather forecast for Paris');
    expect(result.status).toBe('not-covered');
    // The topic no article has is named ("paris"; "weather" and "forecast" too when no passage comes near at all).
    if (result.status === 'not-covered') expect(result.missing).toContain('paris');
    const bitcoin = desk.ask('what is the price of bitcoin in Ukraine');
    expect(bitcoin.status).toBe('not-covered');
    if (bitcoin.status === 'not-covered') {
      expect(bitcoin.reason).toBe('The articles don’t mention “bitcoin”.'.replace('’', "'"));
      expect(bitcoin.nearest.length).toBeGreaterThan(0); // closest passages, for the reader to judge, labelled as not an answer
    }
    const close = desk.ask('sanktions zzzqqq');
    expect(close.status).toBe('found'); // "sanktions" is corrected to "sanctions"; "zzzqqq" is no word and is ignored
  });

  it('reads “the us” as the country, not the pronoun', () => {
    const result = desk.ask('what does the us want russia to do', { limit: 3 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.correctedQuestion).toBe('what does the US want russia to do');
    expect(result.hits.slice(0, 2).every((hit) => /\bUS\b/.test(hit.text))).toBe(true);
  });

  it('refuses a question about a person the articles name when nothing says what is asked of them', () => {
    const age = desk.ask('how old is Lavrov');
    expect(age.status).toBe('not-covered'); // the articles name him but give no age ("a 22-year-old man" is someone else)
    if (age.status === 'not-covered') expect(age.reason).toBe('No passage mentions “age” together with “lavrov”.');
    const height = desk.ask('how tall is Kerry');
    expect(height.status).toBe('not-covered');
    if (height.status === 'not-covered') expect(height.missing).toEqual(['height']);
    // What the articles do say about them is still answered.
    expect(desk.ask('how old was the man who died').status).toBe('found');
    expect(hitIds(desk.ask('how many Russian troops were near the border', { limit: 1 }))).toEqual([`${AFP_ID}#p12.s1`]);
  });

  it('refuses a count, a sum or a length of time when the best passage gives no figure at all, naming the figure asked', () => {
    // The closest passage is Lavrov on the referendum: no number anywhere in it.
    const votes = desk.ask('how many votes did the referendum get');
    expect(votes.status).toBe('not-covered');
    if (votes.status === 'not-covered') {
      expect(votes.missing[0]).toBe('number of votes');
      expect(votes.reason).toMatch(/^No passage mentions “number of votes” together with “referendum”/);
    }
    const cost = desk.ask('how much will the sanctions cost russia');
    expect(cost.status === 'not-covered' && cost.missing[0]).toBe('sum');
    const last = desk.ask('how long will the sanctions last');
    expect(last.status === 'not-covered' && last.missing[0]).toBe('length of time');
    // A passage with the figure still answers: “more than three hours of talks”.
    const hours = desk.ask('how many hours did kerry and lavrov talk', { limit: 1 });
    expect(hours.status).toBe('found');
    if (hours.status === 'found') expect(hours.hits[0]?.text).toMatch(/more than three hours of talks/);
  });

  it('counts a place that is only ever a name as a topic of its own, unless the articles say it otherwise', () => {
    const lisbon = desk.ask('best restaurants in lisbon');
    expect(lisbon.status).toBe('not-covered');
    if (lisbon.status === 'not-covered') expect(lisbon.missing).toContain('lisbon');
    // “America” is not in the articles, but “Americans” is: the poll answers.
    expect(hitIds(desk.ask('is russia a threat to america', { limit: 1 }))).toEqual([`${NEWSER_ID}#p2.s5`]);
  });

  it('never corrects a real English word the articles lack: “live”, “planes” and “raid” stay as typed', () => {
    for (const question of ['how many people live in Crimea', 'which planes patrolled', 'air raid on Kiev']) {
      const result = desk.ask(question);
      expect(result.status === 'found' || result.status === 'not-covered').toBe(true);
      if (result.status === 'found' || result.status === 'not-covered') expect(result.correctedQuestion).toBeNull();
    }
  });

  it('relates words through WordNet: a demonym and its country, a noun and its verb', () => {
    const related = (word: string) => expandQuery([word]).groups.flatMap((group) => group.words);
    expect(related('Russian')).toContain('russia');
    expect(related('French')).toContain('france');
    expect(related('invasion')).toContain('invade');
    // A verb's more general verb: to threaten is to warn.
    expect(relatedWords('threaten')).toContain('warn');
    expect(hitIds(desk.ask('what did kerry threaten', { limit: 1 }))).toEqual([`${AFP_ID}#p13.s1`]); // “Kerry has warned…”
    expect(hitIds(desk.ask('invasion plans', { limit: 3 }))).toContain(`${AFP_ID}#p6.s1`); // “no plans to invade”
  });

  it('rejects empty, stop-word-only and huge questions with a reason', () => {
    for (const question of ['', '   ', '\u200b\u200b', 'what is the', 'x'.repeat(5000)]) {
      const result = desk.ask(question);
      expect(result.status).toBe('invalid');
      if (result.status === 'invalid') expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('never returns reader comments unless configured', () => {
    expect(hitIds(desk.ask('Christie prez Obamacare', { limit: 10 }))).toEqual([]);
  });

  it('respects the limit and clamps it to 1..10', () => {
    expect(hitIds(desk.ask('Russia', { limit: 2 }))).toHaveLength(2);
    expect(hitIds(desk.ask('Russia', { limit: 50 }))).toHaveLength(10);
    expect(hitIds(desk.ask('Russia', { limit: 0 }))).toHaveLength(1);
  });
});

describe('reader comments on request', () => {
  it('indexes them labelled as comments when includeComments is set', async () => {
    const withComments = await NewsDesk.open({ seedsDir: SEEDS_DIR, includeComments: true });
    const result = withComments.ask('Christie prez Obamacare', { limit: 1 });
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.passage.citation.section).toBe('comment');
    expect(withComments.snapshot.quotes.length).toBe(desk.snapshot.quotes.length);
  });
});
