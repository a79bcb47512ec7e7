import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Reported speech and speakers that are no person, on sentences of non-reserved Brown press texts:
 * one structure per test, each failing before the rule it names was built.
 */
describe('reported speech and bodies as speakers', () => {
  it('gives “it said” to the body opening the sentence before, or the one an “it” chain goes back to (ca28, ca41)', () => {
    const tax = analyse('ca28.txt', [
      'The Revenue Service disallowed the claim, invoking a law provision that generally bars deductions for expenses incurred in connection with what it said was tax-exempt income. The Tax Court rejected this view. It said the tax-freedom of the gain in this case stemmed not from the exempt status of the income but from a special rule on corporate liquidations.',
    ]);
    expect(speakerOf(tax, 'tax-freedom of the gain', 'reported')).toBe('Tax Court');
    // "what it said was …": a subordinate clause's "it" is nobody's statement.
    expect(speakerOf(tax, 'tax-exempt income', 'reported')).toBeUndefined();
    const council = analyse('ca41.txt', [
      "During the five-month lull, civil war smoldered and flickered throughout the Congo. On Feb. 21 the council passed another resolution urging the taking of “all appropriate measures to prevent the occurrence of civil war in the Congo, including the use of force, if necessary, in the last resort”. Although the resolution might have been far more specific, it was considerably tougher than the earlier one. It also urged that the U.N. eject, and prevent the return of, all Belgian and other foreign military and political advisers;; ordered an investigation of Lumumba's death;; urged the reconvention of the Congolese Parliament and the reorganization of the army.",
    ]);
    expect(speakerOf(council, 'the U.N. eject', 'reported')).toBe('the council');
  });

  it('never gives “it” to a person, nor across a paragraph or a sentence with another subject (ca28, ca41)', () => {
    const person = analyse('ca28.txt', ['Mark V. Keeler rejected this view. It said the tax-freedom of the gain stemmed from a special rule.']);
    expect(speakerOf(person, 'tax-freedom', 'reported')).toBeUndefined();
    const nextParagraph = analyse('ca28.txt', ['The Tax Court rejected this view.', 'It said the tax-freedom of the gain stemmed from a special rule.']);
    expect(speakerOf(nextParagraph, 'tax-freedom', 'reported')).toBeUndefined();
    const between = analyse('ca41.txt', [
      'On July 14 the Security Council voted the resolution which drew the U.N. into the Congo. The Belgians were reluctant to withdraw their troops. It said the troops would stay.',
    ]);
    expect(speakerOf(between, 'troops would stay', 'reported')).toBeUndefined();
  });

  it('reads a verb after a bracketed aside, and “was assuring … that” as a finite verb with a report (ca16, ca36)', () => {
    const analysis = analyse('ca36.txt', [
      "It is now disclosed that the taxpayer not only pays for high wages, but he pays the employers' strike expenses when the latter undertakes to fight a strike. Business Week (Aug. 9, 1961) reports that the United Aircraft Company, against which the International Association of Machinists had undertaken a strike, decided to keep its plants operating.",
      'Paradoxically, the same week in which Senator McClellan was attempting to extend the anti-trust act to labor in transportation, the Civil Aeronautics Board was assuring the airlines that if they met in concert to eliminate many costly features of air travel, the action would not be deemed a violation of the anti-trust act.',
    ]);
    expect(speakerOf(analysis, 'decided to keep its plants operating', 'reported')).toBe('Business Week');
    expect(speakerOf(analysis, 'would not be deemed a violation', 'reported')).toBe('Civil Aeronautics Board');
    // Without a "that"-clause, a progressive speech verb tells of talk, not what was said.
    expect(analyse('ca16.txt', ['The Burkes, who now live in Kankakee, are telling friends of the engagement.']).quotes).toEqual([]);
  });

  it('gives a paragraph without quote marks after “X announced:” to X, but not the text after a quote left open (ca34, ca41)', () => {
    const announced = analyse('ca34.txt', [
      'Last Friday the White House announced:',
      'President Kennedy will meet with Soviet Premier Nikita S. Khrushchev in Vienna June 3 and 4.',
      'The announcement came after a period of sharp deterioration in East-West relations.',
    ]);
    expect(speakerOf(announced, 'will meet with Soviet Premier', 'reported')).toBe('the White House');
    expect(speakerOf(announced, 'sharp deterioration')).toBeUndefined();
    const resolution =
      'On July 14 the Security Council—with France and Great Britain abstaining—voted the resolution which drew the U.N. into the Congo. Vague in wording, it called for withdrawal of Belgian troops and authorized the Secretary-General “to take the necessary steps to provide the (Congolese) Government with such military assistance as may be necessary, until, through the efforts of the Congolese Government with the technical assistance of the United Nations, the national security forces may be able, in the opinion of the Government, to meet fully their tasks.';
    const after =
      'Secretary-General Hammarskjold decided that it would be preferable if the U.N. troops sent into the Congo were to come from African, or at least nonwhite, nations—certainly not from the U.S., Russia, Great Britain or France. He quickly called on Ghana, Tunisia, Morocco, Guinea and Mali, which dispatched troops within hours. Ultimately the U.N. army in the Congo reached a top strength of 19,000, including about 5,000 from India and a few soldiers from Eire and Sweden, who were the only whites.';
    const runOn = analyse('ca41.txt', [resolution, after]);
    expect(runOn.quotes.filter((quote) => quote.kind === 'reported' && after.includes(quote.text))).toEqual([]);
  });

  it('reads a roundup item run into the paragraph after a full stop and a dash as a sentence of its own (ca28)', () => {
    const analysis = analyse('ca28.txt', [
      'The court held that the tax applied to non-profit sales because the corporations realized economic benefits by doing business as two separate entities. —Consumer spending edged down in April after rising for two consecutive months, the Government reported.',
    ]);
    expect(analysis.passages.map((passage) => passage.text.slice(0, 24))).toEqual(
      ['Headline of ca28.txt', 'The court held that the t', '—Consumer spending edged'].map((text) => text.slice(0, 24)),
    );
    expect(speakerOf(analysis, 'Consumer spending edged down', 'reported')).toBe('the Government');
    expect(speakerOf(analysis, 'non-profit sales', 'reported')).toBe('the court');
  });

  it('reads speech verbs of testimony and conjecture: “stated”, “swore”, “speculated” (ca40, cf16, cj58)', () => {
    const analysis = analyse('ca40.txt', [
      'Some observers speculated that this might be his revenge on his home town.',
      'Staffe swore that Juet had tried to persuade them to keep muskets and swords in their cabins.',
      "The Warren Telegraph stated that many of Rev. Trafton's remarks were inappropriate and savored strongly of radicalism and fanaticism.",
    ]);
    expect(speakerOf(analysis, 'his revenge on his home town', 'reported')).toBe('Some observers');
    expect(speakerOf(analysis, 'keep muskets and swords', 'reported')).toBe('Staffe');
    expect(speakerOf(analysis, 'remarks were inappropriate', 'reported')).toBe('the Warren Telegraph');
    // As nouns the same words report nothing.
    expect(analyse('ca40.txt', ['The state has reasons for the request.']).quotes).toEqual([]);
  });

  it('finds a group subject standing before two asides (ca25)', () => {
    const analysis = analyse('ca25.txt', [
      'Other witnesses, after appearances before the jury, which reportedly is probing into possible income tax violations, disclosed that government prosecutors were attempting to connect Stein and his company with a number of gangsters, including Glimco and Alex.',
    ]);
    expect(speakerOf(analysis, 'government prosecutors were attempting', 'reported')).toBe('Other witnesses');
  });

  it('makes “the magazine”, “the railroad” a body of their own when the article names none with that head word, with two named, the one that spoke last (inline, ca28)', () => {
    const analysis = analyse('inline.txt', ['The magazine reported that the plan had failed.', 'The railroad said the line would reopen in May.']);
    expect(speakerOf(analysis, 'the plan had failed', 'reported')).toBe('the magazine');
    expect(speakerOf(analysis, 'the line would reopen', 'reported')).toBe('the railroad');
    const twoCourts = analyse('ca28.txt', [
      'The High Court held that the company must apply its percentage allowance to the value of the raw materials.',
      'The owner of a public relations firm owed no income tax on payments he received from a client company, the Tax Court ruled.',
      'Later the court said the ruling would stand.',
    ]);
    expect(speakerOf(twoCourts, 'the ruling would stand', 'reported')).toBe('Tax Court');
  });

  it('gives quoted words inside a reported clause to its speaker, not to the source set between commas (ca25)', () => {
    const analysis = analyse('ca25.txt', [
      'All of the loans, in amounts up to $5,000 each, have been repaid by Stein, according to Leavitt. Stein said he needed the money, Leavitt said, to “meet the payroll” at National Maintenance company.',
    ]);
    expect(speakerOf(analysis, 'meet the payroll', 'partial')).toBe('Stein');
    expect(speakerOf(analysis, 'have been repaid by Stein', 'reported')).toBe('Leavitt');
  });

  it('reads a name before its role aside when “has” stands before the verb, and never takes an attribution between commas for an aside (ca17, ch16, cj63)', () => {
    const club = analyse('ca17.txt', ['Gene Marshall, genial manager of the club, has announced that the Garden of the Gods will open to members Thursday, June 1.']);
    expect(speakerOf(club, 'Garden of the Gods will open', 'reported')).toBe('Gene Marshall');
    const government = analyse('ch16.txt', [
      "The Government, deeming these suggestions inadequate, had urged that any judgment include divestiture of Du Pont's shares of General Motors.",
    ]);
    expect(speakerOf(government, 'divestiture', 'reported')).toBe('the Government');
    // "he said" between commas is the attribution, not an aside of "Du Pont": the firm is not the speaker.
    const firm = analyse('ch16.txt', ['Du Pont, he said, had proposed disenfranchisement of its General Motors stock along with other restrictions.']);
    expect(speakerOf(firm, 'disenfranchisement', 'reported')).not.toBe('Du Pont');
  });

  it('ends a report where a coordinated clause with a subject and speech verb of its own starts (ca25, cg01, cf45)', () => {
    const loss = analyse('ca25.txt', [
      'Huff is accused of embezzling an undetermined amount of money from the First Federal Savings and Loan association, 1 S. Dearborn St., where he formerly was employed as an attorney.',
      'Federal prosecutors estimated that the amount may total $20,000, altho a spokesman for the association estimated its loss at approximately $10,000.',
    ]);
    expect(speakerOf(loss, 'the amount may total', 'reported')).toBe('Federal prosecutors');
    // The second estimate is not the prosecutors'.
    expect(loss.quotes.filter((quote) => quote.speaker?.name === 'Federal prosecutors').some((quote) => quote.text.includes('its loss'))).toBe(false);
    // The association is named by the full name the paragraph before gives it (fullerBodyName.ts).
    expect(speakerOf(loss, 'its loss at approximately', 'reported')).toBe('the First Federal Savings and Loan association');
    const historians = analyse('cg01.txt', [
      'All Southerners agree that slavery had to go;; but many historians maintain that except for Northern meddling it would have ended in states like Virginia years before it did.',
    ]);
    expect(speakerOf(historians, 'slavery had to go', 'reported')).toBe('Southerners');
    expect(speakerOf(historians, 'except for Northern meddling', 'reported')).toBe('many historians');
    // The same subject going on (", and apparently blamed …") is no second report.
    const company = analyse('cf45.txt', [
      'The Company was in trouble. It stated that it had lost 20,000,000 livres in its operations, and apparently blamed its poor success largely on the Indian trade.',
    ]);
    expect(speakerOf(company, 'it had lost', 'reported')).toBe('the Company');
  });

  it('gives “they” to the group that spoke in the sentence before, and “they note” is a verb (ca28)', () => {
    const experts = analyse('ca28.txt', [
      'A frequent pitfall in this sort of arrangement, experts warn, is a tendency to pay the wife more than her job is worth and to set aside an excessive amount for her as retirement income. In that event, they note, the Revenue Service might declare the pension plan is discriminatory and deny it tax privileges under the law.',
    ]);
    expect(speakerOf(experts, 'might declare the pension plan', 'reported')).toBe('experts');
    // A sentence further on, "they" could be anyone plural the text named since.
    const later = analyse('ca28.txt', [
      'A frequent pitfall in this sort of arrangement, experts warn, is a tendency to pay the wife more than her job is worth. Owners of small firms often hire their wives. In that event, they note, the Revenue Service might declare the pension plan is discriminatory.',
    ]);
    expect(speakerOf(later, 'might declare the pension plan', 'reported')).toBeUndefined();
  });

  it('takes no source from a capitalised word modifying the noun after “according to”, but keeps a possessive (ca07, cd06)', () => {
    const estimates = analyse('ca07.txt', ['The Communist countries allocated more than $1,000,000,000 in economic aid alone last year, according to Western estimates.']);
    expect(speakerOf(estimates, 'economic aid alone', 'reported')).toBeUndefined();
    const invitation = analyse('cd06.txt', [
      "I submitted to its conditions according to Christ's invitation and promise that, “If any man will do his will, he shall know of the doctrine, whether it be of God, or whether I speak of myself” (John 7: 17).",
    ]);
    expect(speakerOf(invitation, 'If any man will do his will')).toBe('Christ');
  });

  it('gives a participle with a “that”-clause (“, claiming that …”) to the main clause’s subject, never to a subordinate clause’s (cf28, cg65)', () => {
    const adams = analyse('cg65.txt', [
      'Brooks Adams wrote the book in 1895. Adams depended largely on the dispatches of foreign ambassadors and observers in England, claiming that the reports of such agents had to be accurate because there were no newspapers.',
    ]);
    expect(speakerOf(adams, 'reports of such agents', 'reported')).toBe('Brooks Adams');
    const gorham = analyse('cf28.txt', [
      'When Giffen decided to charge him interest on the loan from John Palfrey, Gorham readily assented, vowing that in a matter of dollars and cents, his brothers would never have any cause to complain of him.',
    ]);
    expect(speakerOf(gorham, 'his brothers would never', 'reported')).not.toBe('Giffen');
  });

  it('reads “he” after a conjunction with an auxiliary before the verb (“But he did recommend that …”, ca04)', () => {
    const nixon = analyse('ca04.txt', [
      'Mr. Nixon, for his part, would oppose intervention in Cuba without specific provocation. But he did recommend that President Kennedy state clearly that if Communist countries shipped any further arms to Cuba that it would not be tolerated.',
    ]);
    expect(speakerOf(nixon, 'state clearly', 'reported')).toBe('Nixon');
  });
});
