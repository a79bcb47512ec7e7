import { describe, expect, it } from 'vitest';
import { asksSomething, describesPerson, personAppositives } from '../src/lang/en/descriptions.ts';

/** Sentences of Brown texts ca02, ca14 and ca20 (not reserved). */
describe('a passage that says who someone is', () => {
  it('is an appositive after the name or an age before it', () => {
    expect(describesPerson('shea')("Shea, the chairman of Mayor Wagner's Baseball Committee, will be joined on the dais by Warren Spahn")).toBe(true);
    expect(describesPerson('Shea')('The 53-year-old Shea, a prominent corporation lawyer with a sports background, is generally recognized')).toBe(true);
    expect(describesPerson('berry')('Rep. Berry, an ex-gambler from San Antonio, got elected on his advocacy of betting on the ponies.')).toBe(true);
  });

  it('is not a passing mention, nor a clause that goes on after the name', () => {
    expect(describesPerson('shea')('Bill Jr., 20, Kathy, 15, and Patricia, 9, round out the Shea family.')).toBe(false);
    expect(
      describesPerson('shea')(
        "With the announcement of a “special achievement award” to William A. ((Bill) Shea, the awards list was completed yesterday for Sunday night's thirty-eighth annual dinner and show of the New York Chapter, Baseball Writers' Association of America",
      ),
    ).toBe(false);
  });

  it('is what a question of bare names asks for; a question word asks something else', () => {
    expect(asksSomething('Bill Shea')).toBe(false);
    expect(asksSomething('who is bill shea')).toBe(true);
    expect(asksSomething('did ethel gee get bail')).toBe(true);
  });
});

describe('the appositives that describe a person named in full', () => {
  // Brown ca14 and ca23 (not reserved).
  it('are read after a name of two words', () => {
    expect(
      personAppositives('Tim Larson, a junior at Wilson High School and president of Spice-Nice, is the young executive who guided his firm to the top-ranking position'),
    ).toEqual(['junior at Wilson High School and president of Spice-Nice']);
    expect(
      personAppositives(
        "Shea, the chairman of Mayor Wagner's Baseball Committee, will be joined on the dais by Warren Spahn, the southpaw pitching ace of the Milwaukee Braves;; Frank Graham, the Journal-American sports columnist;;",
      ),
    ).toEqual(['southpaw pitching ace of the Milwaukee Braves', 'Journal-American sports columnist']);
  });

  it('are not a company named between commas, nor a clause after the name', () => {
    expect(personAppositives('His company, Spice-Nice, will receive a $250 award, which will be distributed among the 16 charter members.')).toEqual([]);
    expect(personAppositives('For winning Larson will receive a $100 U.S. Savings Bond from the Junior Achievement national organization.')).toEqual([]);
  });
});
