import { describe, expect, it } from 'vitest';
import { namesAKind } from '../src/nlp/describedSpeaker.ts';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Direct quotes (words in quotation marks) on sentences of non-reserved Brown press texts: each
 * form left the quote without a speaker before the rule its test names.
 */
/**
 * The TV columnist's small-car column (ca32): the exchange with the gas station man that three tests read
 * (a described speaker of its own, "he said" after a described subject, untagged dialogue turns).
 */
const GAS_STATION_COLUMN = [
  'The week went along briskly enough. I bought a new little foreign bomb. It is a British bomb. Very austere yet racy.',
  'It is very chic to drive foreign cars. With a foreign car you must wear a cap—it has a leather band in the back. You must also wear a car coat.',
  "The wardrobe for a foreign bomb is a little expensive. But we couldn't really get along without it.",
  '“Where do you put the lighter fluid, ha, ha”?? Asked the gas station man. The present crop of small cars is enriching American humor.',
  'Gas station people are very debonair about small cars.',
  'When I drove a car with tail fins, I had plenty status at the wind-and-water oases. My car gulped 20 gallons without even wiping its mouth.',
  'This excellent foreign bomb takes only six.',
  'When I had my big job with the double headlights and yards of chrome, the gas people were happy to see me.',
  '“Tires OK?? Check the oil and water, sir??',
  'They polished the windshield. They had a loving touch.',
  'The man stuck the nozzle in the gas tank. “What kind of car is it”?? He asked gloomily.',
  '“It is a British Austin, the smallest they make”.',
  '“Get much mileage”??',
  '“About 35”.',
  'The gas station man sighed unhappily.',
  "“What I always say is what if somebody clobbers you in a little car like that?? Crunch, that's all she wrote”.",
  '“I will die rich”.',
  '“That will be $1.80”, said the gas station man. “The windshield looks pretty clean”.',
];

describe('direct quotes', () => {
  it('finds the name before stacked asides of numbers and adjectives, and a verb and comma introduce a whole quote (ca29)', () => {
    const analysis = analyse('ca29.txt', [
      'Gerald G. Ramsey runs the kitchen.',
      "Ramsey, 6-3, 195 and ruggedly slim, says, “I can't remember when I didn't pester my mother to teach me to cook”.",
    ]);
    const quote = analysis.quotes.find((found) => found.text.startsWith("I can't remember"));
    expect([quote?.kind, quote?.speaker?.name]).toEqual(['direct', 'Gerald G. Ramsey']);
    // A date is no aside, and behind a second aside only a name opening its clause is the subject.
    const remarks = analyse('cb15.txt', [
      "Mr. Richard Preston, executive director of the New Hampshire State Planning and Development Commission, in his remarks to the Governors Conference on Industrial Development at Providence on October 8, 1960, warned against the fallacy of attempting to attract industry solely to reduce the tax rate or to underwrite municipal services such as schools when he said: “If this is the fundamental reason for a community's interest or if this is the basic approach, success if any will be difficult to obtain”.",
    ]);
    expect(speakerOf(remarks, 'If this is the fundamental reason')).not.toBe('Development Commission');
  });

  it('gives “he” to the subject of the sentence before, named after a possessive and adjectives (ca40)', () => {
    const analysis = analyse('ca40.txt', [
      "Tooling through Sydney on his way to race in the New Zealand Grand Prix, Britain's balding Ace Driver Stirling Moss, 31, all but smothered himself in his own exhaust of self-crimination. “I'm a slob”, he announced. “My taste is gaudy”.",
    ]);
    expect(speakerOf(analysis, "I'm a slob")).toBe('Stirling Moss');
    expect(speakerOf(analysis, 'My taste is gaudy')).toBe('Stirling Moss');
  });

  it('gives quoted paragraphs to a described reporter whose line ends in a dash, and a paragraph introducing a nested quote to its speaker (ca43)', () => {
    const analysis = analyse('ca43.txt', [
      "Commerce Secretary Luther Hodges, accompanied by a member of our staff, on May 10 toured plants of two of Italy's biggest companies—Fiat, the auto producer, and Olivetti, maker of typewriters and calculating machines.",
      'Our staff man cabled from Turin as follows—',
      '“Follow Secretary Hodges through the Fiat plant, and you learn this:',
      '“Three, labor troubles are infrequent. Fiat officials say they have had no strikes for more than six years.',
      "“Said Secretary Hodges: ' It's a tough combination for the U.S. to face.",
      '“Olivetti had a special interest for Hodges. Olivetti took over Underwood, the U.S. typewriter maker, in late 1959.',
    ]);
    expect(speakerOf(analysis, 'Follow Secretary Hodges')).toBe('our staff man');
    expect(speakerOf(analysis, 'labor troubles are infrequent')).toBe('our staff man');
    // The paragraph introducing Hodges' words is not the reporter's words: only the inner quote has a speaker.
    expect(analysis.quotes.filter((quote) => quote.text.includes("It's a tough combination")).map((quote) => quote.speaker?.name)).toEqual([undefined, 'Luther Hodges']);
    // The cabled report runs on past the paragraph it quotes Hodges in.
    expect(speakerOf(analysis, 'Olivetti had a special interest')).toBe('our staff man');
  });

  it('gives a quote that is its own sentence to the person the sentence before paraphrased, and not when words after it may attribute it (cf20, cg58)', () => {
    const analysis = analyse('cf20.txt', [
      "When Mayor Dever heard of the banquet he summoned Hughes for an explanation of why he had been dishonouring the police department by consorting with these felons and fixers. Hughes said that he had understood the party was to be in honour of Jerry O'Connor, the proprieter of a Loop gambling house. “But when I arrived and recognised a number of notorious characters I had thrown into the detective bureau basement half a dozen times, I knew I had been framed, and withdrew almost at once”.",
    ]);
    expect(speakerOf(analysis, 'But when I arrived')).toBe('Hughes');
    const letter = analyse('cg58.txt', [
      'After complimenting Morgan and the riflemen and saying he was praising them to Congress, too, the ardent Frenchman added he felt that Congress should make some financial restitution to the widow and family of Morris, but that he knew Morgan realized how long such action usually required, if it was done at all. “As Mrs. Morris may be in some want before that time”, Lafayette continued, “I am going to trouble you with a commission which I beg you will execute with the greatest secrecy”.',
    ]);
    expect(speakerOf(letter, 'As Mrs. Morris may be')).not.toBe('Frenchman');
  });

  it('reads a sentence opening with any speech verb, its subject after it and an aside naming a role, as the quote’s introduction (cc13, cf10)', () => {
    const play = analyse('cc13.txt', ['Said Benedick: “Lady Beatrice, have you wept all this while”??', 'Replied Beatrice: “Yea, and I will weep a while longer”.']);
    expect(speakerOf(play, 'I will weep a while longer')).toBe('Lady Beatrice');
    const quacks = analyse('cf10.txt', [
      "Who are the victims of the device quacks?? Authorities say that oldsters are a prime target. Says Wallace F. Jannsen, director of the FDA's Division of Public Information: “Quacks are apt to direct their appeal directly to older people, or to sufferers from chronic ailments such as arthritis, rheumatism, diabetes, and cancer”.",
    ]);
    const speaker = quacks.quotes.find((quote) => quote.text.startsWith('Quacks are apt'))?.speaker;
    expect([speaker?.name, [...(speaker?.titles ?? [])]]).toEqual(['Wallace F. Jannsen', ["director of the FDA's Division of Public Information"]]);
  });

  it('reads “X went on” and “he continued” after a quote as attribution, both halves of a split quote included, (cg36, cg58)', () => {
    const analysis = analyse('cg36.txt', [
      "Ernest A. Gross leaned back in his chair and told Peter Marshall how Secretary General Dag Hammarskjold had, on December 4, 1957, called him in as a private lawyer to review Bang-Jensen's conduct.",
      '“Yes”, Gross went on, “Bang-Jensen was an up-and-coming young man. He had always done well. Never well known, but he had done his work competently”.',
    ]);
    expect(speakerOf(analysis, 'Yes')).toBe('Ernest A. Gross');
    expect(speakerOf(analysis, 'Bang-Jensen was an up-and-coming')).toBe('Ernest A. Gross');
    const letter = analyse('cg58.txt', [
      'After complimenting Morgan and the riflemen and saying he was praising them to Congress, too, the ardent Frenchman added he felt that Congress should make some financial restitution to the widow and family of Morris, but that he knew Morgan realized how long such action usually required, if it was done at all. “As Mrs. Morris may be in some want before that time”, Lafayette continued, “I am going to trouble you with a commission which I beg you will execute with the greatest secrecy”.',
    ]);
    expect(speakerOf(letter, 'As Mrs. Morris may be')).toBe('Lafayette');
    expect(speakerOf(letter, 'I am going to trouble you')).toBe('Lafayette');
  });

  it('gives “he” to the one person the paragraph named, as object, when no speaker is in reach (cg03)', () => {
    const paragraphs = [
      "In a word, plenty. The key man almost certainly would be Col. William W. Wisman, SAC's senior controller.",
      'But even the contents of the box cannot start a war. They are mere fragments, just one portion of preprepared messages.',
      "I asked Wisman what would happen if he broke out the go codes and tried to start transmitting one. “I'd wind up full of bullet holes”, he said, and there was no question that he was talking about bullets fired by his coworkers.",
    ];
    expect(speakerOf(analyse('cg03.txt', paragraphs), 'full of bullet holes')).toBe('William W. Wisman');
  });

  it('gives the quote after “…, who declared:” to the phrase the relative clause is about, never to a capitalised word of an indefinite description (ca36, cb08)', () => {
    const strike = analyse('ca36.txt', [
      "In 1825, the Boston house carpenters' strike for a ten-hour day was denounced by the organized employers, who declared: “It is considered that all combinations by any classes of citizens intended to effect the value of labor tend to convert all its branches into monopolies”.",
    ]);
    expect(speakerOf(strike, 'It is considered that all combinations')).toBe('the organized employers');
    const minister = analyse('cb08.txt', [
      'His very honest act called up the recent talk I had with another minister, a modest Methodist, who said: “I feel so deeply blessed by God when I can give a message of love and comfort to other men”.',
    ]);
    expect(speakerOf(minister, 'I feel so deeply blessed')).toBeUndefined();
  });

  it('keeps the person a run of “he” sentences is about for the “he said” after them (ca14)', () => {
    // "Arnold whipped into his second shot. … He tried again …. He hooked …" keeps Arnold Palmer current two paragraphs on.
    const analysis = analyse('ca14.txt', [
      'Arnold Palmer has been a blazing figure in golf over the past twelve months. He won the Masters, the United States Open and a record $80,738 in prize money. He was heralded as “Sportsman of the Year” by Sports Illustrated, and last night was acclaimed in Rochester as the “Professional Athlete of the Year”, a distinction that earned for him the $10,000 diamond-studded Hickok Belt.',
      'But he also achieved something that endeared him to every duffer who ever flubbed a shot. A couple of weeks ago, he scored a monstrous 12 on a par-5 hole. It made him human. And it also stayed the hands of thousands of brooding incompetents who were meditating the abandonment of a sport whose frustrations were driving them to despair. If such a paragon of perfection as Palmer could commit such a scoring sacrilege, there was hope left for all.',
      "It was neither a spirit of self-sacrifice nor a yen to encourage the downtrodden that motivated Arnold. He merely became victimized by a form of athletics that respects no one and aggravates all. The world's best golfer, shooting below par, came to the last hole of the opening round of the Los Angeles open with every intention of delivering a final crusher. He boomed a 280-yard drive. Then the pixies and the zombies took over while the banshees wailed in the distance.",
      'On the narrow fairway of a 508-yard hole, Arnold whipped into his second shot. The ball went off in a majestic arc, an out-of-bounds slice. He tried again and once more sliced out of bounds. He hooked the next two out of bounds on the opposite side.',
      '“It is possible that I over-corrected”, he said ruefully. Each of the four wayward shots cost him two strokes. So he wound up with a dozen.',
      '“It was a nice round figure, that 12”, he said as he headed for the clubhouse, not too much perturbed.',
    ]);
    expect(speakerOf(analysis, 'It is possible that I over-corrected')).toBe('Arnold Palmer');
    expect(speakerOf(analysis, 'It was a nice round figure')).toBe('Arnold Palmer');
  });

  it('takes the name opening the clause when the tagger misses its verb, before a participle introducing a quote (ca28)', () => {
    // "limited" is tagged an adjective: "The Court …, commenting: “…”" is the Tax Court's, the one court of the paragraph.
    const analysis = analyse('ca28.txt', [
      "The owner of a public relations firm owed no income tax on payments he received from a client company and “kicked back” to the company's advertising manager, the Tax Court ruled. The taxpayer testified that in order to retain the account he had to pad his invoices and pay the excess to the manager. The Court upheld the taxpayer's contention that these “kickbacks” were not his income though they passed through his hands. The Court limited its decision to the tax issue involved, commenting: “It is not our province to pass judgment on the morality of the transaction”.",
    ]);
    const quote = analysis.quotes.find((found) => found.text.startsWith('It is not our province'));
    expect([quote?.kind, quote?.speaker?.name]).toEqual(['direct', 'Tax Court']);
  });

  it('makes a definite description of nouns alone a speaker of its own when nobody named is in reach, never an epithet (ca32)', () => {
    // The column named people paragraphs before; "the gas station man" is a kind of person nobody named was.
    const analysis = analyse('ca32.txt', [
      "Any needy family living in San Francisco can obtain toys by writing to Christmas Toys, 676 Howard street, San Francisco 5, and listing the parent's name and address and the age and sex of each child in the family between the ages of 1 and 12. Requests must be mailed in by December 5. Famed cellist Pablo Casals took his instrument to the East Room of the White House yesterday and charmed the staff with a two-hour rehearsal. He was getting the feel of the room for a concert tomorrow night for Puerto Rico Governor Luis Munoz Marin. President Kennedy's invitation to the Spanish-born master said, “We feel your performance as one of the world's greatest artists would lend distinction to the entertainment of our guests”.",
      "NBC plans a new series of three long programs exploring America's scientific plans titled “Threshold”, to start in the fall. “Science In Action”, San Francisco's venerable television program, will be seen in Hong Kong this fall in four languages: Mandarin, Cantonese, Chiuchow and English, according to a tip from Dr. Robert C. Miller. And you think you have language problems.",
      ...GAS_STATION_COLUMN.slice(0, 4),
    ]);
    expect(speakerOf(analysis, 'Where do you put the lighter fluid')).toBe('the gas station man');
    // An adjective makes an epithet for someone the story named (ca29, ca42, ca31), and a bare head may be anyone.
    expect(['the handsome food expert', 'the elder man', 'the slender vice president', 'the girl'].filter(namesAKind)).toEqual([]);
  });

  it('reads the subject of a coordinated speech verb after an opening phrase and its comma, never for a participle (cp13)', () => {
    // "…, Early Spring stood like a she wolf before her den and cried, “…”": the name after the comma opens the main clause.
    const analysis = analyse('cp13.txt', [
      'But now with real anger at last, something proud and indignant, Early Spring stood like a she wolf before her den and cried, “I will not shriek at you!! I will tell you to go, not begging. Telling you”!! And unsheathing the knife she used for curing hides she stepped away from the lodge, holding the knife at her side.',
    ]);
    expect(speakerOf(analysis, 'I will not shriek at you')).toBe('Early Spring');
  });

  it('gives a bare surname to the one of its people the article names without “Mrs.” (ca21)', () => {
    // Mrs. Anna Hengesbach is "Mrs." at every mention: "Hengesbach said:" is her stepson Vincent.
    const analysis = analyse('ca21.txt', [
      '—A jury of seven men and five women found 21-year-old Richard Pohl guilty of manslaughter yesterday in the bludgeon slaying of Mrs. Anna Hengesbach.',
      'Pohl received the verdict without visible emotion. He returned to his cell in the county jail, where he has been held since his arrest last July, without a word to his court-appointed attorney, Jack Walker, or his guard.',
      "The verdict brought vindication to the dead woman's stepson, Vincent Hengesbach, 54, who was tried for the same crime in December, 1958, and released when the jury failed to reach a verdict. Mrs. Hengesbach was killed on Aug. 31, 1958.",
      'Hengesbach has been living under a cloud ever since. When the verdict came in against his young neighbor, Hengesbach said:',
      "“I am very pleased to have the doubt of suspicion removed. Still, I don't wish to appear happy at somebody else's misfortune”.",
      'Hengesbach, who has been living on welfare recently, said he hopes to rebuild the farm which was settled by his grandfather in Westphalia, 27 miles southwest of here.',
    ]);
    expect(speakerOf(analysis, 'I am very pleased to have the doubt of suspicion removed')).toBe('Vincent Hengesbach');
  });

  it('gives a quote to the person “as X put it” names, never to a document that “puts it” (ca40, cg13, cb07)', () => {
    const chicago = analyse('ca40.txt', [
      "When the University of Chicago's Chancellor Lawrence A. Kimpton submitted his resignation last March, a mighty talent hunt gripped the Midway. Out went letters to 60,000 old grads, asking for suggestions. Such academic statesmen as James B. Conant were consulted. Two committees pondered 375 possible Kimpton successors, including Adlai Stevenson, Richard Nixon, and Harvard's Dean McGeorge Bundy. The debate led to a decision that Chicago needed neither a big name nor an experienced academic administrator, but rather, as Trustee Chairman Glen A. Lloyd put it, “a top scholar in his own right”—a bright light to lure other top scholars to Chicago.",
    ]);
    expect(speakerOf(chicago, 'a top scholar in his own right')).toBe('Glen A. Lloyd');
    const beat = analyse('cg13.txt', [
      "The women who come to West Venice, having forsaken radicalism, are interested in living only for the moment, in being constantly on the move. Others who are attracted to this Mecca of the beat generation are homosexuals, heroin addicts, and smalltime hoodlums. Those who are sexual deviants are naturally drawn to join the beatniks. Since the homosexuals widely use marijuana, they do not have to be initiated. Part of the ritual of sex is the use of marijuana. As Lipton puts it: “The Eros is felt in the magic circle of marijuana with far greater force, as a unifying principle in human relationships, than at any other time except, perhaps, in the mutual metaphysical orgasms. The magic circle is, in fact, a symbol of and preparation for the metaphysical orgasm”. Under the influence of marijuana the beatnik comes alive within and experiences a wonderfully enhanced sense of self as if he had discovered the open sesame to the universe of being. Carried high on this “charge”, he composes “magical” poetry that captures the organic rhythms of life in words. If he thus achieves a lyrical, dreamlike, drugged intensity, he pays the price for his indulgence by producing work—Allen Ginsberg's “Howl” is a striking example of this tendency—that is disoriented, Dionysian but without depth and without Apollonian control. For drugs are in themselves no royal road to creativity. How is the beat poet to achieve unity of form when he is at the same time engaged in a systematic derangement of senses.",
    ]);
    expect(speakerOf(beat, 'The Eros is felt')).toBe('Lipton');
    const charter = analyse('cb07.txt', [
      'The integrity of the office not merely requires that the Secretary General shall be, as the Charter puts it, “the chief administrative officer of the Organization”, but that neither he nor his staff shall seek or receive instructions from any government or any other authority “external to the Organization”. In other words, the Secretary General is to be a nonpartisan, international servant, not a political, national one. He should be, as Dag Hammarskjold certainly was, a citizen of the world.',
    ]);
    expect(charter.quotes.find((quote) => quote.text.startsWith('the chief administrative officer'))?.speaker).toBeNull();
  });

  it("gives a quote after “Judge Bootle's decision:” to the judge, and a quote opening a sentence about others to nobody (ca40)", () => {
    const analysis = analyse('ca40.txt', [
      'The University of Georgia has long claimed that it does not discriminate against any applicant on the basis of race or color. But in all its 175 years, not a single Negro student has entered its classrooms. Last week Federal District Judge William A. Bootle ordered the university to admit immediately a “qualified” Negro boy and girl. Their entry will crack the total segregation of all public education, from kindergarten through graduate school, in Georgia—and in Alabama, Mississippi and South Carolina as well.',
      "Judge Bootle's decision: “The two plaintiffs are qualified for admission to said university and would already have been admitted had it not been for their race and color”. The state will appeal—but few think it will actually try to close the university. “Surprised and pleased”, Students Holmes and Hunter may enter the University of Georgia this week.",
    ]);
    expect(speakerOf(analysis, 'The two plaintiffs are qualified')).toBe('William A. Bootle');
    expect(analysis.quotes.find((quote) => quote.text === 'Surprised and pleased')?.speaker).toBeNull();
    // The paragraph's speaker may be the subject after the quote: still his ("Observing that “…”, Hough catalogued").
    const hough = analyse('cf40.txt', [
      'In a long and angry footnote to his opinion, Judge Hough had lent the weight of judicial condemnation to such criticism. “It is a duty”, said Hough, “not to let pass this opportunity of protesting against the methods of taking and printing testimony in Equity, current in this circuit (and probably others), excused if not justified by the rules of the Supreme Court, especially to be found in patent causes, and flagrantly exemplified in this litigation. As long as the bar prefers to adduce evidence by written deposition, rather than viva voce before an authoritative judicial officer, I fear that the antiquated rules will remain unchanged, and expensive prolixity remain the best known characteristic of Equity”. Observing that “reforms sometimes begin with the contemplation of horrible examples”, Hough catalogued the many abuses encouraged by existing procedures. He cited the elephantine dimensions of the Selden case record;; the duplication of testimony and exhibits;; the numerous squabbles over minor matters;; the “objections stated at outrageous length”;; and the frequent and rancorous verbal bouts, “uncalled for and unjustifiable, from the retort discourteous to the lie direct”.',
    ]);
    expect(speakerOf(hough, 'reforms sometimes begin')).toBe('Hough');
  });

  it('gives a quote introduced by “when he declared:” to the subject of the sentence, its only person (ca42)', () => {
    // The article as written up to that paragraph (its first line is the headline).
    const analysis = analyse('ca42.txt', [
      "The presidency: talking and listening Though President John F. Kennedy was primarily concerned with the crucial problems of Berlin and disarmament adviser McCloy's unexpected report from Khrushchev, his new enthusiasm and reliance on personal diplomacy involved him in other key problems of U.S. foreign policy last week.",
      "High up on the President's priority list was the thorny question of Bizerte. On this issue, the President received a detailed report from his U.N. Ambassador Adlai Stevenson, who had just returned from Paris, and Mr. Kennedy asked Stevenson to search for a face-saving way—for both Paris and Tunis—out of the imbroglio. Ideally, the President would like the French to agree on a “status quo ante” on Bizerte, and accept a new timetable for withdrawing their forces from the Mediterranean base. To continue their important conversations about the Tunisian issue and the whole range of other problems, Mr. Kennedy invited Stevenson to Cape Cod for the weekend.",
      'The President also discussed the Bizerte deadlock with the No. 2 man in the Tunisian Government, Defense Minister Bahi Ladgham, who flew to Washington last week to seek U.S. support. The conversation apparently convinced Mr. Kennedy that the positions of France and Tunisia were not irreconcilable. Through Ladgham, Mr. Kennedy sent a message along those lines to Tunisian President Habib Bourguiba;; and one U.S. official said: “The key question now is which side picks up the phone first”.',
      "On the Latin American front, the President held talks with Secretary of the Treasury Douglas Dillon before sending him to Uruguay and the Inter-American Economic and Social Council (which the President himself had originally hoped to attend). Main purpose of the meeting: To discuss President Kennedy's Alliance for Progress.",
      "And that was not all. In conferences with Nationalist China's dapper, diminutive Vice President Chen Cheng, Mr. Kennedy assured Chiang Kai-shek's emissary that the U.S. is as firmly opposed as ever to the admission of Red China to the United Nations. Chen was equally adamant in his opposition to the admission of Outer Mongolia;; however the President, who would like to woo the former Chinese province away from both Peking and Moscow, would promise Chen nothing more than an abstention by the U.S. if Outer Mongolia's admission comes to a vote.",
      'The President also conferred with emissaries from Guatemala and Nepal who are seeking more foreign aid. To Africa, he sent his most trusted adviser, his brother, Attorney General Robert Kennedy, on a good-will mission to the Ivory Coast. All week long the President clearly was playing a larger personal role in foreign affairs;; in effect, he was practicing what he preached in his Berlin message two weeks ago when he declared: “We shall always be prepared to discuss international problems with any and all nations that are willing to talk, and listen, with reason”.',
    ]);
    expect(speakerOf(analysis, 'We shall always be prepared')).toBe('John F. Kennedy');
  });

  it('gives “he said” after a sentence whose subject is a person described, not named, to that description (ca32)', () => {
    // "The man" is the gas station man who asked before: the described speaker with that head noun.
    const station = analyse('ca32.txt', [...GAS_STATION_COLUMN.slice(3, 11)]);
    expect(speakerOf(station, 'What kind of car is it')).toBe('the gas station man');
  });

  it("gives both halves of a quote split by “said the Pentagon's announcement” to the Pentagon (ca37)", () => {
    const analysis = analyse('ca37.txt', [
      "After a White House huddle between the President and top lieutenants, the Defense Department reacted sharply to a cry from the pro-Western government of Laos that several battalions of Communist troops had invaded Laos from North Viet Nam. “In view of the present situation in Laos”, said the Pentagon's announcement, “we are taking normal precautionary actions to increase the readiness of our forces in the Pacific”. Cutting short a holiday at Hong Kong, the aircraft carriers Lexington and Bennington steamed off into the South China Sea, accompanied by a swarm of destroyers, plus troopships loaded with marines. On the U.S.'s island base of Okinawa, Task Force 116, made up of Army, Navy, Marine and Air Force units, got braced to move southward on signal.",
    ]);
    expect(speakerOf(analysis, 'In view of the present situation in Laos')).toBe('the Pentagon');
    expect(speakerOf(analysis, 'we are taking normal precautionary actions')).toBe('the Pentagon');
  });

  it('gives the untagged turns of a two-person exchange to the speakers they alternate between (ca32, cn24)', () => {
    // The columnist's dialogue with the gas station man: his turns are his, the writer's own stay unattributed.
    const station = analyse('ca32.txt', [...GAS_STATION_COLUMN.slice(1)]);
    const quoteOf = (analysis: ReturnType<typeof analyse>, words: string) => analysis.quotes.find((quote) => quote.text.startsWith(words));
    expect(speakerOf(station, 'Get much mileage')).toBe('the gas station man');
    expect(speakerOf(station, 'What I always say is')).toBe('the gas station man');
    expect(quoteOf(station, 'It is a British Austin')?.speaker).toBeNull();
    expect(quoteOf(station, 'I will die rich')?.speaker).toBeNull();
    // Fiction: Schaffner and Waddell take turns, and the tagged turn after the untagged one agrees.
    const dive = analyse('cn24.txt', [
      'Shaffner looked at him, altogether without guile, and shrugged his shoulders, making a little spreading gesture with his two hands.',
      '“What do you mean”?? Waddell asked, frowning.',
      '“Please let me explain”, the German said earnestly, his face still devoid of deceit. “I have in Europe a gross business of seven million dollars the year. Now I wish to enter the American market, where the competition is very strong. I must have a powerful representative here, a firm with a national distribution and ten, twenty thousand dollars to advertise my products. With all respect to a fine young man, Mr. Roy is not able to provide these necessaries”.',
      'Waddell was not an eminently moral person, but he did not like what he had just heard. “Did you tell him all this”?? He asked.',
      '“Perhaps not in so many words”, the German said. “But surely you have misunderstood Mr. Roy. Never, never did I offer him the exclusive rights. We spoke of the need for advertising, and I agreed that the deep dive would be most useful for publicity. He was most eager to make the dive;; of course, I was willing. But there was no definite agreement about business arrangements”.',
      '“Well, damn”, Waddell said. There was the end of his front-page feature story, with byline. He started out the door.',
      '“One moment”!! Herr Schaffner said. “You intend to speak with Mr. Roy”??',
      '“What else”?? Waddell asked.',
      '“If you will pardon, I think it would be better if not. Mr. Roy is determined to make this dive. Whatever you tell him he will dive. I know this from my talks with him”.',
      "“Well, let's let him make up his own mind, OK”?? Waddell said. “On the basis of the facts”.",
      '“You will make him unhappy and anxious”, the German said. “At 200, 300, 400 feet under the water, when he must be paying very much attention, he will be thinking about what you are telling him. It is not good, Mr. Waddell: you will do him great harm”.',
    ]);
    expect(speakerOf(dive, 'If you will pardon, I think it would be better if not')).toBe('Herr Schaffner');
  });

  it('keeps “she said” from an earlier person when a given name the article does not know is the subject of a clause since (cb09, cp29)', () => {
    const quoteOf = (analysis: ReturnType<typeof analyse>, words: string) => analysis.quotes.find((quote) => quote.text.startsWith(words));
    // "… when the screen door opened and Pam burst out. “Dad”!! She said": Pam's, not Mrs. Podger's.
    const podger = analyse('cb09.txt', [
      'Mr. Podger had thanked him gravely, and now he made use of the advice. As he pulled the fringed sides up and made himself into a cocoon, Mr. Podger saw that thin, attractive, freckled little face again, and hoped that the boy, too, was lying in a cool, fringed-wrapped quiet.',
      'Alacrity, the Podger cat, came by the hammock, rubbed her back briefly against it, and then, sure of a welcome, hopped up. She remarked that she found the night wind a little chilly, and Mr. Podger took her inside the fringe. Soon her purring rivaled the chirping of the tree crickets, rivaled the hum of voices from inside the Pod.',
      "Mr. Podger was just adding this to his pictures of the day when the screen door opened and Pam burst out. “Dad”!! She said. “It's getting so chilly we've lighted a fire, and we're going to tell a round robin story—a nice, scary one. We need you to start it. Why are you out here all by yourself?? Aren't you happy”??",
    ]);
    expect(quoteOf(podger, 'Dad')?.speaker).toBeNull();
    // "… and William set out on a serious study …" then "In the end, he said:": William's, not Mr. Willis's.
    const willis = analyse('cp29.txt', [
      "Feeling his power, Freddy looked for additional worlds to conquer. Heavy industry, slanted toward inexhaustible government coffers, attracted him. The Allstates Auto Company, a medium-sized firm which manufactured four-wheel-drive vehicles and other off-road equipment, had recently constructed an over-large, modern plant in a burst of misguided optimism. Cursed with a shaky management and dissatisfied stockholders, it was ripe for amalgamation, and Freddy's instinct was to keep growing by stock mergers and small expenditure of cash, and never mind inevitable consequences. With Herberet's blessing, he was convinced that Allstates' Wisconsin folly would be ideal for conversion to airplane sub-assembly, tanks, missiles or ordnance of some kind.",
      "At that point William came into the picture. Although not much desiring the account, he had been appointed advertising head of Zenith. Freed of routine by having his own firm and a complaisant partner, his work in New York had given him a broader overall knowledge of business administration and corporate structure;; and if he wasn't entirely committed to what he did, he was at least fascinated by the chance of wider opportunities. Mr. Willis, eager to have him allied with the family, wanted advice beyond the confines of his field, and William set out on a serious study of the situation, including trips to Wisconsin and Washington.",
      "In the end, he said: “I'm not enchanted by the proposition, sir. I know a guy named Jack Hamrick, a very bright young engineer who was with Chrysler, and I took him with me to Allstates. It's his expert opinion that the plant isn't well suited to what you have in mind. The conversion will cost a fortune. Besides that, I'm acquainted more or less with the defense hardware situation through my contacts in the Air Force. I think Adam Herberet is guilty of being too hopeful and better informed on defense financing than on the technical side. Missiles have thrown everything up for grabs, and nobody seems to be sure where we go from here. The future of manned aircraft is in doubt, which affects government procurement, and jet transports have revolutionized the airline trade—one jet can take the place of three compound-engine planes. This means the aircraft companies are going to tear into the government market, looking for anything they can get and making the competition tough. Here are a few facts and figures I've assembled. Can't you stay with what you have and wait till the dust settles”??",
    ]);
    expect(quoteOf(willis, "I'm not enchanted by the proposition")?.speaker).toBeNull();
  });
});
