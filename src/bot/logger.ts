import type { LogLevel } from '../config.ts';

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
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
// Anything shaped like a bot token is redacted even if nobody registered it as a secret.
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g;
export const REDACTED = '[redacted]';

/** `text` with anything shaped like a bot token replaced by "[redacted]" (logs and everything the bot sends). */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_LIKE, REDACTED);
}

/** One line per event (`2024-05-01T10:00:00.000Z WARN  message key=value …`; errors add their stack), secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const sink = options.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const threshold = ORDER[options.level];
  const redact = (text: string): string => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactTokens(out);
  };
  const write = (level: LogLevel, message: string, fields?: LogFields) => {
    if (ORDER[level] < threshold) return;
    const parts = [new Date().toISOString(), level.toUpperCase().padEnd(5), message];
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (value === undefined) continue;
      parts.push(`${key}=${formatValue(value)}`);
    }
    try {
      sink(redact(parts.join(' ')));
    } catch {
      // A broken log sink must never take the bot down.
    }
  };
  return {
    level: options.level,
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    enabled: (level) => ORDER[level] >= threshold,
  };
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
