/**
 * Abuse limits, concurrency and secrets, end to end: the real bot (`startBot`) against the fake
 * Discord, over the seed articles. Nothing here waits on a clock: held REST replies, `onFile` gates
 * and the fake's waiters decide when things happen.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GatewayDispatchEvents, MessageFlags, SlashCommandBuilder, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slashCommands as defaultCommands } from '../src/bot/slashCommands.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { MAX_PASSAGE_CHARS } from '../src/nlp/sentences.ts';
import { askReply } from '../src/commands/ask.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { BotCommand } from '../src/bot/types.ts';
import { DEFAULT_MAX_IN_FLIGHT, Workload } from '../src/bot/workload.ts';
import {
  answerOf,
  callbackChoices,
  callbackMessage,
  firstEmbed,
  gate,
  InProcessRest,
  isDeferral,
  isEphemeral,
  manyUsers,
  messageOfRequest,
  messageProblems,
  startHarness,
  TOKEN,
  until,
  type Harness,
  type MessageData,
} from './helpers/botHarness.ts';
import { snowflake } from './helpers/fakeDiscord.ts';
import { copySeeds, SEEDS_DIR } from './helpers/seeds.ts';

const QUESTION = 'did Russia plan to invade Ukraine?';
const BUSY = 'The newsdesk is answering a lot of questions right now — please try again in a few seconds.';

/** The text and embeds of a message, as Discord shows them. */
function visible(data: MessageData): { content: string | null; embeds: unknown } {
  // A deferred reply's edit clears the text with '' where a direct reply has none: the user sees the same.
  return { content: data.content || null, embeds: JSON.parse(JSON.stringify(data.embeds ?? null)) };
}

/** What /ask answers for `question` on the desk's current index, as the bot would send it. */
function expectedAnswer(desk: NewsDesk, question: string): { content: string | null; embeds: unknown } {
  const reply = toInteractionReply(askReply(desk.ask(question, { limit: 3 })));
  return visible({ ...(reply.content !== undefined ? { content: reply.content } : {}), ...(reply.embeds ? { embeds: reply.embeds as APIEmbed[] } : {}) });
}

let seedsDesk: NewsDesk;
beforeAll(async () => {
  seedsDesk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
});

describe('abuse limits', () => {
  it('Workload: admits up to its cap, releases once per ticket, and runs search work one piece per event-loop turn', async () => {
    const workload = new Workload(2);
    const a = workload.admit();
    const b = workload.admit();
    expect(workload.admit()).toBeNull();
    expect(workload.admit()).toBeNull();
    expect([workload.inFlight, workload.refused, workload.refusedInARow]).toEqual([2, 2, 2]);
    a?.release();
    a?.release(); // twice: still one place
    expect(workload.inFlight).toBe(1);
    const c = workload.admit();
    expect(c).not.toBeNull();
    expect(workload.refusedInARow).toBe(0);
    b?.release();
    c?.release();
    expect(workload.inFlight).toBe(0);
    expect(() => new Workload(0)).toThrow(RangeError);

    // Something else scheduled while the first piece runs gets its turn before the second piece.
    const order: string[] = [];
    const first = workload.compute(() => {
      order.push('first');
      setImmediate(() => order.push('other work'));
      return 1;
    });
    const failing = workload.compute(() => {
      order.push('failing');
      throw new Error('a failing piece does not stop the queue');
    });
    const second = workload.compute(() => {
      order.push('second');
      return 2;
    });
    await expect(failing).rejects.toThrow('does not stop the queue');
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(order).toEqual(['first', 'other work', 'failing', 'second']);
  });

  it(`answers at most N questions at once (default ${DEFAULT_MAX_IN_FLIGHT}); the rest are told the bot is busy, without any search`, async () => {
    const rest = new InProcessRest();
    const desk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
    const h = await startHarness({ desk, overrides: { maxInFlight: 3, rest: { makeRequest: rest.makeRequest } } });
    rest.botUser = h.fake.botUser;
    const { fake } = h;
    try {
      const asks = vi.spyOn(desk, 'ask');
      // Three questions whose replies Discord has not accepted yet: the bot is at its cap.
      const held = gate();
      const first = [0, 1, 2].map(() => fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } }));
      const heldTokens = new Set(first.map((payload) => payload.token));
      rest.hold((request) => heldTokens.has(request.key), held.promise);
      for (const payload of first) fake.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
      await Promise.all(first.map((payload) => rest.waitFor(payload.token)));
      expect(h.bot.context.workload.inFlight).toBe(3);

      // More questions, by every route, while it is: each gets "busy" at once.
      const since = h.logs.mark();
      const ask = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
      const quote = fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Lavrov' } });
      const complete = fake.autocompleteInteraction({ name: 'quote', focused: { name: 'speaker', value: 'lav' } });
      const help = fake.chatInputInteraction({ name: 'help' });
      const mention = fake.messageCreate({ content: QUESTION, mentionBot: true });
      for (const payload of [ask, quote, complete, help]) fake.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
      fake.dispatch(GatewayDispatchEvents.MessageCreate, mention);

      for (const payload of [ask, quote]) {
        const data = callbackMessage((await rest.waitFor(payload.token)).body);
        expect(data.content).toBe(BUSY);
        expect(data.flags).toBe(MessageFlags.Ephemeral);
        expect(messageProblems(data)).toEqual([]);
      }
      expect(callbackChoices((await rest.waitFor(complete.token)).body)).toEqual([]);
      const mentionReply = (await rest.waitFor(mention.id)).body as MessageData;
      expect(mentionReply.content).toBe(BUSY);
      expect(messageProblems(mentionReply, { messageReply: true })).toEqual([]);
      // /help does no search work: it is answered even now.
      expect(firstEmbed(callbackMessage((await rest.waitFor(help.token)).body)).title).toContain('Newsdesk');
      expect(asks).toHaveBeenCalledTimes(3);
      const busyLines = h.logs.since(since).filter((line) => line.includes('busy: questions turned away'));
      expect(busyLines[0]).toMatch(/WARN .*inFlight=3 maxInFlight=3 inARow=1/);
      expect(busyLines.filter((line) => line.includes(' WARN '))).toHaveLength(1); // one warning per busy spell

      // Once Discord takes the three replies, the places are free again.
      held.open();
      await until(() => h.bot.context.workload.inFlight === 0, 5_000, 'all places free');
      const later = fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } });
      fake.dispatch(GatewayDispatchEvents.InteractionCreate, later);
      expect(visible(callbackMessage((await rest.waitFor(later.token)).body))).toEqual(expectedAnswer(desk, QUESTION));
      for (const payload of first) expect(visible(callbackMessage((await rest.waitFor(payload.token)).body))).toEqual(expectedAnswer(desk, QUESTION));
    } finally {
      await h.close();
    }
  });

  it('survives a flood of 200 questions from 196 users at once: every one answered, busy or told to slow down; heartbeats and later questions still answered', async () => {
    const desk = seedsDesk;
    const h = await startHarness({ desk, env: { ASK_COOLDOWN_SECONDS: '30' }, fakeOptions: { heartbeatIntervalMs: 250 } });
    const { fake } = h;
    try {
      const users = manyUsers(196);
      const questions = [QUESTION, 'what did Kerry warn about?', 'Crimea referendum', 'Lavrov'];
      const expected = new Map(questions.map((question) => [question, expectedAnswer(desk, question)]));
      // The first eight are four users asking twice: the cap (16) always admits the first eight, and the
      // second question of each comes too soon.
      const askers = [0, 0, 1, 1, 2, 2, 3, 3, ...Array.from({ length: 192 }, (_, index) => index + 4)];
      const payloads = askers.map((user, index) => {
        const question = questions[index % questions.length] ?? QUESTION;
        return { question, payload: fake.chatInputInteraction({ name: 'ask', user: users[user], options: { question } }) };
      });
      // Other bots, and the bot itself, flooding the channel with mentions: all ignored.
      const otherBot = { id: snowflake(), username: 'spam-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
      const heartbeats = fake.stats.heartbeats;
      const logsSince = h.logs.mark();
      const since = fake.mark();
      for (let index = 0; index < 20; index++) fake.sendMessage({ content: QUESTION, mentionBot: true, author: index % 2 === 0 ? otherBot : fake.botUser });
      const callbacks = await Promise.all(payloads.map(({ payload }) => fake.interact(payload, 10_000)));

      // On a loaded machine the bot acknowledges some questions first and answers by an edit: the answer is that edit.
      const answers = await Promise.all(callbacks.map((callback, index) => answerOf(fake, payloads[index]?.payload.token ?? '', callback)));
      const kinds = { answer: 0, busy: 0, slowDown: 0 };
      callbacks.forEach((callback, index) => {
        const data = answers[index] ?? messageOfRequest(callback);
        expect(callback.status).toBe(204);
        expect(messageProblems(data)).toEqual([]);
        if (data.embeds) {
          expect(visible(data)).toEqual(expected.get(payloads[index]?.question ?? ''));
          kinds.answer++;
        } else if (data.content === BUSY) kinds.busy++;
        else {
          expect(data.content).toMatch(/^Slow down a little — you can ask again in \d+ s\.$/);
          kinds.slowDown++;
        }
        if (!data.embeds) expect(isEphemeral(data)).toBe(true);
      });
      expect(kinds.answer + kinds.busy + kinds.slowDown).toBe(200);
      expect(kinds.slowDown).toBe(4);
      expect(kinds.answer).toBeGreaterThanOrEqual(4);
      // One reply each, or an acknowledgement and its one edit.
      payloads.forEach(({ payload }, index) => expect(fake.requestsForInteraction(payload.token)).toHaveLength(isDeferral(callbacks[index]) ? 2 : 1));

      // Still alive and responsive: the gateway heartbeat goes on, and a new question is answered.
      await fake.waitForGateway('heartbeat', heartbeats + 1);
      await h.logs.waitFor(['Heartbeat acknowledged'], logsSince);
      const later = messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'ask', user: manyUsers(1)[0], options: { question: QUESTION } })));
      expect(visible(later)).toEqual(expected.get(QUESTION));
      expect(h.bot.client.isReady()).toBe(true);
      expect(fake.requests.slice(since).filter((request) => request.path.startsWith('/channels/'))).toEqual([]);
      expect(h.logs.since(logsSince).filter((line) => /handler failed|could not answer|unhandled|uncaught/.test(line))).toEqual([]);
      await until(() => h.bot.context.workload.inFlight === 0, 5_000, 'all places free');
    } finally {
      await h.close();
    }
  });
});

describe('questions while /reindex runs', () => {
  const NEW_ARTICLE = `Zanzibar ferry plans announced

By Jane Doe, Example Wire Staff
Posted Mar 15, 2014 9:00 AM EDT

(Example Wire) – The harbour authority said on Saturday that the new Zanzibar ferry would sail twice a day. "The timetable is ready," the director told reporters.
`;
  const ZANZIBAR = 'Zanzibar ferry timetable';
  let seeds: { dir: string; cleanup: () => Promise<void> };
  let desk: NewsDesk;
  let h: Harness;
  let onFile: (file: string) => Promise<void> = async () => {};

  beforeAll(async () => {
    seeds = await copySeeds();
    desk = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
    h = await startHarness({ desk, overrides: { maxInFlight: 64, reindexHooks: { onFile: (file) => onFile(file) } } });
  });
  afterAll(async () => {
    await h?.close();
    await seeds?.cleanup();
  });

  it('answers every question from the old index, correctly, while a reindex is held open; then from the new one', async () => {
    const { fake } = h;
    const questions = [QUESTION, 'what did Kerry warn about?', 'Crimea referendum'];
    const before = new Map([...questions, ZANZIBAR].map((question) => [question, expectedAnswer(desk, question)]));
    expect(JSON.stringify(before.get(ZANZIBAR))).not.toContain('Zanzibar ferry would sail');
    const oldSnapshot = desk.snapshot;
    await writeFile(path.join(seeds.dir, '010_zanzibar.txt'), NEW_ARTICLE);

    const held = gate();
    const reached = gate();
    onFile = async () => {
      reached.open();
      await held.promise;
    };
    const reindex = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
    try {
      expect((await fake.interact(reindex)).body.type).toBe(5); // deferred: "thinking…"
      await reached.promise;
      expect(desk.isReindexing).toBe(true);

      const asked = Array.from({ length: 40 }, (_, index) => [...questions, ZANZIBAR][index % (questions.length + 1)] ?? QUESTION);
      const payloads = asked.map((question) => fake.chatInputInteraction({ name: 'ask', options: { question } }));
      const replies = await Promise.all(payloads.map((payload) => fake.interact(payload)));
      const answers = await Promise.all(replies.map((reply, index) => answerOf(fake, payloads[index]?.token ?? '', reply)));
      answers.forEach((answer, index) => expect(visible(answer)).toEqual(before.get(asked[index] ?? '')));
      expect(desk.snapshot).toBe(oldSnapshot);

      // A second reindex meanwhile is told one is running.
      const second = messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id })));
      expect(second.content).toContain('A reindex is already running');
    } finally {
      held.open();
    }
    const report = await fake.waitForInteractionRequest(reindex.token, (r) => r.method === 'PATCH');
    expect(firstEmbed(report.body as MessageData).title).toBe('Reindex done');
    const now = messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: ZANZIBAR } })));
    expect(firstEmbed(now).fields?.[0]?.value).toContain('Zanzibar ferry would sail twice a day');
    onFile = async () => {};
  });

  it('a reindex that throws midway reports the failure and the old index keeps answering', async () => {
    const { fake } = h;
    const oldSnapshot = desk.snapshot;
    const before = expectedAnswer(desk, QUESTION);
    let files = 0;
    onFile = async () => {
      files++;
      if (files === 2) throw new Error('disk vanished halfway');
    };
    const reindex = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
    const since = h.logs.mark();
    await fake.interact(reindex);
    const report = firstEmbed((await fake.waitForInteractionRequest(reindex.token, (r) => r.method === 'PATCH')).body as MessageData);
    expect(report.title).toBe('Reindex failed');
    expect(report.description).toContain('disk vanished halfway');
    await h.logs.waitFor(['reindex finished', 'status=failed'], since);
    expect(report.description).toContain('The previous index is still in use.');
    expect(desk.snapshot).toBe(oldSnapshot);
    expect(desk.isReindexing).toBe(false);
    expect(visible(messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: QUESTION } }))))).toEqual(before);
    onFile = async () => {};
  });
});

describe('secrets', () => {
  /** A handler bug that puts the token in an exception message. */
  const leakyError: BotCommand = {
    data: new SlashCommandBuilder().setName('leak').setDescription('Throws with the token in the message, for tests'),
    async execute() {
      throw new Error(`could not connect with token ${TOKEN} (Authorization: Bot ${TOKEN})`);
    },
  };
  /** A handler bug that puts the token in the reply itself. */
  const leakyReply: BotCommand = {
    data: new SlashCommandBuilder().setName('leakreply').setDescription('Replies with the token, for tests'),
    async execute(interaction: ChatInputCommandInteraction) {
      const embed: APIEmbed = { title: `token ${TOKEN}`, fields: [{ name: 'token', value: TOKEN }], footer: { text: TOKEN } };
      await interaction.reply(toInteractionReply({ content: `the token is ${TOKEN}`, embeds: [embed] }));
    },
  };
  let h: Harness;
  let dir: string;
  let tokenDir: string;

  beforeAll(async () => {
    // A seeds folder whose path contains the token, so a failed reindex would quote it.
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-secret-'));
    tokenDir = path.join(dir, TOKEN);
    await mkdir(tokenDir);
    await cp(SEEDS_DIR, tokenDir, { recursive: true });
    const desk = await NewsDesk.open({ seedsDir: tokenDir, cacheDir: false });
    h = await startHarness({ desk, overrides: { commands: [...defaultCommands, leakyError, leakyReply] } });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('never sends the token: not in an error reply, a reply that contains it, or a failed reindex report; nor logs it', async () => {
    const { fake } = h;
    const since = fake.mark();
    const error = messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'leak' })));
    expect(error.flags).toBe(MessageFlags.Ephemeral);
    const errorId = /error id ([A-Z2-9]{6})/.exec(error.content ?? '')?.[1];
    expect(errorId).toBeDefined();
    const logged = await h.logs.waitFor(['handler failed', `errorId=${errorId}`]);
    expect(logged).toContain('could not connect with token [redacted]');

    const echoed = messageOfRequest(await fake.interact(fake.chatInputInteraction({ name: 'leakreply' })));
    expect(echoed.content).toBe('the token is [redacted]');
    expect(firstEmbed(echoed)).toMatchObject({ title: 'token [redacted]', fields: [{ name: 'token', value: '[redacted]' }], footer: { text: '[redacted]' } });

    await rm(tokenDir, { recursive: true }); // the next reindex cannot read the folder
    const reindex = fake.chatInputInteraction({ name: 'reindex', user: fake.ownerUser.id });
    await fake.interact(reindex);
    const report = firstEmbed((await fake.waitForInteractionRequest(reindex.token, (r) => r.method === 'PATCH')).body as MessageData);
    expect(report.title).toBe('Reindex failed');
    expect(report.description).toContain('[redacted]');

    const sent = fake.requests.slice(since);
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const request of sent) {
      expect(JSON.stringify(request.body)).not.toContain(TOKEN);
      expect(request.rawUrl).not.toContain(TOKEN);
    }
    for (const line of h.logs.lines) expect(line).not.toContain(TOKEN);
  });

  it('.env is ignored by git', (context) => {
    let inRepository = true;
    try {
      execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
    } catch {
      inRepository = false;
    }
    if (!inRepository) context.skip();
    // Exit status 0 means ignored; 1 (not ignored) throws.
    expect(() => execFileSync('git', ['check-ignore', '--quiet', '--no-index', '.env'], { stdio: 'ignore' })).not.toThrow();
  });
});

describe('a run-on article', () => {
  const words = 'the invasion plans of the troops near the border_zone and *crimea* referendum'.split(' ');
  const runOn = Array.from({ length: 12_000 }, (_, index) => words[index % words.length]).join(' ');

  it('is cut into citable passages and answered inside Discord’s 3 s window', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-runon-'));
    try {
      await writeFile(path.join(dir, 'runon.txt'), `A Headline About Invasion Plans\nBy X, Newser Staff\nPosted Mar 14, 2014 12:34 PM CDT\n\n(Newser) – ${runOn}\n`);
      const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
      const lengths = [...desk.snapshot.passages.values()].map((passage) => passage.text.length);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(lengths.length).toBeGreaterThan(100);
      const reply = toInteractionReply(askReply(desk.ask('invasion plans', { limit: 3 })));
      expect(messageProblems({ ...reply, allowed_mentions: { parse: [] } } as MessageData)).toEqual([]);

      const h = await startHarness({ desk });
      try {
        const callback = await h.fake.interact(h.fake.chatInputInteraction({ name: 'ask', options: { question: 'invasion plans' } }));
        expect(callback.status).toBe(204); // the fake answers 10062 after 3 s, like Discord
        const value = firstEmbed(messageOfRequest(callback)).fields?.[0]?.value ?? '';
        expect(value).toMatch(/^> /);
        expect(value).toContain('— Newser');
      } finally {
        await h.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('formats even a 78,000-character passage within every limit, escaping only what is shown', async () => {
    const desk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
    const result = desk.ask('did Russia plan to invade Ukraine?', { limit: 3 });
    if (result.status !== 'found') throw new Error('the seeds answer this question');
    // Before: escaping a whole 78,000-character passage blocked the event loop for ~11 s.
    const huge = { ...result, hits: result.hits.map((hit) => ({ ...hit, passage: { ...hit.passage, text: runOn }, context: runOn })) };
    const reply = toInteractionReply(askReply(huge));
    expect(messageProblems({ ...reply, allowed_mentions: { parse: [] } } as MessageData)).toEqual([]);
    expect(JSON.stringify(reply)).not.toContain(runOn.slice(0, 5_000));
  });
});
