import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { deskOnBrown } from './helpers/seeds.ts';
import { opensWithTopic } from '../src/search/ranking.ts';
import { tokenize, toTerm } from '../src/search/terms.ts';

/** /ask on a government text of agencies and programmes (Brown ch01), with two other government texts and two press texts beside it. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ch01', 'ch10', 'ch20', 'ca02', 'ca11'], 'ask-topic-subject'));
});
afterAll(() => cleanup());

function firstText(question: string): string {
  const result = desk.ask(question, { limit: 1 });
  expect(result.status).toBe('found');
  return result.status === 'found' ? (result.hits[0]?.text ?? '') : '';
}

describe('a question that only names a topic with a stop word inside it', () => {
  it('ranks first the sentence that opens with the topic as its subject', () => {
    // "for" is no index term: "The Banks for Cooperatives were established…" opens with the topic all the same, where
    // "The system is composed of … Federal Land Banks …, Banks for Cooperatives …" only lists it.
    expect(firstText('Banks for Cooperatives')).toMatch(/^The Banks for Cooperatives were established to provide a permanent source of credit/);
  });

  it('ranks first the sentence that opens with a longer such topic', () => {
    expect(firstText('Office of Business Economics')).toMatch(/^The Office of Business Economics \(OBE\) of the U\.S\. Department of Commerce provides basic measures/);
  });
});

describe('opensWithTopic', () => {
  const topic = ['bank', 'cooper'].map((word) => toTerm(word) ?? word);
  it('skips a stop word inside a capitalised name only', () => {
    expect(opensWithTopic(tokenize('Banks for Cooperatives were established to provide'), topic)).toBe(true);
    // The same words as a clause about two things: not a sentence about the named body.
    expect(opensWithTopic(tokenize('Banks and cooperatives are alike in this'), topic)).toBe(false);
    expect(opensWithTopic(tokenize('Banks are not cooperatives'), topic)).toBe(false);
  });
});
