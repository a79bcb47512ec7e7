import { describe, expect, it } from 'vitest';
import { asksSomething, describesPerson } from '../src/lang/en/descriptions.ts';

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
