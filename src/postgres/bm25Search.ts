import type { SearchHit } from '../search/expansionMerge.ts';
import { fuzzyFor, SCORING } from '../search/passageIndex.ts';
import { tokenize, toTerm } from '../search/terms.ts';
import { prefixUpperBound, type Query } from './sql.ts';
import { anyOf, quoteLexeme } from './tsvector.ts';

/** What a generation's scoring depends on beyond the terms: minisearch's document count and average field lengths. */
export interface ScoringBasis {
  generation: number;
  passageCount: number;
  avgTextLength: number;
  avgSpeakersLength: number;
}

/** How one question term is matched: exactly, and as a prefix and with edits when asked. */
interface TermSpec {
  term: string;
  prefix: boolean;
  /** Edits allowed for a term the corpus lacks; 0: none. */
  fuzzy: number;
}

/** An index term a question term matched, with what BM25 needs to score it in each field. */
interface Derived {
  term: string;
  /** The question term's place in the query. */
  at: number;
  /** Exact first (0), then prefix matches, then fuzzy ones: the order minisearch adds their scores in. */
  rank: number;
  weight: number;
  textPassages: number;
  speakerPassages: number;
}

/**
 * A search scored the way minisearch scores it (src/search/passageIndex.ts, minisearch's
 * executeQuery): for each question term, the exact term, index terms it prefixes (from
 * SCORING.prefixMinLength letters) and, for a term the corpus lacks, terms within fuzzyFor's edits;
 * each scored by BM25 per field from the passage's term frequency (the tsvector's positions of
 * weight B for the text, A for the speakers), its field length and the generation's average, times
 * the match's weight and the field's boost; summed per question term, then over the terms in
 * query order, times the number of distinct question terms matched. IDF and weights are computed
 * here with the same JavaScript arithmetic, the rest by PostgreSQL in the same order of operations,
 * so scores agree to the last bit, and ties keep minisearch's order (first question term matched,
 * exact before prefix before fuzzy, text before speakers, then passage order).
 *
 * `exact`: no prefix or fuzzy matching (related words). `known`: how minisearch's caller decides
 * fuzziness; here the database says whether it has a term.
 */
export async function bm25Search(query: Query, basis: ScoringBasis, question: string, limit: number, mode: { exact: boolean; fuzzyUnknown: boolean }): Promise<SearchHit[]> {
  const terms = tokenize(question)
    .map((token) => toTerm(token))
    .filter((term): term is string => term !== null && term.length > 0);
  if (terms.length === 0 || limit <= 0) return [];
  const derived = await deriveTerms(query, basis.generation, terms, mode);
  if (derived.length === 0) return [];
  const { k, b, d } = SCORING.bm25;
  const idf = (passages: number) => Math.log(1 + (basis.passageCount - passages + 0.5) / (passages + 0.5));
  const rows = await query<{ id: string; score: number; terms: string; sources: string[] }>(
    `WITH d AS (
       SELECT * FROM unnest($2::text[], $3::integer[], $4::integer[], $5::text[], $6::float8[], $7::float8[], $8::float8[], $9::float8[])
         AS d(term, at, rank, source, w_text, idf_text, w_sp, idf_sp)
     ),
     hits AS (
       SELECT p.id, p.position, p.text_length, p.speakers_length, u.lexeme,
              cardinality(array_positions(u.weights, 'B')) AS tf_text, cardinality(array_positions(u.weights, 'A')) AS tf_sp
       FROM passages p CROSS JOIN LATERAL unnest(p.terms) AS u
       WHERE p.generation = $1 AND p.terms @@ $10::tsquery AND u.lexeme = ANY($2::text[])
     ),
     pieces AS (
       SELECT h.id, h.position, d.at, d.rank, d.source, d.term, f.field, f.score
       FROM hits h JOIN d ON d.term = h.lexeme
       CROSS JOIN LATERAL (VALUES
         (0, CASE WHEN h.tf_text > 0 THEN d.w_text * (d.idf_text * ($11 + (h.tf_text::float8 * $12) / (h.tf_text::float8 + $13 * ($14 + ($15 * h.text_length::float8) / $16)))) END),
         (1, CASE WHEN h.tf_sp > 0 THEN d.w_sp * (d.idf_sp * ($11 + (h.tf_sp::float8 * $12) / (h.tf_sp::float8 + $13 * ($14 + ($15 * h.speakers_length::float8) / $17)))) END)
       ) AS f(field, score)
       WHERE f.score IS NOT NULL
     ),
     per_term AS (
       SELECT id, position, at, min(source) AS source, sum(score ORDER BY rank, field) AS score, min(rank * 2 + field) AS first,
              string_agg(DISTINCT term, ' ') AS terms
       FROM pieces GROUP BY id, position, at
     ),
     per_passage AS (
       SELECT id, position, sum(score ORDER BY at) AS raw, count(DISTINCT source) AS matched, min(at) AS first_at,
              (array_agg(first ORDER BY at))[1] AS first, array_agg(source ORDER BY at) AS sources,
              string_agg(terms, ' ' ORDER BY at) AS terms
       FROM per_term GROUP BY id, position
     )
     SELECT id, raw * matched::float8 AS score, terms, sources FROM per_passage
     ORDER BY raw * matched::float8 DESC, first_at, first, position
     LIMIT $18`,
    [
      basis.generation,
      derived.map((entry) => entry.term),
      derived.map((entry) => entry.at),
      derived.map((entry) => entry.rank),
      derived.map((entry) => terms[entry.at] ?? ''),
      derived.map((entry) => entry.weight * SCORING.boost.text),
      derived.map((entry) => idf(entry.textPassages)),
      derived.map((entry) => entry.weight * SCORING.boost.speakers),
      derived.map((entry) => idf(entry.speakerPassages)),
      anyOf([...new Set(derived.map((entry) => quoteLexeme(entry.term)))]),
      d,
      k + 1,
      k,
      1 - b,
      b,
      basis.avgTextLength,
      basis.avgSpeakersLength,
      limit === Infinity ? null : limit,
    ],
  );
  // Index terms have no spaces (terms.ts tokens): joined with one, they split back apart.
  return rows.map((row) => ({ id: row.id, score: Number(row.score), terms: [...new Set(row.terms.split(' '))], queryTerms: [...new Set(row.sources)] }));
}

/**
 * The index terms each question term matches, with their document frequencies: exact and prefix
 * matches from term_stats's pattern index, fuzzy ones (a term the corpus lacks, fuzzyFor's edits,
 * Levenshtein as minisearch counts them) by a scan of the terms of similar length.
 */
async function deriveTerms(query: Query, generation: number, terms: readonly string[], mode: { exact: boolean; fuzzyUnknown: boolean }): Promise<Derived[]> {
  const specs: TermSpec[] = terms.map((term) => ({ term, prefix: !mode.exact && term.length >= SCORING.prefixMinLength, fuzzy: mode.exact ? 0 : fuzzyFor(term) || 0 }));
  const rows = await query<{ at: number; term: string; text_passages: number; speaker_passages: number }>(
    `SELECT t.at::integer - 1 AS at, s.term, s.text_passages, s.speaker_passages
     FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(term, below, at)
     JOIN term_stats s ON s.generation = $1 AND (s.term = t.term OR (t.below IS NOT NULL AND s.term ~>=~ t.term AND s.term ~<~ t.below))`,
    [generation, specs.map((spec) => spec.term), specs.map((spec) => (spec.prefix ? prefixUpperBound(spec.term) : null))],
  );
  const found = new Map<number, Array<{ term: string; textPassages: number; speakerPassages: number }>>();
  for (const row of rows) {
    const list = found.get(row.at) ?? [];
    list.push({ term: row.term, textPassages: row.text_passages, speakerPassages: row.speaker_passages });
    found.set(row.at, list);
  }
  // minisearch's caller asks for edits only for a term the corpus lacks (candidates.ts's isKnownTerm).
  const fuzzy = specs.map((spec, at) => (spec.fuzzy > 0 && (!mode.fuzzyUnknown || !found.get(at)?.some((entry) => entry.term === spec.term)) ? spec.fuzzy : 0));
  const fuzzyRows = fuzzy.some((edits) => edits > 0)
    ? await query<{ at: number; term: string; text_passages: number; speaker_passages: number; distance: number }>(
        `SELECT t.at::integer - 1 AS at, s.term, s.text_passages, s.speaker_passages, levenshtein_less_equal(s.term, t.term, t.edits) AS distance
         FROM unnest($2::text[], $3::integer[]) WITH ORDINALITY AS t(term, edits, at)
         JOIN term_stats s ON s.generation = $1 AND t.edits > 0 AND length(s.term) BETWEEN length(t.term) - t.edits AND length(t.term) + t.edits
           AND length(s.term) <= 255 AND levenshtein_less_equal(s.term, t.term, t.edits) BETWEEN 1 AND t.edits`,
        [generation, specs.map((spec) => spec.term), fuzzy],
      )
    : [];
  const derived: Derived[] = [];
  specs.forEach((spec, at) => {
    const matches = found.get(at) ?? [];
    const exact = matches.find((entry) => entry.term === spec.term);
    if (exact) derived.push({ ...exact, term: spec.term, at, rank: 0, weight: 1 });
    let rank = 1;
    const prefixed = new Set<string>();
    for (const entry of matches.filter((match) => match.term !== spec.term).sort((x, y) => (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))) {
      // minisearch's prefix weight: approaches 0 as the word grows longer than the question's.
      const distance = entry.term.length - spec.term.length;
      derived.push({ ...entry, at, rank: rank++, weight: (SCORING.weights.prefix * entry.term.length) / (entry.term.length + 0.3 * distance) });
      prefixed.add(entry.term);
    }
    for (const entry of fuzzyRows.filter((row) => row.at === at && !(spec.prefix && prefixed.has(row.term)))) {
      derived.push({
        term: entry.term,
        at,
        rank: rank++,
        weight: (SCORING.weights.fuzzy * entry.term.length) / (entry.term.length + entry.distance),
        textPassages: entry.text_passages,
        speakerPassages: entry.speaker_passages,
      });
    }
  });
  return derived;
}
