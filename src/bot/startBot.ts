import { Client, GatewayIntentBits, type RESTOptions, type WebSocketOptions } from 'discord.js';
import type { AppConfig, DiscordSettings } from '../config.ts';
import type { Desk } from '../core/desk.ts';
import { Cooldown } from './cooldown.ts';
import { onConnectionEvents, onShardClose } from './events/connection.ts';
import { onInteractionCreate } from './events/interactionCreate.ts';
import { onMessageCreate } from './events/messageCreate.ts';
import { onRestEvents } from './events/rest.ts';
import { createLogger } from './logger.ts';
import { loginWithRetry, type RetryPolicy } from './login.ts';
import { installProcessHooks, type ProcessHooks } from './processHooks.ts';
import { noPings } from './send.ts';
import { slashCommands } from './slashCommands.ts';
import type { BotCommand, BotContext, ReindexHooks } from './types.ts';
import { DEFAULT_MAX_IN_FLIGHT, Workload } from './workload.ts';

export type { ProcessHooks };

/** Test seams. Production passes none. */
export interface BotOverrides {
  /** REST base without the version, e.g. a fake Discord's `http://127.0.0.1:PORT/api`. */
  restApi?: string;
  /** More @discordjs/rest options, e.g. `makeRequest` for tests that answer requests in-process. */
  rest?: Partial<RESTOptions>;
  /** Replaces @discordjs/ws's 5 s identify throttle (tests that force re-identifies). */
  identifyThrottler?: WebSocketOptions['buildIdentifyThrottler'];
  commands?: readonly BotCommand[];
  /** Where log lines go (default stderr). */
  logSink?: (line: string) => void;
  /** Clock for the question cooldown. */
  now?: () => number;
  reindexHooks?: ReindexHooks;
  /** Signal and crash handlers are installed here; default `process`; null installs none. */
  processHooks?: ProcessHooks | null;
  /** How long to wait for READY before giving up (default 30 s). */
  readyTimeoutMs?: number;
  /** How often, and how patiently, to try again when Discord cannot be reached at startup. */
  loginRetry?: RetryPolicy;
  /** Questions answered at once before "busy" replies (default: MAX_QUESTIONS_IN_FLIGHT from the config). */
  maxInFlight?: number;
  /** How long a shutdown waits to tell a running /reindex it was stopped (default 2 s). */
  shutdownNoticeMs?: number;
}

export interface BotHandle {
  client: Client;
  context: BotContext;
  /** Destroys the client and removes the process handlers. Safe to call twice. */
  stop(): Promise<void>;
}

/** A mention turned away gets at most one notice per member in this many seconds (or the cooldown, if longer). */
const MENTION_NOTICE_SECONDS = 30;

/** The gateway intents the bot needs: MessageContent (privileged) only for ASK_CHANNEL_ID. */
export function botIntents(discord: DiscordSettings): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (discord.askChannelId !== null) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * Logs the bot in and answers slash commands, autocomplete, paging buttons and mentions until
 * `stop()` or SIGINT/SIGTERM. Resolves once the bot is ready; rejects with a one-line ConfigError
 * for a rejected token or a missing privileged intent, or DiscordUnreachableError.
 */
export async function startBot(desk: Desk, config: AppConfig, discord: DiscordSettings, overrides: BotOverrides = {}): Promise<BotHandle> {
  const logger = createLogger({
    level: config.logLevel,
    secrets: [discord.token],
    ...(discord.shard ? { bindings: { shard: discord.shard.id } } : {}),
    ...(overrides.logSink ? { sink: overrides.logSink } : {}),
  });
  const shutdown = new AbortController();
  const context: BotContext = {
    desk,
    config,
    discord,
    logger,
    cooldown: new Cooldown(config.askCooldownSeconds, overrides.now),
    mentionNotices: new Cooldown(Math.max(MENTION_NOTICE_SECONDS, config.askCooldownSeconds), overrides.now),
    reindexHooks: overrides.reindexHooks ?? {},
    workload: new Workload(overrides.maxInFlight ?? config.maxQuestionsInFlight ?? DEFAULT_MAX_IN_FLIGHT),
    shutdown: shutdown.signal,
    pending: new Set(),
  };
  const restApi = overrides.restApi ?? discord.apiUrl;
  const client = new Client({
    intents: botIntents(discord),
    // Default for anything sent without explicit options; every handler also sets it itself.
    allowedMentions: noPings(),
    rest: { ...(restApi ? { api: restApi } : {}), ...overrides.rest },
    ...(overrides.identifyThrottler ? { ws: { buildIdentifyThrottler: overrides.identifyThrottler } } : {}),
  });
  onInteractionCreate(client, context, overrides.commands ?? slashCommands);
  onMessageCreate(client, context);
  onConnectionEvents(client, logger);
  onRestEvents(client, logger);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    detach();
    if (desk.isReindexing) logger.warn('shutting down during a reindex: it is abandoned, the current index stays as it is');
    shutdown.abort();
    await settle(context, overrides.shutdownNoticeMs ?? 2_000);
    await client.destroy();
    logger.info('bot stopped');
  };
  const detach = installProcessHooks(overrides.processHooks === undefined ? process : overrides.processHooks, logger, stop);

  try {
    await loginWithRetry(client, discord, logger, overrides.readyTimeoutMs ?? 30_000, overrides.loginRetry);
  } catch (error) {
    await stop();
    throw error;
  }
  onShardClose(client, logger, () => shutdown.signal.aborted);
  logger.info('bot ready', {
    user: client.user?.tag,
    ...(discord.shard ? { shardCount: discord.shard.count } : {}),
    guilds: client.guilds.cache.size,
    askChannel: discord.askChannelId ?? 'none',
    messageContentIntent: discord.askChannelId !== null,
  });
  return { client, context, stop };
}

/**
 * At shutdown, deferred answers (a /reindex told it was stopped) get `timeoutMs` to reach Discord,
 * so the moderator is not left with "thinking…" for ever and shutdown is never held up.
 */
async function settle(context: BotContext, timeoutMs: number): Promise<void> {
  if (context.pending.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const all = Promise.allSettled([...context.pending]).then(() => 'settled' as const);
  const outcome = await Promise.race([all, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') context.logger.warn('could not tell the moderator the reindex was stopped in time');
}
