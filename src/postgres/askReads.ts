import type { Passage } from '../domain/types.ts';
import type { TermStats } from '../search/askIndex.ts';
import { rarityOf } from '../search/passageIndex.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import type { Query } from './sql.ts';

/** The reads /ask makes of one generation besides the search itself (bm25Search.ts). */

/** Term statistics for these terms, as the embedded index would give them for the same corpus. */
export async function fetchTermStats(query: Query, generation: number, passageCount: number, terms: Iterable<string>): Promise<TermStats> {
  const wanted = [...new Set(terms)];
  const rows = wanted.length
    ? await query<{ term: string; text_passages: number }>('SELECT term, text_passages FROM term_stats WHERE generation = $1 AND term = ANY($2::text[])', [generation, wanted])
    : [];
  const counts = new Map(rows.map((row) => [row.term, row.text_passages]));
  const asked = new Set(wanted);
  const check = (term: string) => {
    // A term not fetched would silently count as absent and change the answer: a bug to hear of.
    if (!asked.has(term)) throw new Error(`term statistics were not fetched for “${term}”`);
  };
  return {
    size: passageCount,
    hasTerm: (term) => (check(term), counts.has(term)),
    passagesWith: (term) => (check(term), counts.get(term) ?? 0),
    rarity: (term) => (check(term), rarityOf(passageCount, counts.get(term) ?? 0)),
  };
}

/** Columns that make a Passage, from `passages p` joined with `articles a`. */
export const PASSAGE_COLUMNS =
  'p.id, p.article_id, p.section, p.paragraph, p.sentence, p.text, p.before, p.after, p.speaker_names, a.file, a.headline, a.publication, a.byline, a.date_text, a.date_iso';

export interface PassageRow {
  id: string;
  article_id: string;
  section: Passage['citation']['section'];
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

export function toPassage(row: PassageRow): Passage {
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

/**
 * The passages of `ids`, and the sentences either side (in article reading order) of those of
 * `withNeighbours`: windows.ts then finds the same neighbours as in the whole corpus.
 */
export async function fetchPassages(query: Query, generation: number, ids: readonly string[], withNeighbours: readonly string[]): Promise<Map<string, Passage>> {
  if (ids.length === 0) return new Map();
  const rows = await query<PassageRow>(
    `SELECT ${PASSAGE_COLUMNS}
     FROM passages p JOIN articles a ON a.generation = p.generation AND a.id = p.article_id
     WHERE p.generation = $1 AND p.id IN (
       SELECT unnest($2::text[])
       UNION
       SELECT n.id FROM passages t
       JOIN passages n ON n.generation = t.generation AND n.article_id = t.article_id AND n.article_order IN (t.article_order - 1, t.article_order + 1)
       WHERE t.generation = $1 AND t.id = ANY($3::text[]))`,
    [generation, [...ids], [...withNeighbours]],
  );
  return new Map(rows.map((row) => [row.id, toPassage(row)]));
}

/** The generation's typo vocabulary, as the embedded snapshot builds it. */
export async function fetchVocabulary(query: Query, generation: number): Promise<Vocabulary> {
  const rows = await query<{ words: string[]; counts: number[]; terms: string[] }>('SELECT words, counts, terms FROM vocabularies WHERE generation = $1', [generation]);
  const row = rows[0];
  return row ? Vocabulary.fromPlain(row) : new Vocabulary();
}
