import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, Events, GatewayCloseCodes, type Client } from 'discord.js';
import { ConfigError, type DiscordSettings } from '../config.ts';
import type { Logger } from './logger.ts';

/** Discord could not be reached at all (DNS, network, firewall): said in one line, without a stack. */
export class DiscordUnreachableError extends Error {
  constructor(cause: unknown, attempts: number) {
    super(
      `Discord could not be reached (${networkReason(cause)}) after ${attempts} attempt(s). Check the network connection and that discord.com is reachable from this machine.`,
      { cause },
    );
    this.name = 'DiscordUnreachableError';
  }
}

export interface RetryPolicy {
  /** Tries in all before giving up (default 8: about 4 minutes with the default delays). */
  attempts: number;
  /** The wait before the second try; it doubles each time, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, firstDelayMs: 2_000, maxDelayMs: 60_000 };

/**
 * Logs in and waits for READY. A rejected token or a missing privileged intent is a one-line
 * ConfigError at once; Discord unreachable is logged in one line and tried again with backoff,
 * then a DiscordUnreachableError.
 */
export async function loginWithRetry(client: Client, discord: DiscordSettings, logger: Logger, timeoutMs: number, retry: RetryPolicy = DEFAULT_RETRY): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await loginAndWaitForReady(client, discord, timeoutMs);
      return;
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      if (attempt >= retry.attempts) throw new DiscordUnreachableError(error, attempt);
      const delay = Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (attempt - 1));
      logger.warn(`Discord could not be reached (${networkReason(error)}); trying again in ${Math.round(delay / 1000)} s`, { attempt });
      await sleep(delay);
    }
  }
}

const NETWORK_CODES = new Set(['EAI_AGAIN', 'ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** A failure to reach Discord at all, as opposed to an answer from it. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof ConfigError || error instanceof DiscordAPIError) return false;
  return networkCode(error) !== null;
}

function networkCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    if (current instanceof AggregateError) for (const inner of current.errors) if (networkCode(inner)) return networkCode(inner);
  }
  return null;
}

function networkReason(error: unknown): string {
  const code = networkCode(error);
  let host: string | null = null;
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const hostname = (current as { hostname?: unknown }).hostname;
    if (typeof hostname === 'string') host = hostname;
  }
  return [code ?? 'network error', host].filter(Boolean).join(' ');
}

async function loginAndWaitForReady(client: Client, discord: DiscordSettings, timeoutMs: number): Promise<void> {
  // A gateway close during login (bad token, disallowed intents) is turned into a one-line error.
  let closedWith: Error | null = null;
  let cleanup = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Discord did not report ready within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
    const onReady = () => resolve();
    const onDisconnect = (event: { code: number }) => {
      closedWith = closeCodeError(event.code, discord);
      reject(closedWith);
    };
    client.once(Events.ClientReady, onReady);
    client.on(Events.ShardDisconnect, onDisconnect);
    cleanup = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onDisconnect);
    };
  });
  ready.catch(() => {}); // awaited below; this only stops an early rejection counting as unhandled
  try {
    await client.login(discord.token).catch((error: unknown) => {
      if (closedWith) throw closedWith;
      if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
        throw new ConfigError('DISCORD_TOKEN', 'was rejected by Discord. Reset it in the Developer Portal → Bot and copy it again.');
      }
      throw error;
    });
    await ready;
  } finally {
    cleanup();
  }
}

function closeCodeError(code: number, discord: DiscordSettings): Error {
  if (code === GatewayCloseCodes.DisallowedIntents) {
    return discord.askChannelId !== null
      ? new ConfigError(
          'ASK_CHANNEL_ID',
          'needs the Message Content intent: enable it in the Developer Portal → Bot → Privileged Gateway Intents, or unset ASK_CHANNEL_ID (mentions work without it).',
        )
      : new Error('Discord refused the gateway intents (close code 4014).');
  }
  if (code === GatewayCloseCodes.AuthenticationFailed)
    return new ConfigError('DISCORD_TOKEN', 'was rejected by Discord. Reset it in the Developer Portal → Bot and copy it again.');
  return new Error(`Discord closed the connection during login (close code ${code}).`);
}
