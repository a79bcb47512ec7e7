import { describe, expect, it } from 'vitest';
import { analyse, analyseBrown, speakerOf, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * Reported speech on press-like text read since the Nov 25 00:45 session (z-quote-reported), on non-reserved
 * Brown texts: one class of sentence per test, each failing before the rule it names was built.
 */
describe('reported speech: forms of the Nov 25 00:45 session', () => {
  it('reads an attribution set off by dashes inside the sentence it reports (cf10, cf24: “She had—he informed her—kidney trouble”)', async () => {
    const quack = await analyseBrown('cf10');
    expect(speakerOfWords(quack, 'She had—he informed her—kidney trouble')).toBe('Franklin D. Lee');
    expect(speakerOfWords(quack, 'The human body—he pointed out, for example—required 33 units')).toBe('Franklin D. Lee');
    // A verb of asking set off inside the question it puts ("asked" alone mostly takes a person as object).
    expect(speakerOfWords(quack, 'Did she know, he asked, why the colors')).toBe('Franklin D. Lee');
    // Set off inside a statement, "he asked" puts a request, not a question: no report of his.
    const request = analyse('cf10.txt', ['Franklin D. Lee ran the clinic for years. His aides, he asked, should stay home on Sundays.']);
    expect(speakerOf(request, 'should stay home', 'reported')).toBeUndefined();
    const laos = await analyseBrown('cf24');
    expect(speakerOfWords(laos, 'Practically all the people of Laos, he explained—about two million')).toBe('J. J. A. Frans');
  });

  it('never reads a dash after the verb as closing a tag when no second dash closes the aside (cd05: “Channing added—remember, …”)', () => {
    const sermon = analyse('cd05.txt', [
      'Even more poignantly, and with the insight of a genius, Channing added—remember, this is Channing, not Parker!! —that should a minister in Boston trust himself to his heart, should he “speak without book, and consequently break some law of speech, or be hurried into some daring hyperbole, he should find little mercy”.',
    ]);
    expect(speakerOf(sermon, 'Even more poignantly', 'reported')).toBeUndefined();
  });

  it('reads a speech verb after an adverb of time or frequency, also behind an aside (cf28, cf26: “Mrs. Child, who …, now confided that …”)', async () => {
    const palfrey = await analyseBrown('cf28');
    expect(speakerOfWords(palfrey, 'now confided that she had helped one of Henry Palfrey')).toBe('Lydia Maria Child');
    const remedies = analyse('cf26.txt', ['(Doctors now say that it was not the meat but the coolness of the applications which relieved the pain. )']);
    expect(speakerOf(remedies, 'coolness of the applications', 'reported')).toBe('Doctors');
  });
});
