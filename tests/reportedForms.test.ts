import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Reported-speech forms read since the 12:45 session (z-quote-reported), on sentences of non-reserved
 * Brown texts: one class of sentence per test, each failing before the rule it names was built.
 */
describe('reported speech: forms of the 12:45 session', () => {
  it('reads a speaker after a closing verb that takes no person as object: “…, stated X, title” (ca26, cg65)', () => {
    const housing = analyse('ca26.txt', [
      "The Administration's proposals, complex and sweeping as they are, all deal with fringe areas of the housing market rather than its core, stated Caron S. Stallard, first vice-president of the Mortgage Bankers Association of America.",
    ]);
    expect(speakerOf(housing, 'fringe areas of the housing market', 'reported')).toBe('Caron S. Stallard');
    // The adverb opening the sentence is no speaker: the name after the verb is.
    const history = analyse('cg65.txt', ['Moreover, stated Day, “He always omits facts which tend to disprove his hypothesis”. Even D. A. Wasson was less severe.']);
    expect(speakerOf(history, 'He always omits facts')).toBe('Day');
  });

  it('reads a name with “of” and a capitalised place or body before its asides: “X of Y, …, recommended” (ch05)', () => {
    const report = analyse('ch05.txt', [
      'The Institute of Public Administration, in its report to the State Fiscal Study Commission in 1959, recommended “consolidating and centralizing all aspects of property tax administration in a single state agency professionally organized and equipped for the job”.',
    ]);
    expect(speakerOf(report, 'consolidating and centralizing')).toBe('Institute of Public Administration');
  });

  it('gives what stands with “according to” a group of people to that group, never a plan or a text (ca25, cg08, cj26)', () => {
    const jury = analyse('ca25.txt', ["The federal lawyers, according to their witnesses, also were tracing Stein's fees as a labor consultant."]);
    expect(speakerOf(jury, "tracing Stein's fees", 'reported')).toBe('witnesses');
    const letters = analyse('cg08.txt', [
      'Those writers known collectively as the “Southern school” have received accolades from even those critics least prone to eulogize;; according to many critics, in fact, the South has led the North in literature since the Civil War, both quantitatively and qualitatively.',
    ]);
    expect(speakerOf(letters, 'the South has led the North', 'reported')).toBe('many critics');
    const plans = analyse('cj26.txt', [
      'These area reports will be followed, according to present plans, by a summary report, which will include a detailed statement on methods.',
    ]);
    expect(plans.quotes).toEqual([]);
  });

  it('reads a body named in lower case before its asides only where it opens the sentence, and a claim of a thing is no statement (ca28, cf14)', () => {
    // "claimed the state tax payment as a deductible expense" claims a deduction; nobody says anything.
    const tax = analyse('ca28.txt', [
      'The corporation, in filing its final Federal income return, claimed the state tax payment as a deductible expense, as permitted under U.S. tax law.',
    ]);
    expect(tax.quotes).toEqual([]);
    // The third of a list of presses is no subject: the strategists cried out.
    const press = analyse('cf14.txt', [
      'Public relations strategists everywhere, watching the reaction of the German press, the liberal press, the lunatic-fringe press, listening to their neighbors, studying interviews with men and women on the street, cried out: Too much, too much—the mind of the audience is becoming dulled, the horrors are losing their effect.',
    ]);
    expect(press.quotes.some((quote) => quote.speaker?.name.includes('press'))).toBe(false);
  });
});
