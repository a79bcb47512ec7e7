/**
 * Faults injected by the fake Discord while the real bot runs: REST 429s and 5xx on interaction
 * callbacks, follow-ups, edits and channel messages; expired interaction tokens; gateway drops
 * (abnormal 1006, 4000 with and without a resumable session, a zombie connection); SIGTERM in the
 * middle of /reindex. Each must be survived, logged, and followed by normal answers.
 */
import { EventEmitter } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionResponseType, MessageFlags, SlashCommandBuilder, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommands as defaultCommands } from '../src/bot/slashCommands.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { askReply } from '../src/commands/ask.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { ProcessHooks } from '../src/bot/startBot.ts';
import type { BotCommand } from '../src/bot/types.ts';
import { gate, messageOfRequest, startHarness, until, type Harness, type MessageData } from './helpers/botHarness.ts';
import type { RecordedRequest } from './helpers/fakeDiscord.ts';
import { copySeeds, SEEDS_DIR } from './helpers/seeds.ts';

const QUESTION = 'did Russia plan to invade Ukraine?';

/** Replies, then fails: the guard's error report goes out as a follow-up. */
const replyThenFail: BotCommand = {
  data: new SlashCommandBuilder().setName('replythenfail').setDescription('Replies, then throws, for tests'),
  async execute(interaction: ChatInputCommandInteraction) {
    await interaction.reply(toInteractionReply({ content: 'partial answer' }));
    throw new Error('failed after replying');
  },
};

let desk: NewsDesk;
let expectedEmbeds: APIEmbed[];
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
  expectedEmbeds = JSON.parse(JSON.stringify(toInteractionReply(askReply(desk.ask(QUESTION, { limit: 3 }))).embeds)) as APIEmbed[];
});

/** Asks QUESTION and checks the answer is the right one (the bot is fine again). */
async function expectAnswers(h: Harness): Promise<void> {
  const reply = await h.fake.interact(h.fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } }), 10_000);
  expect(reply.status).toBe(204);
  expect(messageOfRequest(reply).embeds).toEqual(expectedEmbeds);
}

const callbackOf = (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`);

describe('REST faults', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ desk, overrides: { commands: [...defaultCommands, replyThenFail] } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('429 on an interaction callback: the reply lands after retry_after, and the wait is logged', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
    const fault = fake.rateLimitNext(callbackOf(payload.token), { retryAfter: 0.3 });
    const since = h.logs.mark();
    const limited = await fake.interact(payload);
    expect(limited.status).toBe(429);
    const landed = await fake.waitForInteractionRequest(payload.token, (r) => callbackOf(payload.token)(r) && r.status === 204);
    expect(landed.receivedAt - limited.receivedAt).toBeGreaterThanOrEqual(290);
    expect(messageOfRequest(landed).embeds).toEqual(expectedEmbeds);
    expect(fault.hits).toHaveLength(1);
    await h.logs.waitFor(['WARN', 'Discord answered 429', 'route=/interactions/:id/:token/callback', 'retryAfter=0.3'], since);
  });

  it('429 on a follow-up: it lands after the wait', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'replythenfail' });
    const followUp = (r: RecordedRequest) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${payload.token}`;
    fake.rateLimitNext(followUp, { retryAfter: 0.2 });
    const since = h.logs.mark();
    await fake.interact(payload);
    const landed = await fake.waitForInteractionRequest(payload.token, (r) => followUp(r) && r.status < 300);
    expect(landed.body).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/error id [A-Z2-9]{6}/) });
    expect(
      fake
        .requestsForInteraction(payload.token)
        .filter(followUp)
        .map((r) => r.status),
    ).toEqual([429, landed.status]);
    await h.logs.waitFor(['Discord answered 429', 'route=/webhooks/:id/:token'], since);
  });

  it('429 on an edit of a deferred reply: the /reindex report lands after the wait', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
    const edit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`);
    fake.rateLimitNext(edit, { retryAfter: 0.2 });
    const since = h.logs.mark();
    expect((await fake.interact(payload)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const landed = await fake.waitForInteractionRequest(payload.token, (r) => edit(r) && r.status === 200);
    expect((landed.body as MessageData).embeds?.[0]?.title).toBe('Reindex done');
    await h.logs.waitFor(['Discord answered 429', 'method=PATCH', 'route=/webhooks/:id/:token/messages/'], since);
  });

  it('500 once: @discordjs/rest retries at once, the answer lands, the 500 is logged', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
    fake.failNext(callbackOf(payload.token));
    const since = h.logs.mark();
    expect((await fake.interact(payload)).status).toBe(500);
    const landed = await fake.waitForInteractionRequest(payload.token, (r) => callbackOf(payload.token)(r) && r.status === 204);
    expect(messageOfRequest(landed).embeds).toEqual(expectedEmbeds);
    await h.logs.waitFor(['WARN', 'Discord answered 500', 'attempt=1'], since);
  });

  it('500 persistently: four attempts, then logged as an error with no retry storm; the bot keeps answering', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
    const fault = fake.failNext(callbackOf(payload.token), { times: 100 });
    const since = h.logs.mark();
    await fake.interact(payload);
    await h.logs.waitFor(['ERROR', 'could not answer: Discord kept failing (HTTP 500) after retrying', 'handler=/ask'], since);
    // 1 try + @discordjs/rest's 3 retries; the guard does not try again with an error message.
    expect(fake.requestsForInteraction(payload.token).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(h.logs.since(since).filter((line) => line.includes('Discord answered 500'))).toHaveLength(4);
    fault.cancel();
    await expectAnswers(h);

    // The same for a mention whose reply Discord keeps failing.
    const channelPost = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`;
    const mentionFault = fake.failNext(channelPost, { times: 100 });
    const mark = fake.mark();
    const logMark = h.logs.mark();
    fake.sendMessage({ content: QUESTION, mentionBot: true });
    await h.logs.waitFor(['ERROR', 'could not answer: Discord kept failing (HTTP 500)', 'handler=mention'], logMark);
    expect(fake.requests.slice(mark).filter(channelPost)).toHaveLength(4);
    mentionFault.cancel();
    await expectAnswers(h);
  });

  it('an expired interaction (10062, the 3 s window missed) is logged once, never retried; the bot keeps answering', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
    fake.expireInteraction(payload.token);
    const since = h.logs.mark();
    const callback = await fake.interact(payload);
    expect(callback.status).toBe(404);
    expect(callback.fault).toBe('unknownInteraction');
    await h.logs.waitFor(['WARN', 'could not answer: the interaction expired before the reply reached Discord (code 10062', 'handler=/ask'], since);
    expect(fake.requestsForInteraction(payload.token)).toHaveLength(1);
    expect(h.logs.since(since).filter((line) => line.includes('handler failed') || line.includes('could not tell the user'))).toEqual([]);
    await expectAnswers(h);
  });

  it('already acknowledged (40060) and no permission to post (50013) are logged once, never retried', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
    fake.injectFault(callbackOf(payload.token), { kind: 'error', status: 400, code: 40060, message: 'Interaction has already been acknowledged.' });
    const since = h.logs.mark();
    await fake.interact(payload);
    await h.logs.waitFor(['WARN', 'could not answer: the interaction was already answered', 'handler=/ask'], since);
    expect(fake.requestsForInteraction(payload.token)).toHaveLength(1);

    const channelPost = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`;
    fake.injectFault(channelPost, { kind: 'error', status: 403, code: 50013, message: 'Missing Permissions' });
    const mark = fake.mark();
    fake.sendMessage({ content: QUESTION, mentionBot: true });
    await h.logs.waitFor(['WARN', 'could not answer: the bot may not post here (code 50013)', 'handler=mention'], since);
    expect(fake.requests.slice(mark).filter(channelPost)).toHaveLength(1);
    expect(h.logs.since(since).filter((line) => line.includes('handler failed'))).toEqual([]);
    await expectAnswers(h);
  });

  it('an expired token on a deferred reply (10015 on the edit) is logged once, never retried', async () => {
    const { fake } = h;
    const payload = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
    const edit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`);
    fake.injectFault(edit, { kind: 'error', status: 404, code: 10015, message: 'Unknown Webhook' });
    const since = h.logs.mark();
    await fake.interact(payload);
    await h.logs.waitFor(['WARN', 'could not answer: the interaction expired', 'code 10015', 'handler=/reindex'], since);
    expect(fake.requestsForInteraction(payload.token).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 404']);
    await expectAnswers(h);
  });
});

describe('gateway faults', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ desk, fakeOptions: { heartbeatIntervalMs: 150 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const code of [1006, 4000]) {
    it(`a dropped connection (${code}) is resumed; a question sent meanwhile is replayed and answered`, async () => {
      const { fake } = h;
      const resumed = fake.stats.resumed;
      const since = h.logs.mark();
      fake.closeSocket(code);
      // Sent while the bot is disconnected: Discord keeps it and replays it on RESUME.
      const reply = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } }), 10_000);
      expect(messageOfRequest(reply).embeds).toEqual(expectedEmbeds);
      await fake.waitForResumed({ count: resumed + 1 });
      await h.logs.waitFor(['WARN', 'gateway connection closed', `code=${code}`], since);
      await h.logs.waitFor(['gateway reconnecting'], since);
      await h.logs.waitFor(['gateway resumed'], since);
      await expectAnswers(h);
    });
  }

  it('a closed connection whose session cannot be resumed: the bot identifies again and answers', async () => {
    const { fake } = h;
    const readies = fake.stats.readies;
    const since = h.logs.mark();
    fake.closeSocket(4000, { invalidateSession: true });
    await fake.waitForReady({ count: readies + 1, timeoutMs: 10_000 });
    await h.logs.waitFor(['gateway connection closed', 'code=4000'], since);
    await h.logs.waitFor(['gateway session started'], since);
    await expectAnswers(h);
  });

  it('a zombie connection (heartbeats no longer acknowledged) is replaced and the bot answers', async () => {
    const { fake } = h;
    const closes = fake.stats.closes;
    const established = fake.stats.established;
    const since = h.logs.mark();
    fake.setAckHeartbeats(false);
    await fake.waitForGateway('close', closes + 1, 10_000);
    fake.setAckHeartbeats(true);
    await fake.waitForEstablished({ count: established + 1, timeoutMs: 10_000 });
    await h.logs.waitFor(['WARN', 'gateway connection closed'], since);
    await expectAnswers(h);
  });
});

describe('SIGTERM during /reindex', () => {
  it('tells the moderator the reindex stopped, destroys the client, exits 0; the index is never half-swapped', async () => {
    const seeds = await copySeeds();
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-cache-'));
    const signals = new EventEmitter();
    const exited = gate();
    const exits: number[] = [];
    const hooks: ProcessHooks = {
      on: (event, listener) => signals.on(event, listener),
      off: (event, listener) => signals.off(event, listener),
      exit: (code) => {
        exits.push(code);
        exited.open();
      },
    };
    const held = gate();
    const reached = gate();
    const reindexDesk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir, onWarning: () => {} });
    const h = await startHarness({
      desk: reindexDesk,
      overrides: {
        processHooks: hooks,
        reindexHooks: {
          onFile: async () => {
            reached.open();
            await held.promise;
          },
        },
      },
    });
    try {
      const { fake } = h;
      const oldSnapshot = reindexDesk.snapshot;
      const cacheBefore = await readCache(cacheDir);
      expect(Object.keys(cacheBefore)).toHaveLength(1);
      await writeFile(
        path.join(seeds.dir, '010_new.txt'),
        'Ferry plans announced\n\nBy Jane Doe, Example Wire Staff\nPosted Mar 15, 2014 9:00 AM EDT\n\n(Example Wire) – The new ferry would sail twice a day, the director said.\n',
      );

      const payload = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
      await fake.interact(payload);
      await reached.promise;
      const since = h.logs.mark();
      signals.emit('SIGTERM', 'SIGTERM');
      await exited.promise;

      expect(exits).toEqual([0]);
      expect(h.bot.client.isReady()).toBe(false);
      expect(signals.listenerCount('SIGTERM')).toBe(0);
      const stopped = await fake.waitForInteractionRequest(payload.token, (r) => r.method === 'PATCH');
      expect((stopped.body as MessageData).content).toMatch(/^Reindex stopped: the bot is shutting down\./);
      expect(reindexDesk.snapshot).toBe(oldSnapshot); // nothing swapped in
      expect(await readCache(cacheDir)).toEqual(cacheBefore); // nor saved
      await until(() => fake.connections.every((connection) => !connection.open), 5_000, 'the gateway connection to close');
      expect(fake.connections.at(-1)?.closeCode).toBe(1000); // closed by the client, normally
      for (const part of ['SIGTERM received, shutting down', 'shutting down during a reindex', 'bot stopped']) await h.logs.waitFor([part], since);

      await h.logs.waitFor(['reindex finished', 'status=cancelled'], since);

      // Here the process would be gone. Let the abandoned build run out anyway: it was cancelled
      // through the shutdown's AbortSignal, so it is dropped, never swapped in or saved, and
      // nobody is told anything more.
      held.open();
      await until(() => !reindexDesk.isReindexing, 10_000, 'the abandoned reindex to end');
      expect(reindexDesk.snapshot).toBe(oldSnapshot);
      expect(await readCache(cacheDir)).toEqual(cacheBefore);
      expect(fake.requestsForInteraction(payload.token).filter((r) => r.method === 'PATCH')).toHaveLength(1);
    } finally {
      held.open();
      await h.close();
      await seeds.cleanup();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

/** The cache folder's files and contents. */
async function readCache(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(dir)) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}
