import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.ts';
import { SeedsDirectoryError } from './core/newsDesk.ts';
import { IndexUnavailableError } from './core/indexErrors.ts';
import { openDesk } from './openDesk.ts';
import { runConsole } from './console/runConsole.ts';
import { printable } from './domain/printable.ts';
import { skippedVerb } from './domain/article.ts';

/**
 * Entry point: with DISCORD_TOKEN the Discord bot, without it the console. With SHARDS the bot runs
 * under discord.js's ShardingManager, which starts this same file once per shard.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env, process.cwd());
  if (config.discord?.shards) {
    const { runShards } = await import('./bot/shards.ts');
    await runShards(config, config.discord, fileURLToPath(import.meta.url));
    return;
  }
  // A shard whose manager is gone (its IPC channel closed) stops as on SIGTERM instead of running orphaned.
  if (config.discord?.shard) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  const shard = config.discord?.shard;
  // In bot mode warnings go through the bot's logger, so they share its format and token redaction.
  const warn = config.discord
    ? await import('./bot/logger.ts').then(({ createLogger }) => {
        const logger = createLogger({ level: config.logLevel, secrets: [config.discord?.token ?? ''], ...(shard ? { bindings: { shard: shard.id } } : {}) });
        return (message: string) => logger.warn(message);
      })
    : (message: string) => process.stderr.write(`warning: ${printable(message)}\n`);
  const { desk, close } = await openDesk(config, warn);
  for (const skipped of (await desk.sources()).skipped) warn(`${skippedVerb(skipped)} ${printable(skipped.file)}: ${printable(skipped.reason)}`);

  if (config.discord) {
    const { startBot } = await import('./bot/startBot.ts');
    await startBot(desk, config, config.discord);
    return;
  }
  await runConsole(desk, process.argv.slice(2), { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
  // The shared index's connections would keep the process alive after the last line.
  await close();
}

main().catch((error: unknown) => {
  // Expected problems get one line a person can act on; only real bugs show a stack.
  if (error instanceof Error && error.name === 'ShardStartError') {
    process.stderr.write(`Cannot start: ${error.message}\n`);
    process.exit('exitCode' in error && error.exitCode === 2 ? 2 : 1);
  }
  if (error instanceof Error && (error.name === 'DiscordUnreachableError' || error.name === 'BuildOutOfMemoryError')) {
    process.stderr.write(`Cannot start: ${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof IndexUnavailableError) {
    process.stderr.write(`Cannot start: ${error.message} Check DATABASE_URL and that PostgreSQL is running.\n`);
    process.exit(1);
  }
  if (error instanceof ConfigError || error instanceof SeedsDirectoryError) {
    process.stderr.write(`Cannot start: ${error instanceof SeedsDirectoryError ? error.operatorMessage : error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
