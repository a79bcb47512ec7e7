import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { DiscordAPIError, REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { ConfigError, type AppConfig, type DiscordSettings } from '../config.ts';
import { createLogger, type Logger } from './logger.ts';
import { DiscordUnreachableError } from './login.ts';
import { installProcessHooks, type ProcessHooks } from './processHooks.ts';

/** How long one shard may take from spawn to READY: it opens the index first (embedded: builds it). */
const SHARD_READY_TIMEOUT_MS = 10 * 60_000;
/** Discord allows one IDENTIFY per 5 s per concurrency bucket; discord.js's own spacing. */
const SPAWN_DELAY_MS = 5_500;
/** A shard told to stop gets this long (it exits within 5 s by itself) before it is killed. */
const STOP_GRACE_MS = 6_000;
/** The exit code of a shard that stopped on a configuration error (main.ts): respawning cannot help. */
const CONFIG_ERROR_EXIT = 2;

/** A shard died or timed out before it was ready, so none are left running. */
export class ShardStartError extends Error {
  constructor(
    message: string,
    /** The shard's own exit code when it exited (2: a configuration error it printed itself). */
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'ShardStartError';
  }
}

export interface ShardsHandle {
  manager: ShardingManager;
  /** Stops every shard (SIGTERM, then SIGKILL after a grace period) without respawning. */
  stop(): Promise<void>;
}

export interface ShardsOverrides {
  /** Signal handlers go here; default `process`; null installs none. */
  processHooks?: ProcessHooks | null;
}

/**
 * Runs the bot under discord.js's ShardingManager: `entryFile` (main.ts) is started once per shard
 * as a child process through tsx, each running the single-process bot on its shard (discord.js
 * passes SHARDING_MANAGER, SHARDS and SHARD_COUNT). The shard count is SHARDS, or with `auto`
 * what Discord recommends. A shard that dies is respawned (the manager's `respawn`), except after
 * a configuration error, which stops them all; SIGINT/SIGTERM stop every shard, then the manager.
 */
export async function runShards(config: AppConfig, discord: DiscordSettings, entryFile: string, overrides: ShardsOverrides = {}): Promise<ShardsHandle> {
  const logger = createLogger({ level: config.logLevel, secrets: [discord.token], bindings: { process: 'manager' } });
  const gateway = await gatewayInfo(discord);
  const totalShards = discord.shards === 'auto' || discord.shards === null ? gateway.shards : discord.shards;
  logger.info('starting shards', { shards: totalShards, requested: discord.shards, recommended: gateway.shards });

  // Respawning stays off until every shard has been ready once: a shard that cannot start
  // (a bad setting, the database unreachable) must stop the start, not loop.
  const manager = new ShardingManager(entryFile, { totalShards, token: discord.token, mode: 'process', respawn: false, execArgv: tsxExecArgv() });
  const hooks = overrides.processHooks === undefined ? process : overrides.processHooks;
  let started = false;
  let startFailure: { shard: number; code: number | null; signal: string | null } | null = null;
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopping ??= stopAll(manager, logger));

  manager.on('shardCreate', (shard: Shard) => {
    logger.info('shard starting', { shard: shard.id, of: totalShards });
    shard.on('spawn', (child) => logger.info('shard process started', { shard: shard.id, pid: child instanceof ChildProcess ? (child.pid ?? null) : null }));
    shard.on('ready', () => logger.info('shard ready', { shard: shard.id }));
    shard.on('error', (error: unknown) => logger.error('shard error', { shard: shard.id, error }));
    shard.on('death', (child) => {
      if (stopping) return;
      // mode 'process': always a ChildProcess (a worker thread has no exit code here).
      const code = child instanceof ChildProcess ? child.exitCode : null;
      const signal = child instanceof ChildProcess ? child.signalCode : null;
      if (!started) {
        startFailure ??= { shard: shard.id, code, signal };
        return;
      }
      if (code === CONFIG_ERROR_EXIT) {
        logger.error('shard stopped on a configuration error (see its line above); stopping every shard', { shard: shard.id });
        void stop().finally(() => hooks?.exit(CONFIG_ERROR_EXIT));
        return;
      }
      logger.warn('shard exited; respawning it', { shard: shard.id, code, signal });
    });
  });

  const detach = installProcessHooks(hooks, logger, stop);
  try {
    // Shards in one concurrency bucket may identify at once; otherwise 5.5 s apart, as Discord asks.
    await manager.spawn({ amount: totalShards, delay: totalShards <= gateway.maxConcurrency ? 0 : SPAWN_DELAY_MS, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    await stop();
    detach();
    const failure = startFailure as { shard: number; code: number | null; signal: string | null } | null;
    if (failure) {
      const how = failure.code !== null ? `exited with code ${failure.code}` : `was killed by ${failure.signal ?? 'a signal'}`;
      throw new ShardStartError(`shard ${failure.shard} ${how} before it was ready; every shard is stopped.`, failure.code);
    }
    throw new ShardStartError(`the shards did not all become ready (${error instanceof Error ? error.message : String(error)}); every shard is stopped.`, null);
  }
  started = true;
  manager.respawn = true;
  logger.info('all shards ready', { shards: totalShards });
  return { manager, stop };
}

/** GET /gateway/bot: the shard count Discord recommends and how many shards may identify at once. */
async function gatewayInfo(discord: DiscordSettings): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return { shards: info.shards, maxConcurrency: info.session_start_limit.max_concurrency };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new ConfigError('DISCORD_TOKEN', 'was rejected by Discord. Reset it in the Developer Portal → Bot and copy it again.');
    }
    if (error instanceof DiscordAPIError) throw error;
    throw new DiscordUnreachableError(error, 1);
  }
}

/** The project runs TypeScript through tsx: each shard process loads it with `--import` (Node ≥ 20.6). */
function tsxExecArgv(): string[] {
  return ['--import', import.meta.resolve('tsx')];
}

/** Turns respawning off, then stops every shard process and waits for it to exit. */
async function stopAll(manager: ShardingManager, logger: Logger): Promise<void> {
  manager.respawn = false;
  // A respawn decided just before (in the same tick as a death) has its new process by now.
  await new Promise((resolve) => setImmediate(resolve));
  const children = [...manager.shards.values()].map((shard) => shard.process).filter((child): child is ChildProcess => child !== null);
  await Promise.all(children.map((child) => terminate(child)));
  logger.info('every shard stopped');
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
