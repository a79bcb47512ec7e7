-- The index as generations: a reindex writes a complete new generation of every table in one
-- transaction, then points current_generation at it. Readers pin one generation per question, so
-- they never see a half-written index; the previous generation is kept until the next switch so a
-- question that started just before a switch can finish.

CREATE TABLE generations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indexed_at timestamptz NOT NULL DEFAULT now(),
  build_ms double precision NOT NULL,
  article_count integer NOT NULL,
  passage_count integer NOT NULL,
  quote_count integer NOT NULL,
  speaker_count integer NOT NULL,
  -- Files in seeds/ that were not loaded, and why: [{"file": …, "reason": …}].
  skipped jsonb NOT NULL DEFAULT '[]'
);

-- Exactly one row once anything is indexed: the generation every question is answered from.
CREATE TABLE current_generation (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  generation bigint NOT NULL REFERENCES generations (id),
  switched_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  generation bigint NOT NULL REFERENCES generations (id),
  id text NOT NULL,
  position integer NOT NULL,
  file text NOT NULL,
  content_hash text NOT NULL,
  headline text NOT NULL,
  standfirst text,
  publication text,
  byline text,
  date_text text,
  date_iso text,
  captions text[] NOT NULL,
  paragraphs text[] NOT NULL,
  comments jsonb NOT NULL,
  dropped_lines text[] NOT NULL,
  PRIMARY KEY (generation, id)
);

CREATE TABLE passages (
  generation bigint NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  article_id text NOT NULL,
  section text NOT NULL CHECK (section IN ('headline', 'standfirst', 'caption', 'body', 'comment')),
  paragraph integer NOT NULL,
  sentence integer NOT NULL,
  text text NOT NULL,
  before text,
  after text,
  speaker_names text[] NOT NULL,
  -- The project's own analysed terms (src/search/terms.ts), not PostgreSQL's parser or stemmer:
  -- the sentence's terms at weight B, its speakers' names and aliases at weight A.
  terms tsvector NOT NULL,
  PRIMARY KEY (generation, id),
  FOREIGN KEY (generation, article_id) REFERENCES articles (generation, id)
);
CREATE INDEX passages_terms ON passages USING gin (terms);
CREATE INDEX passages_article ON passages (generation, article_id);

CREATE TABLE speakers (
  generation bigint NOT NULL REFERENCES generations (id),
  id text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'organization')),
  titles text[] NOT NULL,
  aliases text[] NOT NULL,
  quote_count integer NOT NULL,
  PRIMARY KEY (generation, id)
);

CREATE TABLE quotes (
  generation bigint NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  passage_id text NOT NULL,
  speaker_id text,
  text text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('direct', 'partial', 'reported')),
  attribution text NOT NULL,
  cue text NOT NULL,
  sentence text NOT NULL,
  PRIMARY KEY (generation, id),
  FOREIGN KEY (generation, passage_id) REFERENCES passages (generation, id),
  FOREIGN KEY (generation, speaker_id) REFERENCES speakers (generation, id)
);
CREATE INDEX quotes_passage ON quotes (generation, passage_id);
CREATE INDEX quotes_speaker ON quotes (generation, speaker_id, position);

-- How many passages have each term: the rarity (IDF) that candidate ranking weighs terms by,
-- which ts_rank_cd alone does not know.
CREATE TABLE term_stats (
  generation bigint NOT NULL REFERENCES generations (id),
  term text NOT NULL,
  passages integer NOT NULL,
  PRIMARY KEY (generation, term)
);
CREATE INDEX term_stats_prefix ON term_stats (generation, term text_pattern_ops);
