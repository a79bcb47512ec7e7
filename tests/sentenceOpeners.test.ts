import { describe, expect, it } from 'vitest';
import { analyse, analyseBrown, speakerOf } from './helpers/analyseParagraphs.ts';

/**
 * Words that open a sentence and report nobody, on sentences of non-reserved Brown texts: grammar words
 * glued to a name ("Had Krim", "Even Rector"), a writer's comment on saying ("Needless to say"), and a
 * speech verb whose object is the speaker ("he told himself"). Each failed before its rule.
 */
describe('sentence openers and thought', () => {
  it('drops an auxiliary or a focusing adverb opening the sentence from the name after it (cg74, ck19)', () => {
    const review = analyse('cg74.txt', [
      "Krim says, in short, that he is a suffering Jew. The only possible answer to that is, I am a suffering Franco-Irishman. Had Krim gone farther from New York than Chapel Hill, he might have discovered that large numbers of American Jews do not find his New York version of the Jews' lot remotely recognizable.",
    ]);
    expect(speakerOf(review, 'that he is a suffering Jew', 'reported')).toBe('Krim');
    const mission = analyse('ck19.txt', [
      'Even Rector himself was prey to this spirit of competition and he knew it. “You are about to become a first-class surveyor”, Rector said.',
    ]);
    expect(speakerOf(mission, 'first-class surveyor')).toBe('Rector');
  });

  it('reads “Needless to say, …” as the writer’s comment, reported by nobody (cr03)', () => {
    const memoir = analyse('cr03.txt', ['Needless to say, I was furious at this unparalleled intrusion upon free enterprise.']);
    expect(memoir.quotes).toEqual([]);
  });

  it('reads “he said to himself”, “she told herself” as thought, not as words said to anyone (cl23, cp15)', () => {
    const novel = analyse('cl23.txt', [
      'Haney went to bed, happy that at least he was rid of that lousy landlord. Really, he said to himself, nobody kills a man just as a favor!!',
    ]);
    expect(novel.quotes.filter((quote) => quote.text.includes('nobody kills a man'))).toEqual([]);
    const story = analyse('cp15.txt', [
      "It was Jim's “little” sister Myra, the unreliable, irresponsible, forever flyaway, Myra. She's a year older than I am, Lucy told herself.",
    ]);
    expect(story.quotes.filter((quote) => quote.text.includes('a year older'))).toEqual([]);
  });
});

describe('the gender of someone called by a given name alone', () => {
  it('gives “he said” no woman known only by her given name (cp27), and keeps a surname that is also a given name (cb22)', async () => {
    // The whole story: Anne is met, by that name alone, long before Cady's line to her.
    const story = await analyseBrown('cp27');
    expect(speakerOf(story, 'padding it a bit')).not.toBe('Anne');
    // "Bea" is a woman's given name too, but Augustin Cardinal Bea is called by his full name first.
    const council = analyse('cb22.txt', [
      "Augustin Cardinal Bea, the director of the Secretariate for Christian Unity, has expressed as directly as anyone the new spirit that pervades the Church's stance toward the Protestant and Orthodox Churches. Noting all the difficulties that stand in the way of reunion, he has said that they ought not to discourage anyone.",
    ]);
    expect(speakerOf(council, 'they ought not to discourage anyone', 'reported')).toBe('Bea');
  });
});

describe('a verb inside what another reports', () => {
  it('leaves “…, the old woman said, she would write …” to nobody rather than give the content’s “she” an earlier man (cp12)', () => {
    const story = analyse('cp12.txt', [
      "Did many of Sam's countrymen live in boxcars in the bush?? Had Sam ever lived in a boxcar?? She wanted to know. Regretfully Sam explained that he had no experience with boxcars. Just the same, the old woman said, she would write to her nephew in his boxcar and tell him she had met a nice man from his adopted country.",
    ]);
    expect(speakerOf(story, 'no experience with boxcars', 'reported')).toBe('Sam');
    expect(speakerOf(story, 'she would write to her nephew')).toBeUndefined();
  });

  it('still reads a verb closing the sentence as its report: “That was all he said, Lewis reports.” (cg34)', () => {
    const biography = analyse('cg34.txt', ['That was all he said, Lewis reports. That was all he had to']);
    expect(speakerOf(biography, 'That was all he said', 'reported')).toBe('Lewis');
  });
});

describe('the subject after a quote', () => {
  it('drops a form of “be” before a participle from the speaker’s name: “…”, Montero was shouting. (cn04)', () => {
    const western = analyse('cn04.txt', ["“Hold your fire”, Montero was shouting. “Wait until my shot. I'll shoot the first man who doesn't”."]);
    expect(speakerOf(western, 'Hold your fire')).toBe('Montero');
  });
});

describe('a subject that names no people', () => {
  it('gives no speaker to a common noun WordNet files under no people (cj47, cd08), and keeps “One person” (cf26)', () => {
    const report = analyse('cj47.txt', [
      "Many studies indicate that elementary-school children's interests cover the whole field of science;; that their questions indicate a genuine interest in social processes and events;; and that as they mature their interests and capabilities change and broaden.",
    ]);
    expect(speakerOf(report, 'cover the whole field of science')).toBeUndefined();
    const essay = analyse('cd08.txt', [
      'Such an analysis speedily reveals why the middle number of the Lo Shu, 5, was so vitally significant for the Chinese ever since the earliest hints that they had a knowledge of this diagram.',
    ]);
    expect(speakerOf(essay, 'the middle number of the Lo Shu')).toBeUndefined();
    const remedies = analyse('cf26.txt', [
      'One person recommended to me washing the wart with sulphur water;; another said it should be rubbed with a cut potato three times daily.',
    ]);
    expect(speakerOf(remedies, 'washing the wart with sulphur water')).toBe('One person');
  });
});
