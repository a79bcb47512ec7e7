import { describe, expect, it } from 'vitest';
import { analyse, analyseBrown, speakerOf } from './helpers/analyseParagraphs.ts';

/** A reviewer's sentences about an author's writing are no statements of the author's (reportedPredicate.ts). */
describe('what a writer writes about, and a second act after “and”, report nothing', () => {
  it('takes no statement from a review’s account of how and of what its author writes (Brown cc14)', async () => {
    const review = await analyseBrown('cc14');
    expect(speakerOf(review, 'William Sansom writes only about Europe in this book', 'reported')).toBeUndefined();
    expect(speakerOf(review, 'Mr. Sansom actually writes his with a nice ear', 'reported')).toBeUndefined();
    expect(speakerOf(review, 'He only rarely tells a personal anecdote', 'reported')).toBeUndefined();
    // His own words, quoted, are still his.
    expect(speakerOf(review, 'A writer lives, at best, in a state of astonishment')).toBe('William Sansom');
  });

  it('still reports a clause after the verb, a warning of something, and a second verb of saying', () => {
    const story = analyse('reports.txt', [
      'Mayor John Hill wrote that the city would raise taxes in the spring.',
      'Councilman Peter Ward warned of higher fares on every bus line.',
      'Governor Ann Price told newsmen here and predicted that the bill would pass.',
    ]);
    expect(speakerOf(story, 'the city would raise taxes', 'reported')).toBe('John Hill');
    expect(speakerOf(story, 'higher fares on every bus line', 'reported')).toBe('Peter Ward');
    expect(speakerOf(story, 'the bill would pass', 'reported')).toBe('Ann Price');
    // A second act after "and" that is no verb of saying reports nothing: the book he wrote is no statement.
    const credits = analyse('credits.txt', ['Noel Coward also wrote the book and directed the show on a cruise ship.']);
    expect(speakerOf(credits, 'Noel Coward also wrote the book', 'reported')).toBeUndefined();
  });
});
