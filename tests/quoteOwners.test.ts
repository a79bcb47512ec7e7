import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Quotes whose owner is named without a speech verb of their own, on sentences of non-reserved
 * Brown press texts (ca32, ca34, ca36): each failed before the form it names was read.
 */
describe('quotes named by their owner without a speech verb', () => {
  it('gives a quote “in the words of X” or “in X’s own words” to X', () => {
    const analysis = analyse('ca36.txt', [
      'Once more the fallacious equation is advanced: the law must treat everybody equally. Or, in the words of Anatole France, “The law in its majestic equality must forbid the rich, as well as the poor, from begging in the streets and sleeping under bridges”.',
    ]);
    expect(speakerOf(analysis, 'majestic equality')).toBe('Anatole France');
    const kennedy = analyse('ca34.txt', [
      'President Kennedy will meet with Soviet Premier Nikita S. Khrushchev in Vienna June 3 and 4.',
      'The Vienna meeting will bring together a seasoned, 67-year-old veteran of the cold war who, in Mr. Kennedy’s own words, is “shrewd, tough, vigorous, well-informed and confident”, and a 44-year-old President.',
    ]);
    expect(speakerOf(kennedy, 'shrewd, tough')).toBe('Kennedy');
  });

  it('gives what a person’s letter or invitation said to that person', () => {
    const analysis = analyse('ca32.txt', [
      'Famed cellist Pablo Casals took his instrument to the East Room of the White House yesterday. President Kennedy’s invitation to the Spanish-born master said, “We feel your performance as one of the world’s greatest artists would lend distinction to the entertainment of our guests”.',
    ]);
    expect(speakerOf(analysis, 'We feel your performance')).toBe('Kennedy');
  });

  it('reads the source behind “according to a tip from X” as X’s paraphrase, a quoted title and all', () => {
    const analysis = analyse('ca32.txt', [
      '“Science In Action”, San Francisco’s venerable television program, will be seen in Hong Kong this fall in four languages: Mandarin, Cantonese, Chiuchow and English, according to a tip from Dr. Robert C. Miller. And you think you have language problems.',
    ]);
    expect(speakerOf(analysis, 'venerable television program', 'reported')).toBe('Robert C. Miller');
    // The programme's title is nobody's words.
    expect(speakerOf(analysis, 'Science In Action', 'direct')).toBeUndefined();
  });

  it('lets a closing line that gives someone’s words with a colon own the quoted paragraph after it', () => {
    const analysis = analyse('ca32.txt', [
      'As A moral shocker it is a dud. But this doesn’t detract from its merit as an interesting, if not great, film. The Chronicle’s Paine Knickerbocker summed it up neatly:',
      '“This is a long picture and a controversial one, but basically it is a moral, enthralling and heartbreaking description of humans who have become unlinked from life”.',
    ]);
    expect(speakerOf(analysis, 'This is a long picture')).toBe('Paine Knickerbocker');
  });

  it('gives “he” to the main clause’s subject, not to a speaker inside a “when” clause before it', () => {
    const analysis = analyse('ca34.txt', [
      'Thus when Premier Khrushchev intimated even before inauguration that he hoped for an early meeting with the new President, Mr. Kennedy was confronted with a delicate problem. Shortly before his nomination he had set forth his basic view about the problem of negotiations with the Soviet leader in these words:',
      '“As long as Mr. Khrushchev is convinced that the balance of world power is shifting his way, no amount of either smiles or toughness, neither Camp David talks nor kitchen debates, can compel him to enter fruitful negotiations”.',
    ]);
    expect(speakerOf(analysis, 'As long as Mr. Khrushchev')).toBe('Kennedy');
  });
});

describe('speakers named around a quote by an aside, an inverted verb or a passive', () => {
  it('takes the name before an aside and a closing verb right after a quote (Brown cp17)', () => {
    const analysis = analyse('cp17.txt', [
      'Everyone held his or her breath.',
      '“Don’t think Linda couldn’t have got John back any time, if she’d tried”, Mousie Gordon, who had been Mousie Chandler, said between bites of a chicken sandwich at a luncheon table at Le Mont. “Now you know she could’ve, but she isn’t that kind of girl.”',
    ]);
    expect(speakerOf(analysis, 'got John back')).toBe('Mousie Gordon');
  });

  it('reads what stands before a mid-sentence “says X” as X’s paraphrase', () => {
    const analysis = analyse('ca30.txt', [
      'Housewives are finding literally hundreds of ways of getting the maximum use out of traditional designs, says Mr. Alden and they are doing it largely because Colonial craftsmen had “an innate sense of the practical”.',
    ]);
    expect(speakerOf(analysis, 'Housewives are finding', 'reported')).toBe('Alden');
  });

  it('gives what someone “was quoted … as saying” to them, past an aside (Brown cj39)', () => {
    const analysis = analyse('cj39.txt', [
      'Mr. John Magee, whose work has been discussed in this chapter, was quoted in a New Yorker Magazine profile as saying: “Of course, you have to remember it’s a good thing for us chartists that there aren’t more of us”.',
    ]);
    expect(speakerOf(analysis, 'good thing for us chartists')).toBe('John Magee');
  });

  it('lets the agent of a passive speech verb be who “He wrote:” means next, without a paraphrase of his own', () => {
    const analysis = analyse('ca36.txt', [
      'The past usefulness of the anti-trust laws to management was explained by Thurman Arnold, in The Folklore of Capitalism, back in 1937. He wrote: “(P. 211) the anti-trust laws were the answer of a society which unconsciously felt the need of great organizations”.',
    ]);
    expect(speakerOf(analysis, 'the answer of a society')).toBe('Thurman Arnold');
    expect(analysis.quotes.filter((quote) => quote.kind === 'reported')).toEqual([]);
  });
});

describe('pronouns that could mean someone a report described', () => {
  it('leaves “He” unattributed after a report about “the Soviet leader”: he could be either man', () => {
    const analysis = analyse('ca34.txt', [
      'In the light of those events, there appeared to be a real danger that Premier Khrushchev might overreach himself. Ambassador Thompson reported from Moscow that the Soviet leader’s mood was cocky and aggressive. He has indicated that he plans new moves on Berlin before the year is out.',
    ]);
    expect(speakerOf(analysis, 'mood was cocky', 'reported')).toBe('Thompson');
    expect(speakerOf(analysis, 'new moves on Berlin', 'reported')).toBeUndefined();
  });
});

describe('quotes nested in a quoted report', () => {
  it('gives the words a cabled report quotes to the person it names, and nothing of the report itself', () => {
    const analysis = analyse('ca43.txt', [
      'Our staff man cabled from Turin as follows—',
      '“Three, labor troubles are infrequent. Fiat officials say they have had no strikes for more than six years.',
      "“Said Secretary Hodges: ' It's a tough combination for the U.S. to face.",
      '“Hodges is trying to get more foreign business to go to the U.S.. The inflow of foreign capital would help the U.S. balance of payments.',
      "“Hodges predicted: ' I think we will see more foreign firms coming to the U.S.. There are many places where we can use their vigor and new ideas '”.",
    ]);
    const hodges = analysis.quotes.filter((quote) => quote.speaker?.name === 'Hodges').map((quote) => quote.text);
    expect(hodges).toEqual([
      "It's a tough combination for the U.S. to face.",
      'I think we will see more foreign firms coming to the U.S.. There are many places where we can use their vigor and new ideas',
    ]);
  });
});

describe('an attribution after a question', () => {
  it('reads “?” followed by a sentence of a name and a speech verb as the question’s attribution (Brown cr06)', () => {
    const analysis = analyse('cr06.txt', ['“What’s the matter with the music”?? Moreland asked.']);
    expect(speakerOf(analysis, 'matter with the music')).toBe('Moreland');
  });
});

describe('speech verbs of the general list', () => {
  it('reads “muttered” and “yelled” after a quote as speech verbs (Brown ck12, cn15)', () => {
    const analysis = analyse('ck12.txt', [
      '“Didn’t occur to me my child would be kidnaped when I had it listed”, Andrus muttered. He settled on the sofa with his coffee.',
      'The clearly identifiable enemy continued on as if no one else were around. “They haven’t seen us”, Greg yelled to himself over the engine noise.',
    ]);
    expect(speakerOf(analysis, 'my child would be kidnaped')).toBe('Andrus');
    expect(speakerOf(analysis, 'They haven’t seen us')).toBe('Greg');
  });
});
