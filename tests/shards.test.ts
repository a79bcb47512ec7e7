/**
 * SHARDS: the bot under discord.js's ShardingManager, as `npm start` runs it — a manager process
 * starting src/main.ts once per shard through tsx — against the fake Discord.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, type APIEmbed } from 'discord.js';
import { ConfigError, loadConfig } from '../src/config.ts';
import { isAlive, startBotProcess, type BotProcess } from './helpers/botProcess.ts';
import { guildIdOnShard, startFakeDiscord, type FakeDiscord } from './helpers/fakeDiscord.ts';
import { copySeeds } from './helpers/seeds.ts';

const TOKEN = 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('SHARDS setting', () => {
  const load = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: TOKEN, ...env }, process.cwd());

  it('takes auto or a positive whole number, and is off when unset', () => {
    expect(load({}).discord?.shards).toBeNull();
    expect(load({ SHARDS: '1' }).discord?.shards).toBe(1);
    const shared = { INDEX_BACKEND: 'postgres', DATABASE_URL: 'postgres://newsdesk@localhost/newsdesk' };
    expect(load({ SHARDS: 'AUTO', ...shared }).discord?.shards).toBe('auto');
    expect(load({ SHARDS: '4', ...shared }).discord?.shards).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two', '0x2']) {
      expect(() => load({ SHARDS: bad })).toThrow(new ConfigError('SHARDS', `must be auto or a whole number of shards from 1, got “${bad}”.`));
    }
  });

  it('refuses more than one shard, or auto, with the embedded index, in one line naming SHARDS and INDEX_BACKEND', () => {
    for (const shards of ['2', 'auto']) {
      let caught: unknown;
      try {
        load({ SHARDS: shards });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as ConfigError).variable).toBe('SHARDS');
      expect((caught as ConfigError).message).toMatch(
        /^SHARDS: .*need INDEX_BACKEND=postgres and a DATABASE_URL: with the embedded index each shard would hold, and reindex, its own copy/,
      );
      expect((caught as ConfigError).message).not.toContain('\n');
    }
  });

  it('in a process a ShardingManager started, SHARDS is discord.js’s shard id, not the setting', () => {
    const shard = load({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }).discord;
    expect(shard?.shards).toBeNull();
    expect(shard?.shard).toEqual({ id: 1, count: 2 });
  });
});

describe('npm start with SHARDS', () => {
  const running: BotProcess[] = [];
  let fake: FakeDiscord | null = null;
  afterEach(async () => {
    for (const bot of running.splice(0)) await bot.stop('SIGKILL');
    await fake?.close();
    fake = null;
  });

  it('refuses two shards on the embedded index with one line and exit code 2, starting nothing', async () => {
    fake = await startFakeDiscord({ token: TOKEN, shards: 2 });
    const bot = startBotProcess({ DISCORD_TOKEN: TOKEN, SHARDS: '2', DISCORD_API_URL: fake.restApi });
    running.push(bot);
    const { code } = await bot.exited;
    expect(code).toBe(2);
    expect(bot.lines.filter((line) => line.trim() !== '')).toEqual([
      'Cannot start: SHARDS: 2 shards need INDEX_BACKEND=postgres and a DATABASE_URL: with the embedded index each shard would hold, and reindex, its own copy of the articles.',
    ]);
    expect(fake.requests).toEqual([]);
    expect(fake.connections).toEqual([]);
  });

  describe('one shard under the manager', () => {
    let seeds: { dir: string; cleanup: () => Promise<void> };
    beforeAll(async () => {
      seeds = await copySeeds();
    });
    afterAll(async () => {
      await seeds?.cleanup();
    });

    it('answers over its shard, respawns a shard that dies, and stops every shard on SIGTERM', { timeout: 180_000 }, async () => {
      const guildId = guildIdOnShard(0, 1);
      fake = await startFakeDiscord({ token: TOKEN, guild: { id: guildId } });
      const bot = startBotProcess({ DISCORD_TOKEN: TOKEN, SHARDS: '1', DISCORD_API_URL: fake.restApi, SEEDS_DIR: seeds.dir, ASK_COOLDOWN_SECONDS: '0' });
      running.push(bot);
      await bot.waitForLine(/INFO\s+all shards ready process=manager shards=1/, 120_000);
      // Each shard's lines name it; the manager's say process=manager.
      await bot.waitForLine(/INFO\s+bot ready shard=0 .*shardCount=1 guilds=1/, 5_000);
      const identify = await fake.waitForIdentify();
      expect(identify.shard).toEqual([0, 1]);
      await expectAnswer(fake, guildId);

      const firstPid = pidOf(await bot.waitForLine(/shard process started process=manager shard=0 pid=\d+/));
      process.kill(firstPid, 'SIGKILL');
      await bot.waitForLine(/WARN\s+shard exited; respawning it process=manager.* signal=SIGKILL/, 10_000);
      await fake.waitForReady({ count: 2, timeoutMs: 120_000 });
      const pids = bot.lines.filter((line) => /shard process started process=manager shard=0 pid=/.test(line)).map(pidOf);
      expect(pids).toHaveLength(2);
      expect(pids[1]).not.toBe(firstPid);
      await expectAnswer(fake, guildId);

      const exit = await bot.stop('SIGTERM');
      expect(exit).toEqual({ code: 0, signal: null });
      expect(bot.lines.some((line) => /INFO\s+bot stopped shard=0/.test(line))).toBe(true);
      expect(bot.lines.some((line) => /INFO\s+every shard stopped process=manager/.test(line))).toBe(true);
      expect(isAlive(pids[1] ?? 0)).toBe(false);
      expect(fake.connections.every((connection) => !connection.open)).toBe(true);
    });
  });
});

function pidOf(line: string): number {
  return Number(/pid=(\d+)/.exec(line)?.[1]);
}

/** /ask in that guild gets an answer from the seeds (sent back over the REST callback). */
async function expectAnswer(fake: FakeDiscord, guildId: string): Promise<APIEmbed> {
  const callback = await fake.interact(fake.chatInputInteraction({ name: 'ask', guildId, options: { question: 'did Russia plan to invade?' } }), 20_000);
  expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  const embed = (callback.body as { data?: { embeds?: APIEmbed[] } }).data?.embeds?.[0];
  expect(embed?.title).toMatch(/^Answers to/);
  return embed ?? {};
}
