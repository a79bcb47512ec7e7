import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { AskResult } from '../src/search/ask.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** /ask sentence windows on an editorial (Brown cb23) and a column (cf06), with two press texts beside them. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['cb23', 'cf06', 'ca02', 'ca11'], 'ask-windows'));
});
afterAll(() => cleanup());

function first(result: AskResult): { text: string } {
  expect(result.status).toBe('found');
  return { text: result.status === 'found' ? (result.hits[0]?.text ?? '') : '' };
}

describe('a sentence that announces what follows', () => {
  it('is shown with the next sentence when it counts the things the question asks about', () => {
    const { text } = first(desk.ask('what mistakes do the taiwan military think the communists made', { limit: 1 }));
    expect(text).toMatch(/have made two mistakes, which, together, may prove fatal\. The first was the commune program/);
  });

  it('is shown alone when its count is of something the question does not ask about', () => {
    // "two" counts nothing asked for here: the sentence is no announcement of the answer.
    const { text } = first(desk.ask('what do the taiwan military believe', { limit: 1 }));
    expect(text).not.toMatch(/The first was the commune program/);
  });
});

describe('an announced answer that opens with a lead-in sentence', () => {
  it('is shown through the sentence after the lead-in', () => {
    // cf06: "What does it mean to be creative…?" — "When we turn to Noah Webster we find him helpful as usual." — the definition.
    const { text } = first(desk.ask('what is the meaning of creative', { limit: 1 }));
    expect(text).toMatch(/What does it mean to be creative.*Noah Webster.*To be creative is to have the ability to cause to exist/s);
  });
});
