import path from 'node:path';
import { z } from 'zod';
import { printable } from './domain/printable.ts';

/** A setting is missing or malformed; the message names the variable and what it should look like. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface DiscordSettings {
  token: string;
  clientId: string | null;
  guildId: string | null;
  moderatorRoleId: string | null;
  askChannelId: string | null;
  /** REST base without the version (DISCORD_API_URL, e.g. a REST proxy); null: discord.com. */
  apiUrl: string | null;
  /** SHARDS: run under discord.js's ShardingManager with this many shards; null: one process, no manager. */
  shards: number | 'auto' | null;
  /** This process's shard when a ShardingManager started it; null otherwise. */
  shard: { id: number; count: number } | null;
}

/** Where the index lives: in the process (the default, no setup) or in a PostgreSQL database shared by every process. */
export type IndexSettings = { backend: 'embedded' } | { backend: 'postgres'; databaseUrl: string };

export interface AppConfig {
  seedsDir: string;
  index: IndexSettings;
  includeReaderComments: boolean;
  logLevel: LogLevel;
  /** Seconds between two questions from the same user; 0 turns the cooldown off. */
  askCooldownSeconds: number;
  /** Questions answered at once on Discord; more get a polite "busy" reply. */
  maxQuestionsInFlight: number;
  /** null: no token, so the console mode runs. */
  discord: DiscordSettings | null;
}

// Bot tokens are three base64url parts joined by dots; checking the shape catches pasted quotes and spaces.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const MAX_SNOWFLAKE = 2n ** 64n - 1n;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const INDEX_BACKENDS = ['embedded', 'postgres'] as const;
/** Settings whose values are never echoed in an error: a token, a URL that may hold a password. */
const SECRET_SETTINGS = new Set(['DISCORD_TOKEN', 'DATABASE_URL']);

type Environment = Record<string, string | undefined>;

/**
 * One zod schema per setting, each with the message a person needs. zod does the checking and
 * conversion; `setting()` turns its first issue into a one-line ConfigError naming the variable.
 */
const schemas = {
  token: z
    .string()
    .regex(
      TOKEN_SHAPE,
      'does not look like a bot token (three dot-separated parts, no quotes or spaces). Copy it again from the Developer Portal → Bot → Reset Token, or leave it empty for console mode.',
    ),
  // Discord IDs are 64-bit numbers written in decimal: 17 to 20 digits, and no more than 2^64 − 1.
  snowflake: z
    .string()
    .regex(/^\d{17,20}$/, 'must be a Discord ID (17 to 20 digits; right-click → Copy ID with Developer Mode on)')
    .refine((value) => BigInt(value) <= MAX_SNOWFLAKE, 'must be a Discord ID (a 64-bit number: at most 18446744073709551615; right-click → Copy ID with Developer Mode on)'),
  boolean: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'], { error: 'must be true or false' }))
    .transform((value) => ['1', 'true', 'yes', 'on'].includes(value)),
  logLevel: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { error: 'must be one of debug, info, warn, error' })),
  indexBackend: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(INDEX_BACKENDS, { error: 'must be embedded (the default: the index in the bot process) or postgres (a shared PostgreSQL index; needs DATABASE_URL)' })),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL connection URL, like postgres://newsdesk:password@localhost:5432/newsdesk (see the README, Index backends)'),
  // Plain decimal only: Number() would also take "0x10", "1e3" or "Infinity".
  // A positive shard count, or 'auto' for the count Discord recommends.
  shards: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.union(
        [
          z.literal('auto'),
          z
            .string()
            .regex(/^[1-9]\d{0,4}$/)
            .transform(Number),
        ],
        { error: 'must be auto or a whole number of shards from 1' },
      ),
    ),
  apiUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL of the Discord REST API without the version, e.g. https://discord.com/api' })
    .transform((value) => value.replace(/\/+$/, '')),
  number: (min: number, max: number) =>
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, `must be a number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be a number from ${min} to ${max}`).max(max, `must be a number from ${min} to ${max}`)),
};

/** Reads and checks every setting up front so a bad one fails at startup with one clear line. */
export function loadConfig(env: Environment, cwd: string): AppConfig {
  const token = setting(env, 'DISCORD_TOKEN', schemas.token);
  const discord: DiscordSettings | null = token
    ? {
        token,
        clientId: setting(env, 'DISCORD_CLIENT_ID', schemas.snowflake),
        guildId: setting(env, 'DISCORD_GUILD_ID', schemas.snowflake),
        moderatorRoleId: setting(env, 'MODERATOR_ROLE_ID', schemas.snowflake),
        askChannelId: setting(env, 'ASK_CHANNEL_ID', schemas.snowflake),
        apiUrl: setting(env, 'DISCORD_API_URL', schemas.apiUrl),
        ...sharding(env),
      }
    : null;
  return {
    seedsDir: path.resolve(cwd, optional(env, 'SEEDS_DIR') ?? 'seeds'),
    index: indexSettings(env),
    includeReaderComments: setting(env, 'INCLUDE_READER_COMMENTS', schemas.boolean) ?? false,
    logLevel: setting(env, 'LOG_LEVEL', schemas.logLevel) ?? 'info',
    askCooldownSeconds: setting(env, 'ASK_COOLDOWN_SECONDS', schemas.number(0, 3600)) ?? 3,
    maxQuestionsInFlight: Math.floor(setting(env, 'MAX_QUESTIONS_IN_FLIGHT', schemas.number(1, 1000)) ?? 16),
    discord,
  };
}

function indexSettings(env: Environment): IndexSettings {
  const backend = setting(env, 'INDEX_BACKEND', schemas.indexBackend) ?? 'embedded';
  const databaseUrl = setting(env, 'DATABASE_URL', schemas.databaseUrl);
  if (backend === 'embedded') return { backend };
  if (!databaseUrl)
    throw new ConfigError(
      'DATABASE_URL',
      'is required when INDEX_BACKEND=postgres: a connection URL like postgres://newsdesk:password@localhost:5432/newsdesk (see the README, Index backends).',
    );
  return { backend, databaseUrl };
}

/** The variables a deploy needs beyond the token. */
export function requireClientId(config: AppConfig): { token: string; clientId: string; guildId: string | null } {
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN', 'is required to register commands. Set it in .env (see .env.example).');
  if (!config.discord.clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is required to register commands: the Application ID from the Developer Portal → General Information.');
  return { token: config.discord.token, clientId: config.discord.clientId, guildId: config.discord.guildId };
}

/**
 * SHARDS, or this process's shard. A ShardingManager starts each shard with SHARDING_MANAGER set and
 * overwrites SHARDS with the shard's id (discord.js's convention), so there SHARDS is not ours.
 * With the embedded index more than one shard is refused: each would hold and reindex its own copy.
 */
function sharding(env: Environment): Pick<DiscordSettings, 'shards' | 'shard'> {
  if (optional(env, 'SHARDING_MANAGER') !== null) {
    const id = Number(optional(env, 'SHARDS'));
    const count = Number(optional(env, 'SHARD_COUNT'));
    return { shards: null, shard: Number.isInteger(id) && Number.isInteger(count) && count > 0 ? { id, count } : null };
  }
  const shards = setting(env, 'SHARDS', schemas.shards);
  const backend = optional(env, 'INDEX_BACKEND')?.toLowerCase() ?? 'embedded';
  if ((shards === 'auto' || (shards ?? 1) > 1) && backend !== 'postgres') {
    throw new ConfigError(
      'SHARDS',
      `${shards === 'auto' ? 'auto can start several shards, which need' : `${shards} shards need`} INDEX_BACKEND=postgres and a DATABASE_URL: with the embedded index each shard would hold, and reindex, its own copy of the articles.`,
    );
  }
  return { shards, shard: null };
}

function optional(env: Environment, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** The setting checked by its schema; null when unset; a ConfigError naming it when malformed. */
function setting<T>(env: Environment, name: string, schema: z.ZodType<T, string>): T | null {
  const value = optional(env, name);
  if (value === null) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'is not valid';
  // Secrets are never echoed; other values are, shortened and without control characters.
  if (SECRET_SETTINGS.has(name)) throw new ConfigError(name, message);
  throw new ConfigError(name, `${message}, got “${printable(value.slice(0, 40))}”.`);
}
