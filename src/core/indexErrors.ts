/**
 * Errors an index backend outside the process (src/postgres) reports through the core, each with a
 * message a moderator can act on; the driver's own error stays in `cause` for the log. Defined
 * here so the commands can tell "the shared index is away" from a bug without knowing the backend.
 */

/** The database cannot be reached or went away: the caller answers "try again later", not a crash. */
export class IndexUnavailableError extends Error {
  override readonly name = 'IndexUnavailableError';
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`The shared index database is unavailable (${detail}). Answers resume when it is back.`, options);
  }
}

/** Another process holds the reindex lock: one reindex at a time, for every process and shard. */
export class ReindexBusyError extends Error {
  override readonly name = 'ReindexBusyError';
  constructor() {
    super('Another process is already reindexing the shared index; its result will be seen by all.');
  }
}
