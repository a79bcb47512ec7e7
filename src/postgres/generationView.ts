import type { Article, ReaderComment } from '../domain/article.ts';
import type { ArticleSummary, Passage, Quote, QuoteKind, SkippedFile, Speaker } from '../domain/types.ts';
import type { GenerationView } from '../core/indexBackend.ts';
import type { TermStats } from '../search/askIndex.ts';
import { mergedPerSearch, mergeExpansions } from '../search/expansionMerge.ts';
import { EXPANSION_WEIGHT, type IndexMatch, type QueryOptions } from '../search/passageIndex.ts';
import type { Vocabulary } from '../search/vocabulary.ts';
import { fetchPassages, fetchTermStats, fetchVocabulary, PASSAGE_COLUMNS, type PassageRow, toPassage } from './askReads.ts';
import { bm25Search, type ScoringBasis } from './bm25Search.ts';
import { prefixUpperBound, type Query } from './sql.ts';

export { prefixUpperBound, type Query };

export interface GenerationRow {
  id: string;
  indexed_at: Date;
  passage_count: number;
  quote_count: number;
  skipped: SkippedFile[];
  avg_text_length: number | null;
  avg_speakers_length: number | null;
}

/** The generation's columns a view is made from. */
export const GENERATION_COLUMNS = 'g.id, g.indexed_at, g.passage_count, g.quote_count, g.skipped, g.avg_text_length, g.avg_speakers_length';

/** One generation of the PostgreSQL index: every read names it, so a switch meanwhile changes nothing. */
export class PostgresGenerationView implements GenerationView {
  readonly generation: number;
  readonly indexedAt: Date;
  readonly passageCount: number;
  readonly skipped: readonly SkippedFile[];
  readonly quoteCount: number;
  private readonly basis: ScoringBasis;
  private speakerList: Promise<Speaker[]> | null = null;
  private vocabularyLoad: Promise<Vocabulary> | null = null;

  constructor(
    private readonly sql: Query,
    row: GenerationRow,
  ) {
    this.generation = Number(row.id);
    this.indexedAt = row.indexed_at;
    this.passageCount = row.passage_count;
    this.quoteCount = row.quote_count;
    this.skipped = row.skipped;
    this.basis = { generation: this.generation, passageCount: row.passage_count, avgTextLength: row.avg_text_length ?? 0, avgSpeakersLength: row.avg_speakers_length ?? 0 };
  }

  get size(): number {
    return this.passageCount;
  }

  termStats(needed: () => Iterable<string>): Promise<TermStats> {
    return fetchTermStats(this.sql, this.generation, this.passageCount, needed());
  }

  /**
   * PassageIndex.query over the database: the same scores (bm25Search.ts) and the same merging of
   * related words. Which terms the corpus has, for fuzzy matching, the database says itself.
   */
  async query(question: string, limit: number, options: QueryOptions = {}): Promise<IndexMatch[]> {
    const { expansions = [], expansionWeight = EXPANSION_WEIGHT, isKnownTerm } = options;
    const mode = { exact: false, fuzzyUnknown: isKnownTerm !== undefined };
    if (expansions.length === 0) return bm25Search(this.sql, this.basis, question, limit, mode);
    const keep = mergedPerSearch(limit);
    const [own, ...groups] = await Promise.all([
      bm25Search(this.sql, this.basis, question, keep, mode),
      ...expansions.map((group) => bm25Search(this.sql, this.basis, group.words.join(' '), keep, { exact: true, fuzzyUnknown: false })),
    ]);
    return mergeExpansions(
      own ?? [],
      expansions.map((group, at) => ({ group, hits: groups[at] ?? [] })),
      limit,
      expansionWeight,
    );
  }

  passages(ids: readonly string[], withNeighbours: readonly string[]): Promise<Map<string, Passage>> {
    return fetchPassages(this.sql, this.generation, ids, withNeighbours);
  }

  /** Loaded once per generation, on the first question with a word the corpus lacks. */
  vocabulary(): Promise<Vocabulary> {
    this.vocabularyLoad ??= fetchVocabulary(this.sql, this.generation).catch((error: unknown) => {
      this.vocabularyLoad = null;
      throw error;
    });
    return this.vocabularyLoad;
  }

  async articleSummaries(): Promise<ArticleSummary[]> {
    const rows = await this.sql<{
      id: string;
      file: string;
      headline: string;
      publication: string | null;
      byline: string | null;
      date_text: string | null;
      passages: number;
      quotes: number;
      reader_comments: number;
    }>(
      `SELECT a.id, a.file, a.headline, a.publication, a.byline, a.date_text, jsonb_array_length(a.comments) AS reader_comments,
              (SELECT count(*)::integer FROM passages p WHERE p.generation = a.generation AND p.article_id = a.id) AS passages,
              (SELECT count(*)::integer FROM quotes q JOIN passages p ON p.generation = q.generation AND p.id = q.passage_id
                 WHERE q.generation = a.generation AND p.article_id = a.id) AS quotes
       FROM articles a WHERE a.generation = $1 ORDER BY a.position`,
      [this.generation],
    );
    return rows.map((row) => ({
      id: row.id,
      file: row.file,
      headline: row.headline,
      publication: row.publication,
      byline: row.byline,
      dateText: row.date_text,
      passages: row.passages,
      quotes: row.quotes,
      readerComments: row.reader_comments,
    }));
  }

  async passage(id: string): Promise<Passage | null> {
    const rows = await this.sql<PassageRow>(
      `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.generation = p.generation AND a.id = p.article_id
       WHERE p.generation = $1 AND p.id = $2`,
      [this.generation, id],
    );
    return rows[0] ? toPassage(rows[0]) : null;
  }

  async articles(): Promise<Article[]> {
    const rows = await this.sql<{
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

  /** Read once per generation: /quote's look-ups and autocomplete ask for them on every keystroke. */
  speakers(): Promise<Speaker[]> {
    this.speakerList ??= this.readSpeakers().catch((error: unknown) => {
      this.speakerList = null;
      throw error;
    });
    return this.speakerList;
  }

  private async readSpeakers(): Promise<Speaker[]> {
    const rows = await this.sql<{ id: string; name: string; kind: Speaker['kind']; titles: string[]; aliases: string[]; quote_count: number; statement_count: number }>(
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
    const rows = await this.sql<
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
}
