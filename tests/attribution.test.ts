import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../src/nlp/analyzeArticle.ts';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';
import { mergeSpeakers } from '../src/nlp/speakerRegistry.ts';
import { groupStatements } from '../src/nlp/statements.ts';
import { findSpeakers } from '../src/search/speakerLookup.ts';

/**
 * Attribution on sentences of non-reserved Brown press texts (ca14, ca25, ca28, ca33), one class of
 * news form per test: each failed before the attribution it names was built.
 */
describe('attribution from the sentence’s structure', () => {
  it('reads “…, says Ramsey” as inverted even after a capitalised word, and an “according to” aside as the source, not the speaker (ca29, ca36)', () => {
    const menu = analyse('ca29.txt', ['Gerald G. Ramsey runs the kitchen. (Leave off the ham and you call it Chicken Pontiac, says Ramsey. )']);
    expect(speakerOf(menu, 'Chicken Pontiac')).toBe('Gerald G. Ramsey');
    const aside = analyse('ca36.txt', [
      'Compare this statement of a nineteenth-century judge with how Congressman Martin, according to the Daily Labor Report of Sept. 19, 1961, defends the necessity of enacting anti-trust legislation in the field of labor “if we wish to prevent monopolistic fixing of wages, production or prices”.',
    ]);
    expect(aside.quotes.map((quote) => quote.speaker?.name)).not.toContain('the Daily Labor Report');
  });

  it('separates a title of everyday words from the name after it, so the person is found by name (ca15, ca16, ca23, ca33)', () => {
    // The first quote given to anyone: a title in title case (“Knight Must Fall”) is given to nobody.
    const speakerNamed = (file: string, paragraph: string) => analyse(file, [paragraph]).quotes.find((quote) => quote.speaker)?.speaker;
    const manager = speakerNamed('ca15.txt', "Pirate Manager Danny Murtaugh said he hadn't decided between Mizell and Vern Law for Wednesday's game.");
    expect([manager?.name, [...(manager?.titles ?? [])]]).toEqual(['Danny Murtaugh', ['Pirate Manager']]);
    expect(speakerNamed('ca16.txt', "Emcee Jack Herbert insists Dick Nixon's campaign slogan for governor of California is, “Knight Must Fall”!!")?.name).toBe('Jack Herbert');
    expect(
      speakerNamed('ca23.txt', 'A boy was in serious condition Friday at Bess Kaiser Hospital, victim of a bicycle-auto collision, Deputy Sheriff W. H. Forsyth reported.')?.name,
    ).toBe('W. H. Forsyth');
    expect(
      speakerNamed(
        'ca33.txt',
        "Transylvania Symphony Conductor Pfohl said yesterday that Mrs. Kennedy's Social Secretary, Letitia Baldrige, told about plans for White House youth concerts.",
      )?.name,
    ).toBe('Pfohl');
    // Given names and initials alone are a whole name, and a name that is also a word stays one.
    expect(speakerNamed('ca33.txt', 'Thruston B. Morton said the plan would fail.')?.name).toBe('Thruston B. Morton');
    expect(speakerNamed('ca32.txt', 'Paine Knickerbocker said the plan would fail.')?.name).toBe('Paine Knickerbocker');
  });

  it('reports only a speech verb that has something to report: a clause, not a noun or an adverb (ca07, ca13, ca25, ca37)', () => {
    const sports = analyse('ca13.txt', [
      "The Bears added two more in the fifth when McAuliffe dropped a double into the leftfield corner, Paschal doubled down the rightfield line and Cooke singled off Phil Shartzer's glove.",
    ]);
    expect(sports.quotes).toEqual([]);
    const politics = analyse('ca37.txt', [
      '(In the heat of the anti-Colmer drive last week, Judge Smith threatened reprisal against Powell.',
      "Georgia's Dick Russell objected politely, and the battle was joined.",
    ]);
    expect(politics.quotes).toEqual([]);
    // The sentence after it opens with the verb, its subject after it: the quote is his.
    const inverted = analyse('ca37.txt', [
      '(In the heat of the anti-Colmer drive last week, Judge Smith threatened reprisal against Powell. Said he: “We will see whether whites and Negroes are treated the same around here”. )',
    ]);
    expect(inverted.quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['We will see whether whites and Negroes are treated the same around here', 'Smith']]);
    // A participle with its agent describes a noun: the speaker is the one named before "said".
    const corps = analyse('ca07.txt', [
      'Twelve projects proposed by private groups are at the contract-negotiation stage, Gordon Boyce, director of relations with the voluntary agencies, said in a Washington interview.',
    ]);
    expect(speakerOf(corps, 'Twelve projects')).toBe('Gordon Boyce');
    // Clauses after the verb still report, through a preposition, a participle before a noun, or an aside.
    const reported = analyse('ca25.txt', [
      'Carl W. Buchheister, president of the National Audubon Society, spoke to reporters today.',
      'Buchheister said other mistakes in spraying had caused serious damage in Ohio and Wyoming.',
      'The Commerce Department said seasonally adjusted sales of retail stores dropped to slightly under $18 billion in April.',
      "Police said the children's mother, Mrs. Eleanor Somerville, was visiting next door when the fire occurred.",
    ]);
    expect(speakerOf(reported, 'other mistakes in spraying')).toBe('Carl W. Buchheister');
    expect(speakerOf(reported, 'seasonally adjusted sales')).toBeTruthy();
    expect(speakerOf(reported, 'was visiting next door')).toBeTruthy();
  });

  it('reports nothing from an opening participle, a participle after a comma, or a pronoun for the object (cf09, cf28)', () => {
    const analysis = analyse('cf28.txt', [
      'Giffen advised acceptance of this plan, citing the depressed market for land then prevailing.',
      'Lacking specific instructions, he agreed to William’s condition.',
      'Diane sobbingly denied this to the court.',
      'Giffen denied that the slaves had been sold.',
    ]);
    expect(speakerOf(analysis, 'advised acceptance')).toBeUndefined();
    expect(speakerOf(analysis, 'Lacking specific instructions')).toBeUndefined();
    expect(speakerOf(analysis, 'sobbingly denied')).toBeUndefined();
    expect(speakerOf(analysis, 'the slaves had been sold')).toBe('Giffen');
  });

  it('reads an inverted verb after “??” as verb and subject: never a speaker named “Asked Willie”', () => {
    const analysis = analyse('ca14.txt', ['“How many is that, Jim”?? Asked Willie at one stage of his excavation project.']);
    expect(speakerOf(analysis, 'How many is that')).toBe('Willie');
    expect(analysis.quotes.map((quote) => quote.speaker?.name)).not.toContain('Asked Willie');
  });

  it('finds the subject behind an aside and a closing verb with a trailing adverb, and gives “he” to him', () => {
    const analysis = analyse('ca25.txt', [
      'Vast spraying programs conducted by “technicians with narrow training and little wisdom” are endangering crops and wildlife, Carl W. Buchheister, president of the National Audubon Society, said today.',
      '“It is like handing a loaded automatic to an 8-year-old and telling him to run out and play”, he commented.',
    ]);
    expect(speakerOf(analysis, 'technicians with narrow training')).toBe('Carl W. Buchheister');
    expect(speakerOf(analysis, 'loaded automatic')).toBe('Carl W. Buchheister');
    // The society is a body, never "he".
    expect(analysis.quotes.some((quote) => quote.speaker?.name.includes('Society') && quote.speaker.kind === 'person')).toBe(false);
  });

  it('gives “he said” to the person the story is about, not to the last one quoted', () => {
    const analysis = analyse('ca25.txt', [
      '“But it did destroy the natural controls of a borer”, Carl W. Buchheister said.',
      'Seventeen years ago today, German scientist Willy Fiedler climbed into a makeshift cockpit installed in a V-1 rocket-bomb.',
      "Now a quiet-spoken, middle-aged man, Fiedler is an aeronautical engineer for Lockheed's Missiles and Space Division at Sunnyvale, where he played a key role in the development of the Navy's Polaris missile.",
      'He sat in his office yesterday and recalled that historic flight in 1944.',
      '“The first two pilots had crashed”, he said. “I had developed the machines and therefore knew them. It was time to go up myself”.',
    ]);
    expect(speakerOf(analysis, 'first two pilots')).toBe('Willy Fiedler');
    expect(speakerOf(analysis, 'I had developed the machines')).toBe('Willy Fiedler');
  });

  it('takes the speaker named after a closing “says”, and after “according to”', () => {
    const analysis = analyse('ca28.txt', [
      'Tractor production at Massey-Ferguson, Ltd., of Toronto in July and August rose to 2,418 units from 869 in the like period a year earlier, says John Staiger, vice president.',
      'Gus Ehlers, competitor of Mr. Houtz in this farm community, says his business since August 1 is running 50% above a year earlier.',
      '“Before then, my sales during much of the year had lagged behind 1960 by 20%”, he says.',
    ]);
    expect(speakerOf(analysis, 'Tractor production')).toBe('John Staiger');
    expect(speakerOf(analysis, 'his business since August')).toBe('Gus Ehlers');
    expect(speakerOf(analysis, 'my sales during much of the year')).toBe('Gus Ehlers');
  });

  it('gives both halves of a split quote, and every paragraph of a quote that runs on, to the speaker', () => {
    const analysis = analyse('inline.txt', [
      '“We will not move the plant,” Notte said, “and we will not cut a single job this year.”',
      'Mitchell said in a statement:',
      '“The council has failed the city.',
      '“It must now act before the winter comes.”',
    ]);
    expect(speakerOf(analysis, 'We will not move the plant')).toBe('Notte');
    expect(speakerOf(analysis, 'cut a single job')).toBe('Notte');
    expect(speakerOf(analysis, 'failed the city')).toBe('Mitchell');
    expect(speakerOf(analysis, 'before the winter comes')).toBe('Mitchell');
  });

  it('never lets a pronoun reach into the story before, in a roundup of several items', () => {
    const analysis = analyse('roundup.txt', [
      '“The bridge will open in May,” Mrs. Mary Self said.',
      '—Consumer spending edged down in April after rising for two consecutive months.',
      '“It was a quiet month,” she said.',
    ]);
    expect(speakerOf(analysis, 'bridge will open')).toBe('Mary Self');
    expect(speakerOf(analysis, 'quiet month')).toBeUndefined();
  });

  it('lets “X said:” own the quoted paragraph after it, and reports nothing itself', () => {
    const analysis = analyse('inline.txt', ['Mr. Jones, the mayor, said in a statement:', '“We will rebuild the bridge before winter and we will pay for it.']);
    expect(speakerOf(analysis, 'rebuild the bridge')).toBe('Jones');
    expect(analysis.quotes.filter((quote) => quote.kind === 'reported')).toEqual([]);
  });

  it('reads a subject the patterns miss from the POS tags: the noun phrase opening the clause', () => {
    const analysis = analyse('ca28.txt', [
      '—Farm machinery dealer Bob Houtz tilts back in a battered chair and tells of a sharp pickup in sales: “We’ve sold four corn pickers since Labor Day and have good prospects for 10 more”.',
    ]);
    expect(speakerOf(analysis, 'four corn pickers')).toBe('Bob Houtz');
    const court = analyse('ca36.txt', [
      'In People vs. Fisher, Justice Savage of the New York Supreme Court declared:',
      '“Without any officious and improper interference on the subject, the price of labor or the wages of mechanics will be regulated by the demand for the manufactured article”.',
    ]);
    expect(speakerOf(court, 'officious and improper')).toBe('Savage');
  });

  it('takes nothing from a modal, a negation, a verb inside a reported clause or scare quotes after an article', () => {
    const analysis = analyse('ca28.txt', [
      'The Internal Revenue Service has been checking such claims.',
      'In that event, they note, the Revenue Service might declare the pension plan is discriminatory and deny it tax privileges under the law.',
      'The Service has not said what its next step will be.',
    ]);
    expect(analysis.quotes.filter((quote) => quote.speaker?.name.includes('Revenue Service'))).toEqual([]);
    const pilot = analyse('ca42.txt', [
      'Capt. Byron D. Rickards radioed El Paso International Airport with just that message.',
      'But, he told the “skyjackers”, the 707 didn’t carry enough fuel to reach Havana.',
      'He in turn told her she demanded too much.',
    ]);
    expect(pilot.quotes.find((quote) => quote.text === 'skyjackers')?.speaker ?? null).toBeNull();
    expect(pilot.quotes.some((quote) => quote.text.startsWith('He in turn'))).toBe(false);
  });

  it('leaves “he” unattributed when another man was named since the last speaker, or paragraphs ago', () => {
    const analysis = analyse('ca42.txt', [
      '“We will land at El Paso”, said John Salvador, a passenger.',
      '“Tell your company there are four of us here with guns”, the elder man told Rickards.',
      'But, he told the gunmen, the 707 didn’t carry enough fuel to reach Havana.',
    ]);
    expect(speakerOf(analysis, 'We will land')).toBe('John Salvador');
    expect(analysis.quotes.find((quote) => quote.text.startsWith('But, he told'))?.speaker?.name).not.toBe('John Salvador');
    const later = analyse('ca25.txt', [
      '“It is like handing a loaded automatic to an 8-year-old”, Carl W. Buchheister said.',
      'The presentation was made before several hundred persons at the annual meeting of the League at Olney Hall.',
      'The World War 2, German bomber rolled down a runway and took off.',
      '“The first two pilots had crashed”, he said.',
    ]);
    expect(speakerOf(later, 'first two pilots') ?? null).toBeNull();
  });

  it('keeps an aside naming a role as a title, so a later description finds the person; a court “held that”', () => {
    const analysis = analyse('ca25.txt', [
      'Vast spraying programs are endangering crops and wildlife, Carl W. Buchheister, president of the National Audubon Society, said today.',
      'The conservation leader said other mistakes in spraying had caused serious damage in Ohio and Wyoming.',
    ]);
    expect(speakerOf(analysis, 'other mistakes in spraying')).toBe('Carl W. Buchheister');
    const court = analyse('ca28.txt', [
      'The Washington state supreme court ruled that the state’s occupation tax applied to sales by two corporations. The court held that the tax applied to non-profit sales because the corporations realized economic benefits.',
    ]);
    expect(speakerOf(court, 'the tax applied to non-profit')).toBe('the Washington state supreme court');
  });

  it('ends a title at the word after “of”: “Secretary of Labor Arthur Goldberg” is Arthur Goldberg', () => {
    const analysis = analyse('ca28.txt', ['“The rate will hold through the winter”, Secretary of Labor Arthur Goldberg said.']);
    expect(speakerOf(analysis, 'The rate will hold')).toBe('Arthur Goldberg');
  });

  it('never makes a person of a capitalised run after an article (“at the Masters Palmer and Player did”)', () => {
    const analysis = analyse('ca38.txt', [
      'Arnold Palmer, the defending champion, lost his title on the 72nd hole.',
      'And last week at the Masters Palmer and Player did.',
      'Afterwards, Palmer told Charlie Coe, his last-round partner, that he simply played the hole too fast.',
    ]);
    expect(speakerOf(analysis, 'played the hole too fast')).toBe('Arnold Palmer');
  });
});

describe('names after a sentence-opening adverb (cg06, cn10)', () => {
  it('drops an adverb that opens the sentence from the speaker’s name', () => {
    const analysis = analyse('cn10.txt', ['Finally Luis Hernandez said, “What must be, must be. I am with you, of course, Tomas”.']);
    expect(speakerOf(analysis, 'What must be')).toBe('Luis Hernandez');
    const steinberg = analyse('cg06.txt', [
      'And how did he feel about modern art?? Again Steinberg was cautious and replied with a smile that he was not exposed to it enough to hazard comments. “As my wife puts it”, he said, again with a twinkle in his eyes, “all you know is your music.”',
    ]);
    expect(speakerOf(steinberg, 'As my wife puts it')).toBe('Steinberg');
  });
});

describe('paraphrases with quoted words inside (ca25)', () => {
  it('keeps a paraphrase around a quoted phrase when the attribution stands between commas, not after a quote', () => {
    const analysis = analyse('ca25.txt', [
      'Government attorneys, Leavitt said, have questioned him closely about “five or six loans” totaling about $40,000 which the liquor company made to Stein in the last year.',
    ]);
    expect(speakerOf(analysis, 'have questioned him closely', 'reported')).toBe('Leavitt');
    expect(speakerOf(analysis, 'five or six loans', 'partial')).toBe('Leavitt');
    // A quote, then the attribution and how it was said: no paraphrase.
    const manner = analyse('ca25.txt', ['Jerome Leavitt testified on Monday.', '“I never saw the books”, Leavitt said, almost in a whisper, as if admitting a crime.']);
    expect(manner.quotes.some((quote) => quote.kind === 'reported' && quote.text.includes('whisper'))).toBe(false);
  });
});

describe('subjects that are a body or a couple (ca33, ca40)', () => {
  it('keeps "of" inside a body’s name before its verb', () => {
    const analysis = analyse('ca40.txt', ['The University of Georgia has long claimed that it does not discriminate against any applicant on the basis of race or color.']);
    expect(speakerOf(analysis, 'does not discriminate')).toBe('the University of Georgia');
  });

  it('gives a couple of one surname’s statement to neither, but two named people’s to the one before the verb', () => {
    const couple = analyse('ca33.txt', [
      'Mrs. Mary Black and her husband were married in 1950.',
      'Because neither of them really wanted their marriage to break up, Mr. and Mrs. Black agreed that they would see a counselor.',
    ]);
    expect(couple.quotes.some((quote) => quote.text.includes('see a counselor') && quote.speaker)).toBe(false);
    const two = analyse('ca33.txt', ['Pfohl and Wilson said the orchestra would play the first concert.']);
    expect(speakerOf(two, 'first concert')).toBe('Wilson');
  });
});

describe('speaker identity across articles', () => {
  const merged = mergeSpeakers([
    analyse('a.txt', ['“The rate will not change”, said C. Virgil Martin, president of the company.']),
    analyse('b.txt', ['“We sold four pickers”, says Jack Martin, a dealer.']),
    analyse('c.txt', ['“The bill is dead”, Sen. Walter H. Jones said.']),
    analyse('d.txt', ['“It passed the house”, Walter Jones said.']),
  ]);

  it('keeps two men of one surname apart when their first names disagree', () => {
    const martins = merged.speakers.filter((speaker) => speaker.name.endsWith('Martin'));
    expect(martins.map((speaker) => speaker.name).sort()).toEqual(['C. Virgil Martin', 'Jack Martin']);
  });

  it('merges a name with and without its middle initial and title, and finds it from first and last name', () => {
    const joneses = merged.speakers.filter((speaker) => speaker.name.endsWith('Jones'));
    expect(joneses).toHaveLength(1);
    expect(findSpeakers(merged.speakers, 'Walter Jones')[0]?.name).toBe('Walter H. Jones');
    expect(findSpeakers(merged.speakers, 'Sen. Jones')[0]?.name).toBe('Walter H. Jones');
    expect(findSpeakers(merged.speakers, 'Mr. Jack Martin')[0]?.name).toBe('Jack Martin');
  });

  it('finds a speaker by initials, and never by a first name alone, a title over another name, or a body’s title word', () => {
    const speakers = mergeSpeakers([
      analyse('ca33.txt', ['“The nuns there do a wonderful work”, President John F. Kennedy said.']),
      analyse('ca38.txt', ['“I simply played the hole too fast”, Arnold Palmer said.']),
      analyse('ca34.txt', ['“We will not be pushed out”, Soviet Premier Nikita S. Khrushchev said.']),
      analyse('ca37.txt', ['The city council said the budget would be cut.']),
    ]).speakers;
    expect(findSpeakers(speakers, 'JFK')[0]?.name).toBe('John F. Kennedy');
    expect(findSpeakers(speakers, 'Arnold').map((speaker) => speaker.name)).not.toContain('Arnold Palmer');
    expect(findSpeakers(speakers, 'Premier Lumumba')).toEqual([]);
    expect(findSpeakers(speakers, 'Security Council')).toEqual([]);
  });

  it('finds a body by initials that skip a capitalised function word, and a body before a person of the same initials (cf10, ca36)', () => {
    const speakers = mergeSpeakers([
      analyse('cf10.txt', [
        'According to the Food And Drug Administration (FDA), “Doctor” Ghadiali, Dr. Albert Abrams and his clique, and Dr. Wilhelm Reich—to name three notorious device quacks—succeeded, respectively, in distributing 10,000, 5000, and 2000 fake health machines.',
      ]),
      analyse('ca36.txt', [
        'Paradoxically, the same week in which Senator McClellan was attempting to extend the anti-trust act to labor in transportation, the Civil Aeronautics Board was assuring the airlines that if they met in concert to eliminate many costly features of air travel, the action would not be deemed a violation of the anti-trust act.',
        '“The rate will not change”, said C. Andrew Barnes, president of the company. “Nor will the service”, Barnes added.',
      ]),
    ]).speakers;
    expect(findSpeakers(speakers, 'FDA')[0]?.name).toBe('Food And Drug Administration');
    // The person is quoted more often than the board: only the kind of speaker decides.
    expect(speakers.find((speaker) => speaker.name === 'C. Andrew Barnes')?.quoteCount).toBeGreaterThan(1);
    expect(findSpeakers(speakers, 'CAB')[0]?.name).toBe('Civil Aeronautics Board');
  });

  it('never takes an article left over from a description for a name, nor a whole word for the start of a group’s name (cf04, cf10)', () => {
    const speakers = mergeSpeakers([
      analyse('cf10.txt', ['Mr. A. lost his savings. “That’s a lot of hard-earned money to lose”, he says today.', 'Authorities say that oldsters are a prime target.']),
    ]).speakers;
    // Both are speakers; neither is what "a secretary" or "the author" asks for.
    expect(speakers.map((speaker) => speaker.name)).toEqual(expect.arrayContaining(['Authorities']));
    expect(findSpeakers(speakers, 'a secretary')).toEqual([]);
    expect(findSpeakers(speakers, 'the author')).toEqual([]);
    expect(findSpeakers(speakers, 'authorit')[0]?.name).toBe('Authorities');
  });

  it('finds a person by a nickname of the given name, and one the text names only by surname by a full name (ca31, ca37)', () => {
    const speakers = mergeSpeakers([
      analyse('ca31.txt', [
        'More than 300 teenagers last Sunday proved there is and as many more are expected to prove it again for Jim Kern and his wife Lynn from 4 to 8 p.m. Sunday at First Presbyterian Church.',
        'Response to the program has been so encouraging, Kern said, that a city-wide youth school at Dade County Auditorium may be set up soon.',
      ]),
      analyse('ca37.txt', [
        'President Eisenhower held an 8:30 a.m. meeting with top military and foreign-policy advisers, decided to break off diplomatic relations immediately. “There is a limit to what the United States in self-respect can endure”, said the President.',
      ]),
      analyse('ca33.txt', ['“Because neither of them really wanted their marriage to break up”, Charles A. Black said.']),
    ]).speakers;
    expect(findSpeakers(speakers, 'James Kern')[0]?.name).toBe('Jim Kern');
    expect(findSpeakers(speakers, 'Dwight Eisenhower')[0]?.name).toBe('Eisenhower');
    expect(findSpeakers(speakers, 'Dwight Eisenhauer')[0]?.name).toBe('Eisenhower');
    // A word before the surname that is no given name, or another given name of a named man, is somebody else.
    expect(findSpeakers(speakers, 'Tank Eisenhower')).toEqual([]);
    expect(findSpeakers(speakers, 'John Black')).toEqual([]);
    expect(findSpeakers(speakers, 'Joseph Kern')).toEqual([]);
  });

  it('finds a surname spelt as it sounds when the given names are the text’s own (ca25)', () => {
    const speakers = mergeSpeakers([
      analyse('ca25.txt', [
        'Among the witnesses were Ed J. Lee, director of McCormick Place, and Jerome Leavitt, a partner in the Union Liquor company.',
        'Lee said he had told the jury that he made an agreement in April with Stein to supply and supervise janitors in McCormick Place.',
      ]),
    ]).speakers;
    for (const query of ['Ed J. Leigh', 'Ed Leigh']) expect(findSpeakers(speakers, query)[0]?.name).toBe('Ed J. Lee');
    // Another given name, or a surname alone, is not enough.
    expect(findSpeakers(speakers, 'Robert Leigh')).toEqual([]);
    expect(findSpeakers(speakers, 'Leigh')).toEqual([]);
  });

  it('drops a word for a role typed before a surname ("partner Guerin"), but not a given name or a word after it', () => {
    const speakers = mergeSpeakers([
      analyse('ca26.txt', ['“I feel confident the stock will qualify for the national list”, said Dean Guerin, a partner in the firm.']),
      analyse('ca42.txt', ['“We shall always be prepared to discuss international problems”, President John F. Kennedy said.']),
    ]).speakers;
    for (const query of ['partner Guerin', 'underwriter Dean Guerin']) expect(findSpeakers(speakers, query)[0]?.name).toBe('Dean Guerin');
    expect(findSpeakers(speakers, 'Kennedy Administration')).toEqual([]);
    expect(findSpeakers(speakers, 'Robert Guerin')).toEqual([]);
  });

  it('drops an abbreviated title typed without its full stop ("Rep Colmer")', () => {
    const speakers = mergeSpeakers([analyse('ca37.txt', ['“He is a segregationist”, said Rep. William Meyers Colmer.'])]).speakers;
    for (const query of ['Rep. Colmer', 'Rep Colmer', 'Rep. William Colmer']) expect(findSpeakers(speakers, query)[0]?.name).toBe('William Meyers Colmer');
  });

  it('takes "Miss Baldrige" for the Letitia Baldrige named before, and never a "Mrs." for a man of her surname (ca33)', () => {
    const analysis = analyse('ca33.txt', [
      'One of the most interested “students” on the tour which the Brevard group took at the National Gallery yesterday following their concert at the White House, was Letitia Baldrige, social secretary to First Lady Jacqueline Kennedy.',
      '“I was an art major in college”, Miss Baldrige explained.',
    ]);
    expect(speakerOf(analysis, 'art major')).toBe('Letitia Baldrige');
    const couple = analyse('ca33.txt', ['“The house is too small”, Charles A. Black said.', '“He never helps”, Mrs. Black said.']);
    expect(speakerOf(couple, 'never helps')).not.toBe('Charles A. Black');
  });

  it('takes a first name alone for the one person of the article who has it', () => {
    const analysis = analyse('ca33.txt', [
      'Mrs. Mary Black and her husband were married in 1950.',
      'Hurt by his lack of interest and attention, Mary complained often that he didn’t help around the house.',
    ]);
    expect(speakerOf(analysis, 'complained often')).toBe('Mary Black');
  });
});

describe('one statement, many outlets', () => {
  it('groups reports whose content words agree and keeps different statements apart', () => {
    const merged = mergeSpeakers([
      analyse('one.txt', ['“We have no common vision of the situation, differences remain,” Lavrentiy Pavlov said.', '“The talks will go on next week,” Pavlov said.']),
      analyse('two.txt', ['Lavrentiy Pavlov said that “we don’t have a common vision of the situation.”']),
    ]);
    const pavlov = merged.speakers.find((speaker) => speaker.name === 'Lavrentiy Pavlov');
    const quotes = merged.quotes.filter((quote) => quote.speakerId === pavlov?.id && quote.kind !== 'reported');
    const statements = groupStatements(quotes);
    expect(statements.map((statement) => statement.articles).sort()).toEqual([1, 2]);
    expect(statements.find((statement) => statement.articles === 2)?.text).toBe('We have no common vision of the situation, differences remain');
  });
});

describe('speakers that are not a named person', () => {
  const speakerKind = (analysis: ArticleAnalysis, words: string) => analysis.quotes.find((quote) => quote.text.includes(words))?.speaker?.kind;

  it('takes an unnamed group as speaker: a plural before “report”/“estimate”, lower-case modifiers, two groups joined by “and”', () => {
    const analysis = analyse('ca28.txt', [
      'Farmers are so eager for new machinery that they’re haggling less over prices than they did a year ago, dealers report.',
      'Nearly all of the farm equipment manufacturers and dealers say the upturn in sales has resulted chiefly from the recent improvement in crop prospects.',
      'The Government also is aiding farmers’ income prospects. Agriculture Department economists estimate the Government this year will hand farmers $1.4 billion in special subsidies and incentive payments.',
    ]);
    expect(speakerOf(analysis, 'haggling less over prices')).toBe('dealers');
    expect(speakerOf(analysis, 'the upturn in sales')).toBe('the farm equipment manufacturers and dealers');
    expect(speakerOf(analysis, 'will hand farmers')).toBe('Agriculture Department economists');
    // Groups are never anybody's "he".
    expect(speakerKind(analysis, 'haggling less over prices')).toBe('organization');
  });

  it('takes a described speaker after the quote (“said the gas station man”), but no thing or modal as one', () => {
    const analysis = analyse('ca32.txt', ['“That will be $1.80”, said the gas station man. “The windshield looks pretty clean”.']);
    expect(speakerOf(analysis, 'That will be')).toBe('the gas station man');
    expect(speakerKind(analysis, 'That will be')).toBe('organization');
    // Once the story has named someone, "the elder man" is most likely him: no new speaker, and not the passenger either.
    const hijack = analyse('ca42.txt', [
      '“We will land at El Paso”, said John Salvador, a passenger.',
      '“Tell your company there are four of us here with guns”, the elder man told Rickards.',
    ]);
    expect(speakerOf(hijack, 'Tell your company') ?? null).toBeNull();
    // A body is no person: "The court first ruled" after Adam Smith spoke is still the court's.
    const court = analyse('ca36.txt', [
      'As early as 1776, Adam Smith wrote in The Wealth Of Nations: “We have no acts of Parliament against combining to lower the price of work;; but many against combining to raise it”.',
      'The courts, by interpretation, emasculated the act. In 1922, the United Mine Workers struck the Coronado Coal Company. The company sued under the anti-trust laws, alleging that the union’s activity interfered with the movement of interstate commerce. (What other purpose could a striking union have but to interrupt the flow of commerce from the struck enterprise?? ) The court first ruled that the strike constituted only an indirect interference with commerce.',
    ]);
    expect(speakerOf(court, 'We have no acts of Parliament')).toBe('Adam Smith');
    expect(speakerOf(court, 'indirect interference')).toBe('the court');
    const things = analyse('ca36.txt', [
      'The anti-trust laws inform a business that it must compete, but along completely undefined lines.',
      'However, one can argue that no such control is necessary as long as one pretends that the anti-trust laws are enforced.',
    ]);
    expect(things.quotes.filter((quote) => quote.speaker !== null)).toEqual([]);
  });

  it('gives an acronym to the body whose capitals spell it, and a shorter name to the body named in full; look-up by either', () => {
    const analysis = analyse('ca23.txt', [
      'Employes of Montgomery Ward & Co. at The Dalles, in a National Labor Relations Board election Thursday voted to decertify Local 1565, Retail Clerks International Association, AFL-CIO, as their collective bargaining agent.',
      'The NLRB said that of 11 potentially eligible voters eight voted against the union, two voted for it, and one vote was challenged.',
    ]);
    expect(speakerOf(analysis, 'potentially eligible voters')).toBe('National Labor Relations Board');
    const speakers = mergeSpeakers([
      analysis,
      analyse('ca28.txt', [
        'Farmers are so eager for new machinery that they’re haggling less over prices than they did a year ago, dealers report.',
        'Nearly all of the farm equipment manufacturers and dealers say the upturn in sales has resulted chiefly from the recent improvement in crop prospects.',
      ]),
    ]).speakers;
    for (const query of ['NLRB', 'N.L.R.B.', 'the National Labor Relations Board', 'Labor Relations Board']) {
      expect(findSpeakers(speakers, query)[0]?.name).toBe('National Labor Relations Board');
    }
    // "Martin" asks for a person: no body or group.
    expect(findSpeakers(speakers, 'Martin')).toEqual([]);
    // One of a pair of groups is asked for by its own name first.
    expect(findSpeakers(speakers, 'the dealers')[0]?.name).toBe('dealers');
    expect(findSpeakers(speakers, 'farm equipment manufacturers')[0]?.name).toBe('the farm equipment manufacturers and dealers');
  });

  it('takes a body named in lower case after “according to”, and finds it by a fuller name or its words', () => {
    const analysis = analyse('ca25.txt', [
      'The radiation station of the Chicago board of health recorded a reading of 1 micro-microcurie of radiation per cubic meter of air over Chicago yesterday.',
      'The reading, which has been watched with interest since Russia’s detonation of a super bomb Monday, was 4 on Tuesday and 7 last Saturday, a level far below the danger point, according to the board of health.',
    ]);
    expect(speakerOf(analysis, 'far below the danger point')).toBe('the board of health');
    const speakers = mergeSpeakers([analysis]).speakers;
    for (const query of ['Chicago board of health', 'health board', 'the board of health']) expect(findSpeakers(speakers, query)[0]?.name).toBe('the board of health');
  });

  it('gives the first person outside quotes to the writer of that article alone, and no paraphrase to “I suggested.”', () => {
    const column = analyse('ca30.txt', [
      '“Why don’t you walk to school then”?? I suggested. “My father walked, through two miles of snow, in Illinois”.',
      '“No”, I said, “I didn’t happen to grow up in Illinois”.',
      'I explained, however, that I had my share of hardship in making my daily pilgrimage to the feet of wisdom.',
    ]);
    expect(speakerOf(column, 'No')).toBe('the writer');
    expect(speakerOf(column, 'grow up in Illinois')).toBe('the writer');
    expect(speakerOf(column, 'I had my share of hardship')).toBe('the writer');
    expect(column.quotes.some((quote) => quote.text === 'I suggested.')).toBe(false);
    const other = analyse('ca32.txt', ['“It is a British Austin, the smallest they make”, I said.']);
    const speakers = mergeSpeakers([column, other]).speakers;
    // Two articles' writers are two speakers, and neither is anybody's "he".
    expect(speakers.filter((speaker) => speaker.name === 'the writer').map((speaker) => speaker.kind)).toEqual(['organization', 'organization']);
  });

  it('gives “the court” to the court that spoke last when the article names two, and to no new “court”', () => {
    const analysis = analyse('ca28.txt', [
      'The owner of a public relations firm owed no income tax on payments he received from a client company, the Tax Court ruled.',
      'The Washington state supreme court ruled that the state’s occupation tax applied to sales by two corporations. The court held that the tax applied to non-profit sales because the corporations realized economic benefits.',
    ]);
    expect(speakerOf(analysis, 'the tax applied to non-profit')).toBe('the Washington state supreme court');
  });
});
