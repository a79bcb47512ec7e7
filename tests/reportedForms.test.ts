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

  it('reports a request put to someone: “asked Stevenson to search for …”, “told me to take …”, “asked if …”, “asked him if …” (ca42, cg40, cf31, ce02)', () => {
    const president = analyse('ca42.txt', [
      'On this issue, the President received a detailed report from his U.N. Ambassador Adlai Stevenson, who had just returned from Paris, and Mr. Kennedy asked Stevenson to search for a face-saving way—for both Paris and Tunis—out of the imbroglio.',
    ]);
    expect(speakerOf(president, 'search for a face-saving way', 'reported')).toBe('Kennedy');
    const desk = analyse('cg40.txt', [
      'Just then a reporter telephoned in from the Bronx to give the rewrite desk an account of a murder. The Hetman told me to take the story over the phone and to write it.',
    ]);
    expect(speakerOf(desk, 'take the story over the phone', 'reported')).toBe('the Hetman');
    const interview = analyse('cf31.txt', [
      'When I interviewed Kirby, who as a boy picked up pears in the Borden yard, I asked if anybody else in the household besides Lizzie and Morse had been under any suspicion at the time of the murders.',
    ]);
    expect(speakerOf(interview, 'under any suspicion', 'reported')).toBe('the writer');
    const garden = analyse('ce02.txt', ['I asked him if he took seeds from his own plants.']);
    expect(speakerOf(garden, 'took seeds', 'reported')).toBe('the writer');
  });

  it('takes no request after a pronoun, whose referent narrative leaves open (cg67)', () => {
    // "he" is Lewis, but Blackman was the last to speak: the request stays unattributed rather than his.
    const train = analyse('cg67.txt', [
      'When Blackman emerged from the bedroom, everyone was gone except the tolerant Lord Thomson, who stayed and chatted with him for half an hour, and then Blackman lay awake most of that night, despairing of what he must expect on the Continent. Finally, at dawn, he fell asleep, and when he awoke and came into the living room, he found Lewis in his pajamas before the fire, smoking a cigarette. Blackman said that he wanted to apologize for not having prevented Lewis from making that horrible spectacle of himself, that he should have seized him by the neck at once and forcibly hauled him into his bedroom. Lewis warned him never to lay a hand on him, and then Blackman asked for his fare back to the United States. Lewis looked at him and began to cry, and then, saying that he was going to make a promise, he asked Blackman to call the porter and to tell him to take out all the liquor that he did not want. “And from now on, for the rest of this trip, I will only drink what you agree that I should drink”. Blackman called the porter and had him remove everything but one bottle of brandy, and after that they would have a cocktail or two before dinner, or, on one of their walking trips, beer, or, in France and Italy, wine in moderation.',
    ]);
    expect(speakerOf(train, 'call the porter', 'reported')).toBeUndefined();
  });

  it('takes a plural WordNet files under people as a group opening its clause, and “they” in the next sentence as that group (ca37, cj55, ca31, cg48)', () => {
    const senate = analyse('ca37.txt', [
      "Privately, the liberals admitted that the Humphrey amendment had no chance of passage. Privately, they also admitted that their hopes for Clint Anderson's three-fifths modification depended on none other than Republican Richard Nixon.",
    ]);
    expect(speakerOf(senate, 'no chance of passage', 'reported')).toBe('the liberals');
    expect(speakerOf(senate, 'three-fifths modification', 'reported')).toBe('the liberals');
    const ranch = analyse('cj55.txt', [
      'They were reluctant to appoint sheriffs to protect the property, thus running the risk of creating disturbances such as that on the Vermejo, and yet the cowboys protested that they got no salary for arresting cattle thieves and running the risk of being shot.',
    ]);
    expect(speakerOf(ranch, 'no salary for arresting', 'reported')).toBe('the cowboys');
    // An object (“let the girls say grace”) or a plural after a preposition is no subject.
    expect(analyse('ca31.txt', ['But after that service, they decided to try to let the girls say grace at the table, have bedtime prayers, and Bible stories.']).quotes).toEqual(
      [],
    );
    const truce = analyse('cg48.txt', [
      'To relieve the itch and sweat galls, the men got into the water whenever they could and since each sizable stream was generally the dividing line between the armies the pickets declared a private truce while the men went swimming.',
    ]);
    expect(truce.quotes).toEqual([]);
  });

  it('reads a form that is a plural noun as often as a verb as the verb of a name or “he” before a comma or “that” (cf08, cg56, ch06)', () => {
    const marriage = analyse('cf08.txt', ["In any case, Dr. Calderone remarks, such problems are a couple's own affair, and can't always be measured by a general yardstick."]);
    expect(speakerOf(marriage, 'a couple', 'reported')).toBe('Calderone');
    const poetics = analyse('cg56.txt', ['For one thing, Aristotle mentions that plays may corrupt the audience.']);
    expect(speakerOf(poetics, 'plays may corrupt', 'reported')).toBe('Aristotle');
    // "the six New England states." ends in a plural noun: nobody states anything.
    const planning = analyse('ch06.txt', [
      'The planning division will take the initiative in encouraging planning cooperation at all levels of government;; among the operating departments of the state;; between the cities and towns of the state;; and on a regional basis between the six New England states.',
    ]);
    expect(planning.quotes).toEqual([]);
  });
});
