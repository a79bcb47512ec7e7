import type pg from 'pg';
import type { IndexContent, WriteOptions, WrittenGeneration } from '../core/indexBackend.ts';
import { REINDEX_LOCK } from './advisoryLocks.ts';
import { ReindexBusyError } from './errors.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import { diffGenerations } from './generationDiff.ts';
import { aliasesByName, articleOrder, passageTerms, RunningAverage } from './passageTerms.ts';
import { toTsvector } from './tsvector.ts';

/** The channel every process LISTENs on; the payload is the new generation's number. */
export const GENERATION_CHANNEL = 'newsdesk_generation';

/** Rows per INSERT: one JSON parameter per batch keeps round trips few and statements small. */
const BATCH_ROWS = 2000;

/**
 * Writes `content` as a new generation and makes it current, all in one transaction on `client`
 * under the reindex advisory lock (taken with try: a second reindex is refused at once, not
 * queued). Until COMMIT no other session sees any of it; a reindex that fails, is aborted or whose
 * process is killed rolls back and leaves the current generation as it was. The NOTIFY is sent at
 * COMMIT, so listeners hear of the switch only once it is visible.
 *
 * Generations older than the one replaced are deleted: the replaced one stays for questions that
 * pinned it just before the switch.
 */
export async function writeGeneration(client: pg.ClientBase, content: IndexContent, options: WriteOptions = {}): Promise<WrittenGeneration> {
  const started = performance.now();
  const { signal, onProgress } = options;
  const step = async (table: string, rows: number) => {
    signal?.throwIfAborted();
    await onProgress?.({ table, rows });
    signal?.throwIfAborted();
  };

  await client.query('BEGIN');
  const locked = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1, $2) AS locked', [...REINDEX_LOCK]);
  if (!locked.rows[0]?.locked) throw new ReindexBusyError();
  await step('generations', 0);

  const passages = [...content.passages.values()];
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO generations (build_ms, article_count, passage_count, quote_count, speaker_count, skipped)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [content.buildMs, content.articles.length, passages.length, content.quotes.length, content.speakers.length, JSON.stringify(content.skipped)],
  );
  const generation = Number(inserted.rows[0]?.id);

  await insertBatches(client, 'articles', content.articles, step, (rows) => [
    `INSERT INTO articles (generation, id, position, file, content_hash, headline, standfirst, publication, byline, date_text, date_iso, captions, paragraphs, comments, dropped_lines)
     SELECT $1, r.id, r.position, r.file, r.content_hash, r.headline, r.standfirst, r.publication, r.byline, r.date_text, r.date_iso, r.captions, r.paragraphs, r.comments, r.dropped_lines
     FROM jsonb_to_recordset($2::jsonb) AS r(id text, position integer, file text, content_hash text, headline text, standfirst text, publication text, byline text,
       date_text text, date_iso text, captions text[], paragraphs text[], comments jsonb, dropped_lines text[])`,
    [
      generation,
      JSON.stringify(
        rows.map(({ item: article, position }) => ({
          id: article.id,
          position,
          file: article.file,
          content_hash: article.contentHash,
          headline: article.headline,
          standfirst: article.standfirst,
          publication: article.publication,
          byline: article.byline,
          date_text: article.dateText,
          date_iso: article.dateIso,
          captions: article.captions,
          paragraphs: article.paragraphs,
          comments: article.comments,
          dropped_lines: article.droppedLines,
        })),
      ),
    ],
  ]);

  const aliases = aliasesByName(content.speakers);
  const termCounts = new Map<string, { any: number; text: number; speakers: number }>();
  const count = (term: string) => {
    let counts = termCounts.get(term);
    if (!counts) termCounts.set(term, (counts = { any: 0, text: 0, speakers: 0 }));
    return counts;
  };
  const averages = { text: new RunningAverage(), speakers: new RunningAverage() };
  const order = articleOrder(passages);
  await insertBatches(client, 'passages', passages, step, (rows) => [
    `INSERT INTO passages (generation, id, position, article_id, section, paragraph, sentence, text, before, after, speaker_names, terms, text_length, speakers_length, article_order)
     SELECT $1, r.id, r.position, r.article_id, r.section, r.paragraph, r.sentence, r.text, r.before, r.after, r.speaker_names, r.terms::tsvector,
       r.text_length, r.speakers_length, r.article_order
     FROM jsonb_to_recordset($2::jsonb) AS r(id text, position integer, article_id text, section text, paragraph integer, sentence integer, text text,
       before text, after text, speaker_names text[], terms text, text_length integer, speakers_length integer, article_order integer)`,
    [
      generation,
      JSON.stringify(
        rows.map(({ item: passage, position }) => {
          const terms = passageTerms(passage, aliases);
          const inText = new Set(terms.text);
          const inSpeakers = new Set(terms.speakers);
          for (const term of inText) count(term).text++;
          for (const term of inSpeakers) count(term).speakers++;
          for (const term of new Set([...inText, ...inSpeakers])) count(term).any++;
          averages.text.add(terms.textLength);
          averages.speakers.add(terms.speakersLength);
          const { citation } = passage;
          return {
            text_length: terms.textLength,
            speakers_length: terms.speakersLength,
            article_order: order.get(passage.id) ?? 0,
            id: passage.id,
            position,
            article_id: citation.articleId,
            section: citation.section,
            paragraph: citation.paragraph,
            sentence: citation.sentence,
            text: passage.text,
            before: passage.before,
            after: passage.after,
            speaker_names: passage.speakerNames,
            terms: toTsvector(terms),
          };
        }),
      ),
    ],
  ]);

  await insertBatches(client, 'speakers', content.speakers, step, (rows) => [
    `INSERT INTO speakers (generation, id, position, name, kind, titles, aliases, quote_count, statement_count)
     SELECT $1, r.id, r.position, r.name, r.kind, r.titles, r.aliases, r.quote_count, r.statement_count
     FROM jsonb_to_recordset($2::jsonb) AS r(id text, position integer, name text, kind text, titles text[], aliases text[], quote_count integer, statement_count integer)`,
    [
      generation,
      JSON.stringify(
        rows.map(({ item: speaker, position }) => ({
          id: speaker.id,
          position,
          name: speaker.name,
          kind: speaker.kind,
          titles: speaker.titles,
          aliases: speaker.aliases,
          quote_count: speaker.quoteCount,
          statement_count: speaker.statementCount,
        })),
      ),
    ],
  ]);

  await insertBatches(client, 'quotes', content.quotes, step, (rows) => [
    `INSERT INTO quotes (generation, id, position, passage_id, speaker_id, text, kind, attribution, cue, sentence)
     SELECT $1, r.id, r.position, r.passage_id, r.speaker_id, r.text, r.kind, r.attribution, r.cue, r.sentence
     FROM jsonb_to_recordset($2::jsonb) AS r(id text, position integer, passage_id text, speaker_id text, text text, kind text, attribution text, cue text, sentence text)`,
    [
      generation,
      JSON.stringify(
        rows.map(({ item: quote, position }) => ({
          id: quote.id,
          position,
          passage_id: quote.passageId,
          speaker_id: quote.speakerId,
          text: quote.text,
          kind: quote.kind,
          attribution: quote.attribution,
          cue: quote.cue,
          sentence: quote.sentence,
        })),
      ),
    ],
  ]);

  await insertBatches(client, 'term_stats', [...termCounts], step, (rows) => [
    `INSERT INTO term_stats (generation, term, passages, text_passages, speaker_passages)
     SELECT $1, r.term, r.passages, r.text_passages, r.speaker_passages FROM jsonb_to_recordset($2::jsonb) AS r(term text, passages integer, text_passages integer, speaker_passages integer)`,
    [generation, JSON.stringify(rows.map(({ item: [term, counts] }) => ({ term, passages: counts.any, text_passages: counts.text, speaker_passages: counts.speakers })))],
  ]);

  // The typo vocabulary, built as the embedded snapshot builds it (passage by passage, in order).
  const vocabulary = new Vocabulary();
  for (const passage of passages) vocabulary.add(passage.text);
  const plain = vocabulary.toPlain();
  await client.query('INSERT INTO vocabularies (generation, words, counts, terms) VALUES ($1, $2, $3, $4)', [generation, plain.words, plain.counts, plain.terms]);
  await client.query('UPDATE generations SET avg_text_length = $2, avg_speakers_length = $3 WHERE id = $1', [generation, averages.text.value, averages.speakers.value]);
  await step('vocabularies', 1);

  await step('current_generation', 1);
  const previousRow = await client.query<{ generation: string }>('SELECT generation FROM current_generation FOR UPDATE');
  const previous = previousRow.rows[0] ? Number(previousRow.rows[0].generation) : null;
  await client.query(
    `INSERT INTO current_generation (only_row, generation) VALUES (true, $1)
     ON CONFLICT (only_row) DO UPDATE SET generation = EXCLUDED.generation, switched_at = now()`,
    [generation],
  );
  const diff = await diffGenerations(client, previous, generation, content.skipped);
  const keep = previous === null ? [generation] : [generation, previous];
  for (const table of ['quotes', 'passages', 'speakers', 'articles', 'term_stats', 'vocabularies']) {
    await client.query(`DELETE FROM ${table} WHERE generation <> ALL($1::bigint[])`, [keep]);
  }
  await client.query('DELETE FROM generations WHERE id <> ALL($1::bigint[])', [keep]);
  await client.query('SELECT pg_notify($1, $2)', [GENERATION_CHANNEL, String(generation)]);
  await step('commit', 0);
  await client.query('COMMIT');
  // After a bulk write: fresh statistics (without them the planner guesses, and scans every
  // passage instead of using the GIN index), the GIN index's pending list merged (searches read it
  // linearly until then) and the deleted generation's rows reclaimed. The new generation is
  // already live; a failure here only leaves this to autovacuum.
  await client.query('VACUUM (ANALYZE) generations, articles, passages, speakers, quotes, term_stats, vocabularies').catch(() => {});
  return { generation, previous, durationMs: performance.now() - started, diff };
}

async function insertBatches<T>(
  client: pg.ClientBase,
  table: string,
  items: readonly T[],
  step: (table: string, rows: number) => Promise<void>,
  statement: (rows: Array<{ item: T; position: number }>) => [string, unknown[]],
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_ROWS) {
    const rows = items.slice(start, start + BATCH_ROWS).map((item, offset) => ({ item, position: start + offset }));
    const [sql, values] = statement(rows);
    await client.query(sql, values);
    await step(table, rows.length);
  }
}
