import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrownQuestions } from '../bench/brownEval.ts';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { loadQuestions, loadQuoteCases } from '../bench/evalLib.ts';
import type { AskResult } from '../src/core/newsDesk.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { SharedNewsDesk } from '../src/core/sharedNewsDesk.ts';
import { PostgresIndex } from '../src/postgres/postgresIndex.ts';
import { createTestDatabase } from './helpers/postgres.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/**
 * The PostgreSQL backend must answer as the embedded one does (issue 12): the same /ask steps run
 * over both (src/search/ask.ts), and the database scores candidates as minisearch does
 * (src/postgres/bm25Search.ts), so every answer — status, hits, windows, scores, confidence — is
 * expected to be identical, on the seeds and on all 44 Brown press texts.
 */

interface Pair {
  embedded: NewsDesk;
  shared: SharedNewsDesk;
  close: () => Promise<void>;
}

async function pairOver(seedsDir: string, label: string): Promise<Pair> {
  const database = await createTestDatabase(label);
  const backend = await PostgresIndex.open({ connectionString: database.url });
  const [embedded, shared] = await Promise.all([NewsDesk.open({ seedsDir, cacheDir: false }), SharedNewsDesk.open({ seedsDir, backend })]);
  return {
    embedded,
    shared,
    close: async () => {
      await backend.close();
      await database.drop();
    },
  };
}

async function agreement(pair: Pair, questions: readonly string[]): Promise<{ same: number; sameTop: number; sameStatus: number; differing: string[] }> {
  let same = 0;
  let sameTop = 0;
  let sameStatus = 0;
  const differing: string[] = [];
  for (const question of questions) {
    const embedded = pair.embedded.ask(question, { limit: 3 });
    const shared = await pair.shared.ask(question, { limit: 3 });
    const top = (result: AskResult) => (result.status === 'found' ? result.hits[0]?.passage.id : result.status === 'not-covered' ? result.nearest[0]?.passage.id : null);
    if (embedded.status === shared.status) sameStatus++;
    if (embedded.status === shared.status && top(embedded) === top(shared)) sameTop++;
    // Compared whole: hits, windows, context, scores and confidence, to the last bit.
    if (JSON.stringify(embedded) === JSON.stringify(shared)) same++;
    else differing.push(question);
  }
  return { same, sameTop, sameStatus, differing };
}

describe('PostgreSQL desk against the embedded desk: the seeds', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await pairOver(SEEDS_DIR, 'parity_seeds');
  }, 120_000);
  afterAll(async () => {
    await pair?.close();
  });

  it('answers every eval question (tests/eval/questions.json) exactly as the embedded desk', async () => {
    const questions = loadQuestions().map((entry) => entry.question);
    // Typos and words the corpus lacks take the vocabulary and fuzzy paths.
    questions.push('what did lavorv say about crimea', 'did the goverment annex crimea', 'bitcoin price', 'wat', '2014 referendum results');
    const result = await agreement(pair, questions);
    console.log(`seeds /ask parity: ${result.same}/${questions.length} identical, ${result.sameTop} same status and top passage; differing: ${result.differing.join(' | ')}`);
    expect(result.differing).toEqual([]);
  });

  it('gives the same /quote answers (tests/eval/quotes.json), /speakers and /sources', async () => {
    for (const quoteCase of loadQuoteCases()) {
      expect(await pair.shared.quotes(quoteCase.speaker), quoteCase.speaker).toEqual(pair.embedded.quotes(quoteCase.speaker));
    }
    const speakers = await pair.shared.speakers();
    expect(speakers).toEqual(pair.embedded.speakers());
    for (const speaker of speakers.slice(0, 5)) expect(await pair.shared.quotesOf(speaker.id)).toEqual(pair.embedded.quotesOf(speaker.id));
    expect(await pair.shared.suggestSpeakers('la')).toEqual(pair.embedded.suggestSpeakers('la'));
    const { indexedAt: _shared, ...sharedSources } = await pair.shared.sources();
    const { indexedAt: _embedded, ...embeddedSources } = pair.embedded.sources();
    expect(sharedSources).toEqual(embeddedSources);
  });
});

describe('PostgreSQL desk against the embedded desk: all 44 Brown press texts', () => {
  let pair: Pair;
  beforeAll(async () => {
    const fixtures = await ensureBrownFixtures();
    pair = await pairOver(fixtures.pressDir, 'parity_brown');
  }, 180_000);
  afterAll(async () => {
    await pair?.close();
  });

  it('answers every Brown development question (tests/eval/brown-questions.json) exactly as the embedded desk', async () => {
    const questions = loadBrownQuestions();
    if (!questions) throw new Error('tests/eval/brown-questions.json is missing');
    const asked = questions.map((entry) => entry.question);
    const result = await agreement(pair, asked);
    console.log(`Brown /ask parity: ${result.same}/${asked.length} identical, ${result.sameTop} same status and top passage, ${result.sameStatus} same status`);
    expect(result.differing).toEqual([]);
  }, 120_000);

  it('counts the same speakers and sources', async () => {
    expect((await pair.shared.speakers()).length).toBe(pair.embedded.speakers().length);
    const shared = await pair.shared.sources();
    const embedded = pair.embedded.sources();
    expect({ articles: shared.articles, passages: shared.passages, quotes: shared.quotes, speakers: shared.speakers }).toEqual({
      articles: embedded.articles,
      passages: embedded.passages,
      quotes: embedded.quotes,
      speakers: embedded.speakers,
    });
  });
});
