import type { Article, ReaderComment } from '../domain/article.ts';
import type { Passage, PassageSection, Quote, QuoteKind, SkippedFile, Speaker } from '../domain/types.ts';
import type { Candidate, GenerationView } from '../core/indexBackend.ts';
import { anyOf, termQuery } from './tsvector.ts';

/** Runs one statement, turning "the database went away" into IndexUnavailableError (postgresIndex.ts). */
export type Query = <Row extends object>(sql: string, values?: unknown[]) => Promise<Row[]>;

export interface GenerationRow {
  id: string;
  indexed_at: Date;
  passage_count: number;
  skipped: SkippedFile[];
}

/** How much a match counts: a speaker's name above the sentence's own words (as minisearch's boost), a prefix of a longer word least. */
const SPEAKER_BOOST = 1.5;
const PREFIX_WEIGHT = 0.4;
/** minisearch matches a question word as a prefix from this length on; so does this backend. */
const PREFIX_MIN_LENGTH = 4;

const ARTICLE_COLUMNS = 'a.file, a.headline, a.publication, a.byline, a.date_text, a.date_iso';
const PASSAGE_COLUMNS = `p.id, p.article_id, p.section, p.paragraph, p.sentence, p.text, p.before, p.after, p.speaker_names, ${ARTICLE_COLUMNS}`;

interface PassageRow {
  id: string;
  article_id: string;
  section: PassageSection;
  paragraph: number;
  sentence: number;
  text: string;
  before: string | null;
  after: string | null;
  speaker_names: string[];
  file: string;
  headline: string;
  publication: string | null;
  byline: string | null;
  date_text: string | null;
  date_iso: string | null;
}

/** One generation of the PostgreSQL index: every read names it, so a switch meanwhile changes nothing. */
export class PostgresGenerationView implements GenerationView {
  readonly generation: number;
  readonly indexedAt: Date;
  readonly passageCount: number;
  readonly skipped: readonly SkippedFile[];

  constructor(
    private readonly query: Query,
    row: GenerationRow,
  ) {
    this.generation = Number(row.id);
    this.indexedAt = row.indexed_at;
    this.passageCount = row.passage_count;
    this.skipped = row.skipped;
  }

  /**
   * Candidates by the project's own terms. ts_rank_cd alone weighs a common word like a rare one,
   * so each question term counts by its rarity in this generation (BM25's IDF, from term_stats),
   * the best of: in a speaker's name (×1.5), in the sentence (×1), as a prefix of a longer word
   * (×0.4, minisearch's prefix weight); the sum is multiplied by how many question terms matched, as
   * minisearch's OR does. ts_rank_cd (term frequency and proximity) orders ties among the best.
   */
  async candidates(questionTerms: readonly string[], limit: number): Promise<Candidate[]> {
    const terms = [...new Set(questionTerms.filter((term) => term.length > 0))];
    if (terms.length === 0 || limit <= 0) return [];
    // Terms with a prefix as a range (`~>=~`/`~<~`, the pattern operators term_stats_prefix
    // indexes): a LIKE whose pattern is a parameter cannot use the index and read every term.
    const stats = await this.query<{ term: string; exact: number; prefixed: number }>(
      `SELECT t.term, coalesce(s.passages, 0) AS exact,
              CASE WHEN t.below IS NULL THEN coalesce(s.passages, 0)
                   ELSE (SELECT coalesce(sum(p.passages), 0)::integer FROM term_stats p
                         WHERE p.generation = $1 AND p.term ~>=~ t.term AND p.term ~<~ t.below) END AS prefixed
       FROM unnest($2::text[], $3::text[]) AS t(term, below)
       LEFT JOIN term_stats s ON s.generation = $1 AND s.term = t.term`,
      [this.generation, terms, terms.map((term) => (term.length >= PREFIX_MIN_LENGTH ? prefixUpperBound(term) : null))],
    );
    const weighted: Array<{ term: string; query: string; weight: number }> = [];
    for (const { term, exact, prefixed } of stats) {
      if (exact > 0) {
        weighted.push({ term, query: termQuery(term, { kind: 'speakers' }), weight: SPEAKER_BOOST * this.idf(exact) });
        weighted.push({ term, query: termQuery(term, { kind: 'text' }), weight: this.idf(exact) });
      }
      if (term.length >= PREFIX_MIN_LENGTH && prefixed > exact) weighted.push({ term, query: termQuery(term, { kind: 'prefix' }), weight: PREFIX_WEIGHT * this.idf(prefixed) });
    }
    if (weighted.length === 0) return [];
    const rows = await this.query<PassageRow & { lexemes: string[]; score: number }>(...candidateQuery(this.generation, weighted, limit));
    return rows.map((row) => {
      const matched = matchedTerms(terms, row.lexemes);
      return { passage: toPassage(row), score: Number(row.score), queryTerms: matched.queryTerms, terms: matched.terms };
    });
  }

  async knownTerms(terms: readonly string[]): Promise<Set<string>> {
    if (terms.length === 0) return new Set();
    const rows = await this.query<{ term: string }>('SELECT term FROM term_stats WHERE generation = $1 AND term = ANY($2::text[])', [this.generation, [...terms]]);
    return new Set(rows.map((row) => row.term));
  }

  async passage(id: string): Promise<Passage | null> {
    const rows = await this.query<PassageRow>(
      `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.generation = p.generation AND a.id = p.article_id
       WHERE p.generation = $1 AND p.id = $2`,
      [this.generation, id],
    );
    return rows[0] ? toPassage(rows[0]) : null;
  }

  async articles(): Promise<Article[]> {
    const rows = await this.query<{
      id: string;
      file: string;
      content_hash: string;
      headline: string;
      standfirst: string | null;
      publication: string | null;
      byline: string | null;
      date_text: string | null;
      date_iso: string | null;
      captions: string[];
      paragraphs: string[];
      comments: ReaderComment[];
      dropped_lines: string[];
    }>('SELECT * FROM articles WHERE generation = $1 ORDER BY position', [this.generation]);
    return rows.map((row) => ({
      id: row.id,
      file: row.file,
      contentHash: row.content_hash,
      headline: row.headline,
      standfirst: row.standfirst,
      publication: row.publication,
      byline: row.byline,
      dateText: row.date_text,
      dateIso: row.date_iso,
      captions: row.captions,
      paragraphs: row.paragraphs,
      comments: row.comments,
      droppedLines: row.dropped_lines,
    }));
  }

  async speakers(): Promise<Speaker[]> {
    const rows = await this.query<{ id: string; name: string; kind: Speaker['kind']; titles: string[]; aliases: string[]; quote_count: number; statement_count: number }>(
      'SELECT id, name, kind, titles, aliases, quote_count, statement_count FROM speakers WHERE generation = $1 ORDER BY position',
      [this.generation],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      titles: row.titles,
      aliases: row.aliases,
      quoteCount: row.quote_count,
      statementCount: row.statement_count,
    }));
  }

  async quotes(speakerId?: string): Promise<Quote[]> {
    const rows = await this.query<
      PassageRow & { quote_id: string; quote_text: string; kind: QuoteKind; speaker_id: string | null; attribution: string; cue: string; quote_sentence: string }
    >(
      `SELECT q.id AS quote_id, q.text AS quote_text, q.kind, q.speaker_id, q.attribution, q.cue, q.sentence AS quote_sentence, ${PASSAGE_COLUMNS}
       FROM quotes q
       JOIN passages p ON p.generation = q.generation AND p.id = q.passage_id
       JOIN articles a ON a.generation = p.generation AND a.id = p.article_id
       WHERE q.generation = $1 AND ($2::text IS NULL OR q.speaker_id = $2)
       ORDER BY q.position`,
      [this.generation, speakerId ?? null],
    );
    return rows.map((row) => ({
      id: row.quote_id,
      text: row.quote_text,
      kind: row.kind,
      passageId: row.id,
      speakerId: row.speaker_id,
      attribution: row.attribution,
      cue: row.cue,
      citation: toPassage(row).citation,
      sentence: row.quote_sentence,
    }));
  }

  /** BM25's inverse document frequency: rare terms count more, a term in every passage almost nothing. */
  private idf(passagesWithTerm: number): number {
    return Math.log(1 + (this.passageCount - passagesWithTerm + 0.5) / (passagesWithTerm + 0.5));
  }
}

/**
 * The candidate query, written out per question term (each term's best match as one GREATEST of
 * CASEs over its tsqueries, all parameters): evaluated per matching row, inline expressions cost a
 * fraction of a joined unnest-and-group per row. The ranking runs on the GIN index's matches alone;
 * the passages' text and articles are read, and ts_rank_cd (which doubled the query's time when
 * computed for every match) breaks ties, for the `limit` best only.
 */
export function candidateQuery(generation: number, weighted: ReadonlyArray<{ term: string; query: string; weight: number }>, limit: number): [string, unknown[]] {
  const values: unknown[] = [generation, anyOf(weighted.map((entry) => entry.query)), limit];
  const parameter = (value: unknown, cast: string) => `$${values.push(value)}::${cast}`;
  const byTerm = new Map<string, string[]>();
  for (const entry of weighted) {
    const cases = byTerm.get(entry.term) ?? [];
    cases.push(`CASE WHEN p.terms @@ ${parameter(entry.query, 'tsquery')} THEN ${parameter(entry.weight, 'float8')} ELSE 0 END`);
    byTerm.set(entry.term, cases);
  }
  const bests = [...byTerm.values()].map((cases, at) => `GREATEST(${cases.join(', ')}) AS b${at}`);
  const names = bests.map((_, at) => `b.b${at}`);
  const sql = `WITH ranked AS MATERIALIZED (
      SELECT p.id, p.position, (${names.join(' + ')}) * (${names.map((name) => `(${name} > 0)::integer`).join(' + ')}) AS score
      FROM passages p CROSS JOIN LATERAL (SELECT ${bests.join(', ')}) b
      WHERE p.generation = $1 AND p.terms @@ $2::tsquery
      ORDER BY score DESC, p.position
      LIMIT $3
    )
    SELECT ${PASSAGE_COLUMNS}, tsvector_to_array(p.terms) AS lexemes, r.score
    FROM ranked r
    JOIN passages p ON p.generation = $1 AND p.id = r.id
    JOIN articles a ON a.generation = p.generation AND a.id = p.article_id
    ORDER BY r.score DESC, ts_rank_cd(p.terms, $2::tsquery) DESC, r.position`;
  return [sql, values];
}

function toPassage(row: PassageRow): Passage {
  return {
    id: row.id,
    text: row.text,
    citation: {
      articleId: row.article_id,
      file: row.file,
      publication: row.publication,
      headline: row.headline,
      byline: row.byline,
      dateText: row.date_text,
      dateIso: row.date_iso,
      section: row.section,
      paragraph: row.paragraph,
      sentence: row.sentence,
    },
    before: row.before,
    after: row.after,
    speakerNames: row.speaker_names,
  };
}

/** Which question terms a passage matched, exactly or as a prefix, and with which of its own terms. */
function matchedTerms(questionTerms: readonly string[], lexemes: readonly string[]): { queryTerms: string[]; terms: string[] } {
  const queryTerms: string[] = [];
  const terms = new Set<string>();
  for (const term of questionTerms) {
    const hits = lexemes.filter((lexeme) => lexeme === term || (term.length >= PREFIX_MIN_LENGTH && lexeme.startsWith(term)));
    if (hits.length === 0) continue;
    queryTerms.push(term);
    for (const hit of hits) terms.add(hit);
  }
  return { queryTerms, terms: [...terms] };
}

/**
 * The first string after every string that starts with `prefix`, in byte order (what the pattern
 * operators compare; UTF-8's byte order is code point order): the last character, plus one.
 */
export function prefixUpperBound(prefix: string): string | null {
  const characters = [...prefix];
  const last = characters.pop();
  if (last === undefined) return null;
  let next = (last.codePointAt(0) ?? 0) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // surrogates are not characters
  if (next > 0x10ffff) return prefixUpperBound(characters.join(''));
  return characters.join('') + String.fromCodePoint(next);
}
