import { pino, stdSerializers, type DestinationStream } from 'pino';
import type { LogLevel } from '../config.ts';
import { printable } from '../domain/printable.ts';

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  enabled(level: LogLevel): boolean;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where finished lines go; default stderr. */
  sink?: (line: string) => void;
  /** Strings that must never appear in a log line (the bot token); replaced by "[redacted]". */
  secrets?: readonly string[];
  /** Fields on every line, e.g. `{ shard: 1 }` in a shard process. */
  bindings?: LogFields;
}

// Anything shaped like a bot token is redacted even if nobody registered it as a secret.
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g;
export const REDACTED = '[redacted]';
/** Fields that hold credentials wherever they appear: pino's `redact` blanks them before anything is written. */
const SECRET_PATHS = ['token', 'authorization', 'headers.authorization', '*.token', '*.authorization', '*.headers.authorization'];

/** `text` with anything shaped like a bot token replaced by "[redacted]" (logs and everything the bot sends). */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_LIKE, REDACTED);
}

/**
 * A pino logger (levels, error serialisation, `redact` of credential fields) that writes one
 * human-readable line per event — `2024-05-01T10:00:00.000Z WARN  message key=value …`, errors with
 * their stack — with registered secrets and token-shaped text redacted from the whole line.
 */
export function createLogger(options: LoggerOptions): Logger {
  const sink = options.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const redact = (text: string): string => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactTokens(out);
  };
  const destination: DestinationStream = {
    write(json: string) {
      try {
        sink(redact(formatLine(JSON.parse(json) as Record<string, unknown>)));
      } catch {
        // A broken log sink must never take the bot down.
      }
    },
  };
  const logger = pino(
    {
      level: options.level,
      base: options.bindings ?? undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: stdSerializers.err },
      redact: { paths: SECRET_PATHS, censor: REDACTED },
    },
    destination,
  );
  const at = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (fields) logger[level](fields, message);
    else logger[level](message);
  };
  return {
    level: options.level,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    enabled: (level) => logger.isLevelEnabled(level),
  };
}

/** pino's JSON record as one line: time, level, message, then the fields as key=value. */
function formatLine(record: Record<string, unknown>): string {
  const { time, level, msg, ...fields } = record;
  const parts = [String(time), String(level).toUpperCase().padEnd(5), typeof msg === 'string' ? printable(msg) : ''];
  for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${formatValue(value)}`);
  return parts.join(' ');
}

function formatValue(value: unknown): string {
  if (isSerializedError(value)) return value.stack || `${value.type}: ${value.message}`;
  // A value is one token on the line: quoted when it has spaces, and never a raw control character
  // or bidi override, so a file name cannot start a forged log line or recolour the terminal.
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(printable(value)) : printable(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value);
}

function isSerializedError(value: unknown): value is { type: string; message: string; stack: string } {
  return typeof value === 'object' && value !== null && 'stack' in value && 'message' in value && typeof (value as { stack: unknown }).stack === 'string';
}
