-- What candidate scoring needs to rank exactly as the embedded minisearch index does (BM25 with
-- minisearch's field lengths and per-field document frequencies), what windows need to find a
-- passage's neighbours, and the typo vocabulary. A generation written before this migration lacks
-- them (avg_text_length is NULL): the desk treats the database as empty and reindexes it once.

-- minisearch's running average of each field's length (distinct tokens), over the generation.
ALTER TABLE generations ADD COLUMN avg_text_length double precision, ADD COLUMN avg_speakers_length double precision;

-- Each passage's field lengths (distinct raw tokens of its text, of its speakers' names), and its
-- place in its article in reading order (headline, standfirst, captions, body, comments).
ALTER TABLE passages
  ADD COLUMN text_length integer NOT NULL DEFAULT 0,
  ADD COLUMN speakers_length integer NOT NULL DEFAULT 0,
  ADD COLUMN article_order integer NOT NULL DEFAULT 0;
CREATE INDEX passages_article_order ON passages (generation, article_id, article_order);

-- How many passages have the term in their text, and in their speakers' names (BM25's document
-- frequency is per field in minisearch). `passages` stays: either field.
ALTER TABLE term_stats ADD COLUMN text_passages integer NOT NULL DEFAULT 0, ADD COLUMN speaker_passages integer NOT NULL DEFAULT 0;

-- The corpus's words as written, with counts, in first-seen order, and its terms: what typo
-- correction compares an unknown word with (src/search/vocabulary.ts). One row per generation.
CREATE TABLE vocabularies (
  generation bigint PRIMARY KEY REFERENCES generations (id),
  words text[] NOT NULL,
  counts integer[] NOT NULL,
  terms text[] NOT NULL
);

-- levenshtein_less_equal: a question word the corpus lacks matches words one or two edits away,
-- as minisearch's fuzzy search does. A trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
