-- A speaker's statements: quotes grouped when several articles report the same words (/speakers
-- counts statements, not copies). Existing generations get their quote count until they are rewritten.
ALTER TABLE speakers ADD COLUMN statement_count integer;
UPDATE speakers SET statement_count = quote_count;
ALTER TABLE speakers ALTER COLUMN statement_count SET NOT NULL;
