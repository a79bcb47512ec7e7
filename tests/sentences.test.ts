import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { splitSentences } from '../src/nlp/sentences.ts';

/** Sentence splitting on real 1961 press text (non-reserved Brown texts). */
let pressDir = '';
beforeAll(async () => {
  pressDir = (await ensureBrownFixtures()).pressDir;
});

function sentencesOf(text: string): string[] {
  const body = readFileSync(path.join(pressDir, `${text}.txt`), 'utf8')
    .split(/\n\s*\n/)
    .slice(1);
  return body.flatMap((paragraph) => splitSentences(paragraph.trim()).map((span) => span.text));
}

describe('splitSentences on Brown press texts', () => {
  it.each(['ca02', 'ca11', 'ca17', 'ca24'])('never ends a sentence of %s on a title or an initial', (text) => {
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(40);
    const cutAfterTitle = sentences.filter((sentence) => /\b(?:Atty|Rev|Supt|Gen|Sen|Gov|Mrs|Mr|Dr)\.$/.test(sentence));
    expect(cutAfterTitle).toEqual([]);
    const cutAfterInitial = sentences.filter((sentence) => /\s\p{Lu}\.$/u.test(sentence));
    expect(cutAfterInitial).toEqual([]);
  });

  it('keeps “Albany (Cal.) native” in one sentence', () => {
    expect(sentencesOf('ca11').some((sentence) => /Albany \(Cal\.\) native/.test(sentence))).toBe(true);
  });

  it('still ends sentences after ordinary words and after “U.S.” followed by a new sentence', () => {
    const spans = splitSentences('He spoke to Atty. Gen. J. Joseph Nugent. The talks went on. Aid came from the U.S. The vote is set for Jan. 5 in Austin.');
    expect(spans.map((span) => span.text)).toEqual([
      'He spoke to Atty. Gen. J. Joseph Nugent.',
      'The talks went on.',
      'Aid came from the U.S.',
      'The vote is set for Jan. 5 in Austin.',
    ]);
  });
});
