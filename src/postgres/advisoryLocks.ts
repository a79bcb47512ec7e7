/**
 * PostgreSQL advisory lock keys, as (class, object) pairs: the class is the project's own
 * ("news" in ASCII), so the keys cannot collide with another application's sharing the database.
 */
const NEWSDESK = 0x6e657773;

/** Held while migrations run: processes starting together wait for each other. */
export const MIGRATION_LOCK = [NEWSDESK, 1] as const;
/** Held by the one process writing a new generation; another reindex is refused, not queued. */
export const REINDEX_LOCK = [NEWSDESK, 2] as const;
