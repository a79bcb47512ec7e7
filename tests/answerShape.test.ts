import { describe, expect, it } from 'vitest';
import { expectedAnswerKind } from '../src/lang/en/questionWords.ts';
import { answerTest, namesPersonTest, statedDateTest } from '../src/search/answerShape.ts';
import { DAY_OF_MONTH } from '../src/lang/en/questionWords.ts';
import { toTerms } from '../src/search/terms.ts';

/** The kind of answer a question wants, tested on sentences of Brown text ca11 (not reserved). */
function fits(question: string, sentence: string): boolean {
  const kind = expectedAnswerKind(question);
  if (!kind) throw new Error(`no answer kind for “${question}”`);
  return answerTest(kind, new Set(toTerms(question)))(sentence);
}

const WORKOUT = 'Hansen will engage in his first workout at Miami Stadium prior to the opening tomorrow night of a two-game weekend series with the New York Yankees.';
const KNEE = 'Waters injured his left knee in the last game of the 1960 season.';

describe('the kind of answer a question asks for', () => {
  it('is a place, a number or a person the question does not already name', () => {
    expect(fits('where will hansen work out', WORKOUT)).toBe(true);
    // "at Miami Stadium" only repeats the question's own place.
    expect(fits('where will hansen work out in miami', WORKOUT)).toBe(false);
    expect(fits('how many games did waters play', KNEE)).toBe(true);
    // The year the question gives is no count of anything.
    expect(fits('how many games did waters miss in 1960', KNEE)).toBe(false);
    expect(fits('who will hansen play against', WORKOUT)).toBe(true);
    expect(fits('who will play the new york yankees at miami stadium', WORKOUT)).toBe(false);
  });

  it('is a time for "in what year" and "on what day" as for "what year"', () => {
    expect(expectedAnswerKind('in what year did waters hurt his knee')).toBe('time');
    expect(expectedAnswerKind('on what day will hansen work out')).toBe('time');
    expect(fits('in what year did waters hurt his knee', KNEE)).toBe(true);
    // "in what way" asks no time.
    expect(expectedAnswerKind('in what way did waters hurt his knee')).toBeNull();
  });

  it("is a name after a title's full stop, but not the name that opens a sentence", () => {
    // Brown ca02 and ca23 (not reserved).
    expect(
      fits(
        'who wants the act passed',
        '—Committee approval of Gov. Price Daniel’s “abandoned property” act seemed certain Thursday despite the adamant protests of Texas bankers.',
      ),
    ).toBe(true);
    expect(fits('who spoke to the commissioners', 'William Smythe, director of field service, told the commissioners that Multnomah, as of Aug. 22, had spent $58,918')).toBe(
      false,
    );
  });
});

describe('a sentence that names a person', () => {
  // Brown ca07, ca11 and ca23 (not reserved).
  const who = (question: string, sentence: string) => namesPersonTest(new Set(toTerms(question)))(sentence);
  const LEVITT = 'Some Democratic district and county leaders are reported trying to induce State Controller Arthur Levitt of Brooklyn to oppose Mr. Wagner';
  const SHIPLEY = 'She snapped five tenths of a second off the mark set by Helen Shipley, of Wellsley College, in the National A.A.U. meet in Columbus, Ohio.';
  const BOND = 'For winning Larson will receive a $100 U.S. Savings Bond from the Junior Achievement national organization.';
  const ATHLETICS = 'they dropped their sixth straight spring exhibition decision, this one to the Kansas City Athletics by a score of 5 to 3.';

  it('has a given name before the surname', () => {
    expect(who('who might challenge the mayor', LEVITT)).toBe(true);
    expect(who('who set the record', SHIPLEY)).toBe(true);
  });

  it('is not a prize, a body or a team, which the looser person pattern takes', () => {
    expect(fits('who will get a prize', BOND)).toBe(true);
    expect(who('who will get a prize', BOND)).toBe(false);
    expect(fits('who beat the orioles', ATHLETICS)).toBe(true);
    expect(who('who beat the orioles', ATHLETICS)).toBe(false);
    // Nor the person the question names itself.
    expect(who('whose mark did she break, helen shipley’s', SHIPLEY)).toBe(false);
  });
});

describe('a date stated as a date, for "when"', () => {
  const dated = (question: string, sentence: string, pattern?: RegExp) => statedDateTest(new Set(toTerms(question)), pattern)(sentence);

  it('is a month with its day or year, a weekday or a year after "in" or "of"', () => {
    expect(dated('when did the raid come', 'It was the night of December 2, 1943, and it was growing dark in Bari.')).toBe(true);
    expect(dated('when did the parade take place', 'In the early spring of 1913 a few hundred thousand persons turned out to watch 5000 women parade.')).toBe(true);
    expect(dated('when is the parade', 'Thousands of seats are being erected for the big inaugural parade on Jan. 20.')).toBe(true);
  });

  it('is not a word that only tells of time, nor a date the question gives', () => {
    // The time kind takes "tomorrow night"; it says when only relative to a day the sentence does not state.
    expect(dated('when will hansen work out', WORKOUT)).toBe(false);
    expect(dated('when did maris hit home runs in 1960', 'Maris hit 39 home runs in 1960.')).toBe(false);
    expect(dated('when did maris hit home runs', 'Maris hit 39 home runs in 1960.')).toBe(true);
  });

  it('narrows to a day of a month', () => {
    expect(dated('when was the flood', 'And in the dark days after the Great Flood of 1927 the plane carried the mail.', DAY_OF_MONTH)).toBe(false);
    expect(dated('when was the flood', 'It was still raining on the morning of Friday, November 4, 1927.', DAY_OF_MONTH)).toBe(true);
  });
});

describe('a reason, for "why"', () => {
  it('is also a purpose stated by an infinitive that only ever states one', () => {
    // cb25: the drill's end is explained by what it let the members do, with no "because".
    expect(fits('why did the drill end early', 'The leaders called a halt at 9 A.M. to enable out-of-town members to catch a plane.')).toBe(true);
    expect(fits('why did the rangers close the road', 'The rangers closed the road in an effort to keep cars off the ice.')).toBe(true);
  });

  it('is not any infinitive: "to" after a verb often only says what was done', () => {
    expect(fits('why did the drill end early', 'The leaders called the members to catch a plane.')).toBe(false);
  });
});

describe('a place, for "where"', () => {
  it('is also a street address, with no preposition before it', () => {
    // cb24: the clubs are where New Yorkers were "discovering 29th Street and Eighth Avenue".
    expect(
      fits(
        'where are the belly dancing clubs',
        'More and more New Yorkers were discovering 29th Street and Eighth Avenue, where half a dozen small nightclubs feature belly dancers.',
      ),
    ).toBe(true);
    expect(fits('where did the theft happen', 'Mr. and Mrs. Stephen M. Kochanek reported the theft at their home on 41 Garden Hills Drive.')).toBe(true);
  });

  it('is not a street the question names', () => {
    expect(fits('where on eighth avenue are the clubs', 'The clubs are all on Eighth Avenue.')).toBe(false);
  });
});
