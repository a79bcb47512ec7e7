import { describe, expect, it } from 'vitest';
import { ageOwners } from '../src/lang/en/ageOwners.ts';
import { askedAttribute, asksForAPersonsName, isToldOtherwise, namesASum } from '../src/lang/en/askedAttribute.ts';

/** The English side of the refusal rules for "what is X's N" and "how old is X" (src/lang/en), on WordNet 3.1. */
describe('askedAttribute', () => {
  it('reads the attribute and its owner from "what is X’s N" and "what is the N of X"', () => {
    expect(askedAttribute("what's jack fisher's salary with the orioles")).toEqual({ noun: 'salary', owner: ['jack', 'fisher'], modifiers: [] });
    expect(askedAttribute('what is the population of Denton, Texas, in 1960')).toEqual({ noun: 'population', owner: ['denton', 'texas'], modifiers: [] });
    expect(askedAttribute('whats the longest prison term the accused spies could get')).toEqual({ noun: 'term', owner: [], modifiers: ['longest', 'prison'] });
    expect(askedAttribute("what's the name of the deaf children's teacher")).toEqual({ noun: 'name', owner: ['deaf', 'children', 'teacher'], modifiers: [] });
  });

  it('reads a sum someone gets from "what N will X get / earn / receive"', () => {
    for (const question of ['what salary will james hester get', 'what fee does the lawyer earn', 'what salary did he receive']) {
      expect(askedAttribute(question), question).toMatchObject({ owner: [] });
    }
  });

  it('reads no attribute where no noun heads the phrase, or the question is no "what is …"', () => {
    expect(askedAttribute("what's in the housing bill the senate passed")).toBeNull();
    expect(askedAttribute("what's ailing the cardinals captain")).toBeNull();
    // "what N …" more often picks one of several than asks a value: left alone, unless a sum is what someone gets (WordNet: get, earn, receive).
    expect(askedAttribute('what fee did the brokers waive')).toBeNull();
    expect(askedAttribute('what award is casey stengel getting')).toBeNull();
    expect(askedAttribute('who is the mayor')).toBeNull();
  });

  it('knows the name of a person from the name of a thing by the owner’s head noun', () => {
    const person = askedAttribute('what is the name of the state senator from paris');
    expect(person && asksForAPersonsName(person)).toBe(true);
    const ship = askedAttribute('what is the name of the ship');
    expect(ship && asksForAPersonsName(ship)).toBe(false);
  });
});

describe('WordNet classes of an attribute', () => {
  it('names a sum when its commonest sense is or falls under payment, cost, sum, money or monetary value', () => {
    for (const noun of ['salary', 'fee', 'price', 'income', 'budget', 'rent']) expect(namesASum(noun), noun).toBe(true);
    for (const noun of ['allowance', 'bail', 'award', 'population', 'name']) expect(namesASum(noun), noun).toBe(false);
  });

  it('tells which attributes a report gives in other words (an event, an act, a judgement)', () => {
    for (const noun of ['result', 'outcome', 'cause', 'decision']) expect(isToldOtherwise(noun), noun).toBe(true);
    for (const noun of ['population', 'address', 'salary', 'nickname']) expect(isToldOtherwise(noun), noun).toBe(false);
  });
});

describe('ageOwners', () => {
  it('reads whose each age is, before the name or between commas after it (Brown ca11, ca14, ca20 sentences)', () => {
    expect(ageOwners('Twenty-one-year-old Milt Pappas and Jerry Walker, 22, are scheduled to share the Oriole mound chores')).toEqual(['Milt Pappas', 'Jerry Walker']);
    expect(ageOwners('The 53-year-old Shea, a prominent corporation lawyer with a sports background, is generally recognized')).toEqual(['Shea']);
    expect(ageOwners('Mrs. Blanche Dunkel, 60, who has spent 25 years in the Dwight reformatory')).toEqual(['Mrs. Blanche Dunkel']);
  });

  it('binds an age of a described person, or one said apart, to no name', () => {
    expect(ageOwners('The big, 22-year-old shortstop, the 1960 American league “rookie-of-the-year”, flew here')).toEqual([null]);
    expect(ageOwners('He is 67 years old.')).toEqual([null]);
    expect(ageOwners('No age here, only 1961.')).toEqual([]);
  });
});
