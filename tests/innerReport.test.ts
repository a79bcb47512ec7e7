import { describe, expect, it } from 'vitest';
import { analyseBrown, speakerOfWords } from './helpers/analyseParagraphs.ts';

/**
 * Nested hearsay (innerReport.ts): quoted words after a second speech verb whose subject is somebody else
 * are that subject's, never the reporter's further back in the sentence.
 */
describe('quoted words of an inner report, things said and views held', () => {
  it('does not give them to the reporter whose verb stands before another subject’s verb (Brown cg36)', async () => {
    const report = await analyseBrown('cg36');
    // "Peter Marshall noted that Bang-Jensen had later referred to his two interviews … as “unfortunate experiences”".
    expect(speakerOfWords(report, 'unfortunate experiences')).not.toBe('Peter Marshall');
  });

  it('takes a speech verb in a clause opened by “what” for a thing said, not a report (Brown cf31)', async () => {
    const essay = await analyseBrown('cf31');
    // "Morse's knowledge of what Mrs. Borden told Bridget could indicate that he had returned …": the writer's, nobody's statement.
    expect(speakerOfWords(essay, "Morse's knowledge of what Mrs. Borden told Bridget")).toBeUndefined();
    // "… if he only knew what Borden said during his conversation with Morse, he would have convicted “somebody”": not Borden's word.
    expect(speakerOfWords(essay, 'somebody') ?? '').not.toMatch(/Borden/);
  });

  it('takes “X believes that …” for the writer’s account of a view, and “…, X believes, …” for a statement (Brown cf04, ca26)', async () => {
    const school = await analyseBrown('cf04');
    expect(speakerOfWords(school, 'The Director, Walter E. Clark, believes that a school')).toBeUndefined();
    const market = await analyseBrown('ca26');
    expect(speakerOfWords(market, 'E.G.T. partner Dean Guerin believes, an effective distribution')).toBe('Dean Guerin');
  });
});
