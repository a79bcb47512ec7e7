import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { pricedThing } from '../src/lang/en/askedPrice.ts';
import { statesASum } from '../src/search/priceAnswer.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** A price asked of Brown press texts ca02, ca08, ca18 and ca28 (not reserved), indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca02', 'ca08', 'ca18', 'ca28'], 'price'));
});
afterAll(() => cleanup());

describe('a "how much" question that asks a price without saying "cost"', () => {
  it('is read as asking a sum when a thing follows "is", or the noun after "how much" names one', () => {
    expect(pricedThing('how much were tickets for the concert')).toBe('tickets');
    expect(pricedThing('how much is a new tractor')).toBe('tractor');
    expect(pricedThing('how much pension does the writer live on')).toBe('pension');
    // An amount, often told otherwise than as a sum; and a quantity that is no money.
    expect(pricedThing('how much was stolen from the house')).toBeNull();
    expect(pricedThing('how much food energy should an american eat')).toBeNull();
    // An amount, a difference or an event is asked "how much is" of a figure that need be no sum ("10 percent").
    expect(pricedThing('how much is the increase')).toBeNull();
    expect(pricedThing('how much was the damage')).toBeNull();
  });

  it('is not covered when the closest passage counts the thing but prices nothing, and says the sum is missing', () => {
    // ca28: "Mr. Martin sold 21 tractors in August": a number of tractors, no price.
    const result = desk.ask('how much is a new tractor');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') {
      expect(result.missing[0]).toBe('sum');
      expect(result.nearest[0]?.text).toMatch(/sold 21 tractors/);
    }
  });

  it('is answered when the passage says what the thing is: a price told in kind', () => {
    // ca18: "the admission is a bundle of used clothing".
    const result = desk.ask('how much is the admission to the thrift shop party');
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/the admission is a bundle of used clothing/);
  });

  it('is answered when the passage states the sum', () => {
    const result = desk.ask('how much is the anticipated deficit');
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.hits[0]?.text).toMatch(/deficit of 63 million dollars/);
  });
});

describe('a sum asked of a passage whose "million" counts something else', () => {
  it('is not covered: "20 million people" is no price of a farm', () => {
    const result = desk.ask('how much does a farm cost');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.nearest[0]?.text).toMatch(/20 million people live on farms/);
  });

  it('reads a currency, or a million of money, as a sum, and a million of other things as none', () => {
    expect(statesASum('it would produce 17 million dollars')).toBe(true);
    expect(statesASum('a $133 million grant')).toBe(true);
    expect(statesASum('the plan would cost 60 million.')).toBe(true);
    expect(statesASum('More than 20 million people live on farms')).toBe(false);
    expect(statesASum('a million copies will circulate')).toBe(false);
  });
});

describe('a sum asked of someone the closest passage does not name', () => {
  it('is not covered: the sum it states is someone else’s, and the name is what is missing', () => {
    // ca18 states the thrift shop women's $840,000; Barnett is ca08's governor and gave nothing to it.
    const result = desk.ask('how much money did barnett give the thrift shop');
    expect(result.status).toBe('not-covered');
    if (result.status === 'not-covered') expect(result.missing).toContain('barnett');
  });

  it('is answered when the passage names them', () => {
    // ca18: "The Thrift Shop, with Mrs. Bernhard S. Blumenthal as president, …" and its sum.
    expect(desk.ask('how much money did blumenthal raise').status).toBe('found');
  });
});
