import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * Words quoted inside the reporter's own sentence go to the named subject of the verb of speaking that
 * governs them, a verb WordNet puts under saying though no list of speech verbs has it ("leaked",
 * "castigated", "expressed", "deplores"), on whole non-reserved Brown texts. Each was unattributed before.
 */
describe('partial quotes owned by the verb of speaking governing them', () => {
  it('gives the words to the first verb’s named subject, not to a subject inside what it reports (ca40, cg07, cg38)', async () => {
    const gossip = await analyseBrown('ca40');
    // "Soon after Loper leaked the news that Frankie had ordered “two of everything” just “in case he spills anything”"
    expect(speakerOfWords(gossip, 'two of everything')).toBe('Don Loper');
    expect(speakerOfWords(gossip, 'in case he spills anything')).toBe('Don Loper');
    const founders = await analyseBrown('cg07');
    expect(speakerOfWords(founders, 'all the meanness of intrigue')).toBe('George Washington');
    expect(speakerOfWords(founders, 'that the Union of the States be cherished')).toBe('James Madison');
    const pamphlets = await analyseBrown('cg38');
    expect(speakerOfWords(pamphlets, "Apostles of Young Man's Coffee-House")).toBe('Manley');
  });

  it('leaves the words alone after a passive verb, a clause about someone else, or a new clause with its own subject (cf35, cg07)', async () => {
    const cattle = await analyseBrown('cf35');
    // "Cattle were said to be “potted” when “blizzard choked”": nobody named said it.
    expect(speakerOfWords(cattle, 'potted')).toBeUndefined();
    const founders = await analyseBrown('cg07');
    // "And Hamilton, who felt it “a religious duty” …" after Washington's words: not Washington's.
    expect(speakerOfWords(founders, 'a religious duty')).toBeUndefined();
    // "John Adams asserted … that …, and Jefferson appealed … “to the tribunal of the world” for … “the laws of nature …”".
    expect(speakerOfWords(founders, "the laws of nature and of nature's God")).toBeUndefined();
  });
  it('reads “he” or “she” opening the main clause as the pronoun’s person, never one after a name in the same sentence (ca40, cg38, cn16)', async () => {
    // "Speaking of “pride”, he deplored the noncommissioned officer “whose uniform looks like …”": General Shoup's words.
    expect(speakerOfWords(await analyseBrown('ca40'), 'whose uniform looks like it belonged to someone')).toBe('David M. Shoup');
    // "…, Steele goes so far as to list …, and, with rousing rhetoric, he asserts that … these “Terrours” …": Steele is
    // named in the sentence and noted only once its quotes are read, so the pronoun is left alone (it had found Swift).
    const pamphlets = await analyseBrown('cg38');
    expect(speakerOfWords(pamphlets, 'Terrours')).not.toBe('Swift');
    expect(speakerOfWords(pamphlets, 'It is no time')).toBe('Dick Steele');
    // "Mrs. Roebuck very kindly let me drive … to a road which would, she said, lead us … “eventshahleh” …": not "she" read alone.
    expect(speakerOfWords(await analyseBrown('cn16'), 'eventshahleh')).toBeUndefined();
  });
});
