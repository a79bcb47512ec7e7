import { Client, Events, GatewayCloseCodes, GatewayIntentBits, WebSocketShardEvents, type RESTOptions, type WebSocketOptions } from 'discord.js';
import { commands as defaultCommands } from '../../commands/index.ts';
import { ConfigError, type AppConfig, type DiscordSettings } from '../config.ts';
import type { NewsDesk } from '../core/newsDesk.ts';
import { Cooldown } from './cooldown.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMessageHandler } from './mentions.ts';
import { createInteractionRouter } from './router.ts';
import { noPings } from './send.ts';
import type { BotCommand, BotContext, ReindexHooks } from './types.ts';
import { DEFAULT_MAX_IN_FLIGHT, Workload } from './workload.ts';

/** The parts of `process` the bot hooks into; tests pass a stand-in. */
export interface ProcessHooks {
  on(event: 'SIGINT' | 'SIGTERM' | 'unhandledRejection' | 'uncaughtException', listener: (...args: unknown[]) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM' | 'unhandledRejection' | 'uncaughtException', listener: (...args: unknown[]) => void): unknown;
  exit(code: number): void;
}

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

/** The gateway intents the bot needs: MessageContent (privileged) only for ASK_CHANNEL_ID. */
export function botIntents(discord: DiscordSettings): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (discord.askChannelId !== null) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * Logs the bot in and answers slash commands, autocomplete, paging buttons and mentions until
 * `stop()` or SIGINT/SIGTERM. Resolves once the bot is ready; rejects with a one-line ConfigError
 * for a rejected token or a missing privileged intent.
 */
export async function startBot(desk: NewsDesk, config: AppConfig, discord: DiscordSettings, overrides: BotOverrides = {}): Promise<BotHandle> {
  const logger = createLogger({ level: config.logLevel, secrets: [discord.token], ...(overrides.logSink ? { sink: overrides.logSink } : {}) });
  const context: BotContext = {
    desk,
    config,
    discord,
    logger,
    cooldown: new Cooldown(config.askCooldownSeconds, overrides.now),
    reindexHooks: overrides.reindexHooks ?? {},
    workload: new Workload(overrides.maxInFlight ?? config.maxQuestionsInFlight ?? DEFAULT_MAX_IN_FLIGHT),
    lifecycle: { stopping: false, reindexInProgress: null },
  };
  const client = new Client({
    intents: botIntents(discord),
    // Default for anything sent without explicit options; every handler also sets it itself.
    allowedMentions: noPings(),
    rest: { ...(overrides.restApi ? { api: overrides.restApi } : {}), ...overrides.rest },
    ...(overrides.identifyThrottler ? { ws: { buildIdentifyThrottler: overrides.identifyThrottler } } : {}),
  });

  const route = createInteractionRouter(overrides.commands ?? defaultCommands, context);
  const onMessage = createMessageHandler(context);
  client.on(Events.InteractionCreate, (interaction) => {
    route(interaction).catch((error: unknown) => logger.error('interaction router failed', { error }));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error('message handler failed', { error }));
  });
  attachLogging(client, logger);

  const processHooks = overrides.processHooks === undefined ? process : overrides.processHooks;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    context.lifecycle.stopping = true;
    detach();
    await tellReindexInterrupted(context, overrides.shutdownNoticeMs ?? 2_000);
    await client.destroy();
    logger.info('bot stopped');
  };
  const onSignal = (...args: unknown[]) => {
    const signal = typeof args[0] === 'string' ? args[0] : 'signal';
    logger.info(`${signal} received, shutting down`);
    // A stuck destroy must not keep the process alive: exit after 5 s regardless.
    const timer = setTimeout(() => processHooks?.exit(0), 5_000);
    timer.unref();
    stop()
      .catch((error: unknown) => logger.error('error while shutting down', { error }))
      .finally(() => {
        clearTimeout(timer);
        processHooks?.exit(0);
      });
  };
  const onRejection = (...args: unknown[]) => logger.error('unhandled promise rejection (the bot keeps running)', { error: args[0] });
  const onException = (...args: unknown[]) => logger.error('uncaught exception (the bot keeps running)', { error: args[0] });
  const detach = () => {
    if (!processHooks) return;
    processHooks.off('SIGINT', onSignal);
    processHooks.off('SIGTERM', onSignal);
    processHooks.off('unhandledRejection', onRejection);
    processHooks.off('uncaughtException', onException);
  };
  if (processHooks) {
    processHooks.on('SIGINT', onSignal);
    processHooks.on('SIGTERM', onSignal);
    processHooks.on('unhandledRejection', onRejection);
    processHooks.on('uncaughtException', onException);
  }

  try {
    await loginAndWaitForReady(client, discord, overrides.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  attachShardLogging(client, logger, () => context.lifecycle.stopping);
  logger.info('bot ready', {
    user: client.user?.tag,
    guilds: client.guilds.cache.size,
    askChannel: discord.askChannelId ?? 'none',
    messageContentIntent: discord.askChannelId !== null,
  });
  return { client, context, stop };
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
      ? new ConfigError('ASK_CHANNEL_ID', 'needs the Message Content intent: enable it in the Developer Portal → Bot → Privileged Gateway Intents, or unset ASK_CHANNEL_ID (mentions work without it).')
      : new Error('Discord refused the gateway intents (close code 4014).');
  }
  if (code === GatewayCloseCodes.AuthenticationFailed) return new ConfigError('DISCORD_TOKEN', 'was rejected by Discord. Reset it in the Developer Portal → Bot and copy it again.');
  return new Error(`Discord closed the connection during login (close code ${code}).`);
}

/**
 * A shutdown in the middle of /reindex: the new index is never swapped in (the process ends; the
 * old one and its saved cache stay whole), and the moderator's "thinking…" is replaced by a note
 * that it was stopped — waiting at most `timeoutMs` for Discord so shutdown is never held up.
 */
async function tellReindexInterrupted(context: BotContext, timeoutMs: number): Promise<void> {
  const running = context.lifecycle.reindexInProgress;
  if (!running) return;
  context.logger.warn('shutting down during a reindex: it is abandoned, the current index stays as it is');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([running.tellInterrupted().then(() => 'told' as const), timeout]);
    if (outcome === 'timeout') context.logger.warn('could not tell the moderator the reindex was stopped in time');
  } catch (error) {
    context.logger.warn('could not tell the moderator the reindex was stopped', { error });
  } finally {
    clearTimeout(timer);
  }
}

/** Close codes of the gateway connection: discord.js reconnects by itself; this makes each drop visible. */
function attachShardLogging(client: Client, logger: Logger, stopping: () => boolean): void {
  for (const shard of client.ws.shards.values()) {
    shard.on(WebSocketShardEvents.Close, (event) => {
      if (stopping()) logger.info('gateway connection closed', { shard: shard.id, code: event.code });
      else logger.warn('gateway connection closed', { shard: shard.id, code: event.code });
    });
  }
}

function attachLogging(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shardId) => logger.error('gateway error', { shard: shardId, error }));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn('gateway disconnected', { shard: shardId, code: event.code }));
  client.on(Events.ShardReconnecting, (shardId) => logger.info('gateway reconnecting', { shard: shardId }));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info('gateway resumed', { shard: shardId, replayed }));
  client.on(Events.ShardReady, (shardId) => logger.info('gateway session started', { shard: shardId }));
  if (logger.enabled('debug')) client.on(Events.Debug, (message) => logger.debug(message));
  client.rest.on('rateLimited', (info) => logger.warn('rate limited', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));
  // @discordjs/rest waits out a 429 and retries a 5xx (3 times) silently; these make both visible.
  // `route` is the generalised route: interaction and webhook tokens never reach the log.
  client.rest.on('response', (request, response) => {
    if (response.status === 429) {
      logger.warn('Discord answered 429 (rate limited); retrying after the wait it asked for', { method: request.method, route: request.route, retryAfter: response.headers.get('retry-after') });
    } else if (response.status >= 500) {
      logger.warn(`Discord answered ${response.status}`, { method: request.method, route: request.route, attempt: request.retries + 1 });
    }
  });
}
