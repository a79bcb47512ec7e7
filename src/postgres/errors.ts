import { IndexUnavailableError, ReindexBusyError } from '../core/indexErrors.ts';

/**
 * Errors the PostgreSQL backend reports to its callers (defined in the core, src/core/indexErrors.ts,
 * so the commands can render them), and how the driver's errors become them.
 */
export { IndexUnavailableError, ReindexBusyError };

/** Connection failures, as Node system errors and as PostgreSQL's SQLSTATEs, that mean "unavailable". */
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** Class 08 (connection exception), server shutting down or starting, the database missing. */
const SQLSTATE = /^(08...|57P01|57P02|57P03|3D000)$/;
const DRIVER_MESSAGES = /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed/i;

/** The error as IndexUnavailableError when it means the database is out of reach, else as it was. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof IndexUnavailableError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const unreachable =
    (typeof code === 'string' && (NODE_CODES.has(code) || SQLSTATE.test(code))) ||
    DRIVER_MESSAGES.test(error.message) ||
    (error instanceof AggregateError && (error.errors as unknown[]).some((inner) => asUnavailable(inner) instanceof IndexUnavailableError));
  return unreachable ? new IndexUnavailableError(`${reason(typeof code === 'string' ? code : '', error.message)}: ${firstLine(error)}`, { cause: error }) : error;
}

/** The driver's codes in words a moderator reads: is the server gone, or was the line cut? */
function reason(code: string, message: string): string {
  if (code === 'ECONNREFUSED' || code === 'ENOENT') return 'no database server is listening';
  if (code === 'ECONNRESET' || code === 'EPIPE' || /terminated/i.test(message)) return 'the connection was lost';
  if (/^57P0[123]$/.test(code)) return 'the database server is shutting down or starting';
  if (code === '3D000') return 'the database does not exist';
  if (/timeout/i.test(message) || code === 'ETIMEDOUT') return 'the database server did not answer in time';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the database host cannot be reached';
  return 'the connection failed';
}

function firstLine(error: Error): string {
  const message =
    error.message ||
    (error instanceof AggregateError ? (error.errors as unknown[]).map((inner) => (inner instanceof Error ? inner.message : String(inner))).join('; ') : error.name);
  return message.split('\n')[0] ?? message;
}
