import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { AskResult } from '../src/search/ask.ts';
import { deskOnBrown } from './helpers/seeds.ts';

/** /ask ranking rules, on Brown press texts ca02, ca11, ca18 and ca23 (not reserved) indexed together. */
let desk: NewsDesk;
let cleanup = (): Promise<void> => Promise.resolve();
beforeAll(async () => {
  ({ desk, cleanup } = await deskOnBrown(['ca02', 'ca11', 'ca18', 'ca23'], 'ask-ranking'));
});
afterAll(() => cleanup());

function shown(result: AskResult): string[] {
  const hits = result.status === 'found' ? result.hits : result.status === 'not-covered' ? result.nearest : [];
  return hits.map((hit) => hit.text);
}

describe('a question that asks for a figure', () => {
  it('ranks the sentence of an article that gives the figure before the article’s lead that only restates the topic', () => {
    // The lead ("Multnomah County may be short of general assistance money…") holds more of the question's words.
    const result = desk.ask('how much did multnomah spend on general assistance', { limit: 3 });
    expect(result.status).toBe('found');
    expect(shown(result)[0]).toMatch(/had spent \$58,918/);
    expect(shown(result)[1]).toMatch(/may be short of general assistance money/);
  });

  it('keeps the order of other articles: a figure in another story does not beat the sentence on the topic', () => {
    // "the admission is a bundle of used clothing" gives no figure, and no other sentence of that story does.
    const result = desk.ask('how much is the admission to the thrift shop party', { limit: 3 });
    expect(result.status).toBe('found');
    expect(shown(result)[0]).toMatch(/the admission is a bundle of used clothing/);
  });
});

describe('a question that asks who', () => {
  it('ranks first a person described by what the question names over sentences that only name it', () => {
    const [first] = shown(desk.ask('who heads spice-nice', { limit: 1 }));
    expect(first).toMatch(/^Tim Larson, a junior at Wilson High School and president of Spice-Nice/);
  });

  it('ranks a sentence of the story that names people before one that names nobody', () => {
    const texts = shown(desk.ask('who opposed the abandoned property bill', { limit: 6 }));
    const named = texts.findIndex((text) => text.includes('denied by several bankers, including Scott Hudson'));
    const nobody = texts.findIndex((text) => text.startsWith('There was no debate as the Senate passed the bill'));
    expect(named).toBeGreaterThanOrEqual(0);
    expect(nobody).toBeGreaterThanOrEqual(0);
    expect(named).toBeLessThan(nobody);
  });
});

describe('a question that asks why', () => {
  it('shows the sentence after one that only says what happened: the report gives the cause next', () => {
    const result = desk.ask('why is bobby waters having an operation', { limit: 1 });
    expect(result.status).toBe('found');
    expect(shown(result)[0]).toMatch(/will undergo a knee operation tomorrow.*Waters injured his left knee in the last game/);
  });

  it('shows a sentence that gives the reason as it is', () => {
    // "…in a month with no R's, so no oysters": the reason is in the sentence itself.
    const [first] = shown(desk.ask('why are there no oysters at the party', { limit: 1 }));
    expect(first).toMatch(/It is just bad luck that we are having the party in a month with no R's, so no oysters\.$/);
  });
});

describe('a question that only names a topic of several words', () => {
  let editorials: NewsDesk;
  let cleanupEditorials = (): Promise<void> => Promise.resolve();
  beforeAll(async () => {
    ({ desk: editorials, cleanup: cleanupEditorials } = await deskOnBrown(['cb18', 'cb25', 'ca02'], 'ask-topic-subject'));
  });
  afterAll(() => cleanupEditorials());

  it('ranks first the sentence that opens with the topic as its subject, over sentences that mention it in passing', () => {
    // cb18 names the Connally amendment in six sentences; one says what it is.
    const [first] = shown(editorials.ask('the Connally amendment', { limit: 1 }));
    expect(first).toMatch(/^The Connally amendment says that the United States, rather than the court, shall determine/);
  });
});

describe('a question that asks when', () => {
  let lore: NewsDesk;
  let cleanupLore = (): Promise<void> => Promise.resolve();
  beforeAll(async () => {
    ({ desk: lore, cleanup: cleanupLore } = await deskOnBrown(['cf05', 'cf02', 'ca02'], 'ask-stated-date'));
  });
  afterAll(() => cleanupLore());

  it('ranks first the sentence of the story that states the day over one that names only the year', () => {
    // cf05: "the Great Flood of 1927" is named in the lead; the day is stated in a sentence that names less of the question.
    const [first] = shown(lore.ask('when did the vermont flood start', { limit: 1 }));
    expect(first).toMatch(/Friday, November 4, 1927/);
  });
});

describe('a question that asks where', () => {
  let editorials: NewsDesk;
  let cleanupEditorials = (): Promise<void> => Promise.resolve();
  beforeAll(async () => {
    ({ desk: editorials, cleanup: cleanupEditorials } = await deskOnBrown(['cb21', 'cb18', 'ca02'], 'ask-place'));
  });
  afterAll(() => cleanupEditorials());

  it('shows the sentence that names the place with the one that matches the question', () => {
    // cb21: the hanging is proposed in one sentence; the next says where ("nine miles northwest of Centralia, Illinois").
    const [first] = shown(editorials.ask('where would the modest proposal hang the highway commissioners', { limit: 1 }));
    expect(first).toMatch(/nine miles northwest of Centralia, Illinois/);
  });
});
