/**
 * Two shards, one shared index: `npm start` with SHARDS=2 and INDEX_BACKEND=postgres (a manager
 * process, two shard processes) against the fake Discord and one throwaway PostgreSQL. A /reindex
 * in a guild of shard 0, after an article was added to the seeds folder, is seen by /ask in a
 * guild of shard 1: the other process answers from the new generation.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, type APIEmbed } from 'discord.js';
import { promisify } from 'node:util';
import { ROOT, startBotProcess, type BotProcess } from './helpers/botProcess.ts';
import { guildIdOnShard, startFakeDiscord, type FakeDiscord } from './helpers/fakeDiscord.ts';
import { createTestDatabase } from './helpers/postgres.ts';
import { copySeeds } from './helpers/seeds.ts';

const TOKEN = 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

// An article no seed resembles, so only the new generation can answer a question about it.
const ADDED_ARTICLE = `Harbour board votes to restore the old lighthouse

The harbour board voted on Tuesday to restore the disused lighthouse on the north breakwater, at a cost of 2.4 million pounds.

"The lighthouse is the oldest working structure in the port," said Margaret Oduya, the board's chair. Work on the lantern room is due to begin in the spring.
`;
const QUESTION = 'how much will the lighthouse restoration cost?';

interface Reply {
  type: InteractionResponseType;
  content: string;
  embeds: APIEmbed[];
}

describe('two shards on one PostgreSQL index', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let seeds: { dir: string; cleanup: () => Promise<void> };
  let database: { url: string; drop: () => Promise<void> };
  const onShard0 = guildIdOnShard(0, 2);
  const onShard1 = guildIdOnShard(1, 2);

  beforeAll(async () => {
    seeds = await copySeeds();
    database = await createTestDatabase('shards');
    // max_concurrency 16 lets both shards identify at once, as large bots may; the spawn delay is then 0.
    fake = await startFakeDiscord({ token: TOKEN, shards: 2, maxConcurrency: 16, guild: { id: onShard0, name: 'Shard zero' }, extraGuilds: [{ id: onShard1, name: 'Shard one' }] });
    bot = startBotProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.restApi,
      SHARDS: 'auto',
      INDEX_BACKEND: 'postgres',
      DATABASE_URL: database.url,
      SEEDS_DIR: seeds.dir,
      ASK_COOLDOWN_SECONDS: '0',
    });
    await bot.waitForLine(/INFO\s+all shards ready process=manager shards=2/, 150_000);
  }, 180_000);

  afterAll(async () => {
    await bot?.stop('SIGTERM');
    await fake?.close();
    await database?.drop();
    await seeds?.cleanup();
  });

  /** Sends a command in a guild and returns its answer, following a deferred reply to its edit. */
  async function command(guildId: string, name: string, options: Record<string, string> = {}, user?: string): Promise<Reply> {
    const payload = fake.chatInputInteraction({ name, guildId, options, ...(user ? { user } : {}) });
    const callback = await fake.interact(payload, 20_000);
    if (callback.body.type !== InteractionResponseType.DeferredChannelMessageWithSource) {
      const data = (callback.body as { data?: { content?: string; embeds?: APIEmbed[] } }).data ?? {};
      return { type: callback.body.type, content: data.content ?? '', embeds: data.embeds ?? [] };
    }
    const edit = await fake.waitForInteractionRequest(payload.token, (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'), 120_000);
    const body = edit.body as { content?: string; embeds?: APIEmbed[] };
    return { type: callback.body.type, content: body.content ?? '', embeds: body.embeds ?? [] };
  }

  const text = (reply: Reply) =>
    [reply.content, ...reply.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])])].join(
      '\n',
    );

  it('each shard is its own process, told only of its own guild', async () => {
    const identifies = fake.connections.map((connection) => connection.shard).filter((shard) => shard !== null);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await bot.waitForLine(/INFO\s+bot ready shard=0 .*shardCount=2 guilds=1/, 10_000);
    await bot.waitForLine(/INFO\s+bot ready shard=1 .*shardCount=2 guilds=1/, 10_000);
    const pids = bot.lines.filter((line) => /shard process started/.test(line)).map((line) => /pid=(\d+)/.exec(line)?.[1]);
    expect(new Set(pids).size).toBe(2);
  });

  it('a /reindex in shard 0 is seen by /ask in shard 1', { timeout: 180_000 }, async () => {
    const before = await command(onShard1, 'ask', { question: QUESTION });
    expect(text(before)).not.toContain('lighthouse on the north breakwater');

    await writeFile(path.join(seeds.dir, 'zz_harbour_lighthouse.txt'), ADDED_ARTICLE);
    const report = await command(onShard0, 'reindex', {}, fake.ownerUser.id);
    expect(report.embeds[0]?.title).toBe('Reindex done');
    expect(text(report)).toMatch(/3 article\(s\)/);

    const after = await command(onShard1, 'ask', { question: QUESTION });
    expect(text(after)).toContain('2.4 million pounds');
    expect(text(after)).toContain('Harbour board votes to restore the old lighthouse');
    // The reindex ran in shard 0's process only; shard 1's process answered from what it wrote.
    expect(bot.lines.filter((line) => /INFO\s+reindex finished/.test(line))).toEqual([expect.stringMatching(/reindex finished shard=0 status=done/)]);
    expect(bot.lines.some((line) => /reindex started shard=1/.test(line))).toBe(false);
  });

  it('npm run reindex from a shell is seen by both shards', { timeout: 120_000 }, async () => {
    await rm(path.join(seeds.dir, 'zz_harbour_lighthouse.txt'));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/reindexCli.ts')], {
      cwd: ROOT,
      env: { ...process.env, INDEX_BACKEND: 'postgres', DATABASE_URL: database.url, SEEDS_DIR: seeds.dir },
      timeout: 100_000,
    });
    expect(stdout).toMatch(/^Reindexed the shared PostgreSQL index: 2 article\(s\)/);
    for (const guildId of [onShard0, onShard1]) expect(text(await command(guildId, 'ask', { question: QUESTION }))).not.toContain('2.4 million pounds');
  });
});
