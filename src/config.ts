import path from 'node:path';
import { printable } from './domain/printable.ts';

/** A setting is missing or malformed; the message names the variable and what it should look like. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    // The message may quote the value: escaped, so a setting cannot put terminal escapes or a forged line on stderr.
    super(`${variable}: ${printable(message)}`);
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
}

export interface AppConfig {
  seedsDir: string;
  includeReaderComments: boolean;
  logLevel: LogLevel;
  /** Seconds between two questions from the same user; 0 turns the cooldown off. */
  askCooldownSeconds: number;
  /** Questions answered at once on Discord; more get a polite "busy" reply. */
  maxQuestionsInFlight: number;
  /** null: no token, so the console mode runs. */
  discord: DiscordSettings | null;
}

const SNOWFLAKE = /^\d{17,20}$/;
// Bot tokens are three base64url parts joined by dots; checking the shape catches pasted quotes and spaces.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;

type Environment = Record<string, string | undefined>;

/** Reads and checks every setting up front so a bad one fails at startup with one clear line. */
export function loadConfig(env: Environment, cwd: string): AppConfig {
  const token = optional(env, 'DISCORD_TOKEN');
  if (token !== null && !TOKEN_SHAPE.test(token)) {
    throw new ConfigError('DISCORD_TOKEN', 'does not look like a bot token (three dot-separated parts, no quotes or spaces). Copy it again from the Developer Portal → Bot → Reset Token, or leave it empty for console mode.');
  }
  const discord: DiscordSettings | null = token
    ? {
        token,
        clientId: snowflake(env, 'DISCORD_CLIENT_ID'),
        guildId: snowflake(env, 'DISCORD_GUILD_ID'),
        moderatorRoleId: snowflake(env, 'MODERATOR_ROLE_ID'),
        askChannelId: snowflake(env, 'ASK_CHANNEL_ID'),
      }
    : null;
  return {
    seedsDir: path.resolve(cwd, optional(env, 'SEEDS_DIR') ?? 'seeds'),
    includeReaderComments: booleanSetting(env, 'INCLUDE_READER_COMMENTS', false),
    logLevel: logLevel(env),
    askCooldownSeconds: numberSetting(env, 'ASK_COOLDOWN_SECONDS', 3, 0, 3600),
    maxQuestionsInFlight: Math.floor(numberSetting(env, 'MAX_QUESTIONS_IN_FLIGHT', 16, 1, 1000)),
    discord,
  };
}

/** The variables a deploy needs beyond the token. */
export function requireClientId(config: AppConfig): { token: string; clientId: string; guildId: string | null } {
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN', 'is required to register commands. Set it in .env (see .env.example).');
  if (!config.discord.clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is required to register commands: the Application ID from the Developer Portal → General Information.');
  return { token: config.discord.token, clientId: config.discord.clientId, guildId: config.discord.guildId };
}

function optional(env: Environment, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function snowflake(env: Environment, name: string): string | null {
  const value = optional(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) throw new ConfigError(name, `must be a Discord ID (17 to 20 digits; right-click → Copy ID with Developer Mode on), got “${value.slice(0, 40)}”.`);
  return value;
}

function booleanSetting(env: Environment, name: string, fallback: boolean): boolean {
  const value = optional(env, name)?.toLowerCase();
  if (value === undefined || value === null) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false, got “${value.slice(0, 40)}”.`);
}

function numberSetting(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const value = optional(env, name);
  if (value === null) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max) throw new ConfigError(name, `must be a number from ${min} to ${max}, got “${value.slice(0, 40)}”.`);
  return number;
}

function logLevel(env: Environment): LogLevel {
  const value = optional(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (value === 'debug' || value === 'info' || value === 'warn' || value === 'error') return value;
  throw new ConfigError('LOG_LEVEL', `must be one of debug, info, warn, error; got “${value.slice(0, 40)}”.`);
}
