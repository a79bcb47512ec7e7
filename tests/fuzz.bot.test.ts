/**
 * Fuzzing the bot's Discord entry points — /ask, /quote, /quote autocomplete, quote page buttons
 * and mentions — with hostile text: empty, whitespace, 10,000 characters, Discord markdown, code
 * fences, zero-width and bidi characters, emoji, lone surrogates, regex metacharacters, every kind
 * of mention, SQL- and HTML-looking strings.
 *
 * The bulk runs through the real client and the real handlers over the gateway of the fake
 * Discord, with the bot's REST requests answered in-process (`InProcessRest`) so thousands of
 * cases stay fast; a few hundred more go the whole way, REST included, through the fake Discord,
 * which rejects what Discord would. Every reply must be within Discord's limits, mention no one,
 * be clean Unicode, and come from a handler that did not throw. Seeds are fixed: runs repeat.
 */
import fc from 'fast-check';
import { ComponentType, GatewayDispatchEvents, InteractionResponseType, InteractionType, type APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { FakeDiscord } from './helpers/fakeDiscord.ts';
import {
  callbackChoices,
  callbackMessage,
  choiceProblems,
  InProcessRest,
  isRecord,
  messageProblems,
  startHarness,
  until,
  type CapturedRequest,
  type Harness,
  type MessageData,
} from './helpers/botHarness.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** How many generated inputs each entry point gets; the totals are asserted at the end. */
const IN_PROCESS_CASES = { ask: 1000, quote: 500, autocomplete: 500, mention: 500, button: 200 } as const;
const END_TO_END_CASES = { ask: 100, quote: 70, autocomplete: 70, mention: 60 } as const;
const BATCH = 25; // cases sent at once, as a busy server would
const SEED = 0x15_5005;

type EntryPoint = keyof typeof IN_PROCESS_CASES;

/** Hostile text for chat boxes, built around the fake guild's real ids so mentions are real ones. */
function hostileText(ids: { user: string; role: string; channel: string; bot: string }): fc.Arbitrary<string> {
  const fragments = [
    '',
    ' ',
    '\n',
    '\t',
    '\r\n',
    '   ',
    '@everyone',
    '@here',
    '@EVERYONE',
    '@Here',
    `<@${ids.user}>`,
    `<@!${ids.user}>`,
    `<@&${ids.role}>`,
    `<#${ids.channel}>`,
    `<@${ids.bot}>`,
    '@\u200beveryone',
    '@every\u202eone',
    '<@\u200b123>',
    '```js\nconsole.log(1)\n```',
    '```',
    '`',
    '**bold**',
    '*',
    '_',
    '__u__',
    '~~s~~',
    '||spoiler||',
    '> quote',
    '>>> block',
    '# heading',
    '-# small',
    '- item',
    '1. item',
    '[link](https://example.com)',
    '<https://example.com>',
    '<t:1700000000:R>',
    '</ask:123456789012345678>',
    '<:emoji:123456789012345678>',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u200e',
    '\u200f',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\ufeff',
    '🇺🇦',
    '👨‍👩‍👧',
    '🏳️‍🌈',
    '😀',
    '\ud800',
    '\udfff',
    '\udbff\udbff',
    'a\ud83d',
    '\ude00b',
    '.*+?^${}()|[]\\',
    '(a+)+$',
    '\\',
    '\\\\*',
    "'; DROP TABLE passages; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '&lt;&amp;',
    '%s%n%x',
    '{{7*7}}',
    '${7*7}',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    'Lavrov',
    'Kerry',
    'Russia',
    'invade',
    'Crimea',
    'Крым',
    'كييف',
    '乌克兰',
    'שלום',
    '"',
    '“',
    '”',
    "'",
    '‘',
    'ﬁ',
    'İ',
    'ß',
  ];
  const fragment = fc.constantFrom(...fragments);
  const question = fc.constantFrom('did Russia plan to invade Ukraine?', 'what did Kerry warn about?', 'Lavrov', 'Crimea referendum', 'sanctions');
  const separator = fc.constantFrom(' ', '', '\n', '\u200b');
  const long = fc.oneof(
    fc.integer({ min: 1000, max: 10_000 }).map((length) => 'invade '.repeat(Math.ceil(length / 7)).slice(0, length)),
    fc.tuple(fragment, fc.integer({ min: 2000, max: 10_000 })).map(([piece, length]) => (piece || '_').repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length)),
    fc.constantFrom('x'.repeat(10_000), '*'.repeat(10_000), '_ '.repeat(5_000), ' '.repeat(10_000), '@everyone '.repeat(1_000), '\ud800'.repeat(10_000)),
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(question, fc.array(fragment, { maxLength: 8 }), separator).map(([words, extra, sep]) => [words, ...extra].join(sep)) },
    { weight: 3, arbitrary: fc.tuple(fc.array(fragment, { maxLength: 30 }), separator).map(([parts, sep]) => parts.join(sep)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: long },
  );
}

interface Case {
  entry: EntryPoint;
  text: string;
  results: number | null;
  page: number;
  /** Where the bot's mention goes in a mention case. */
  mentionAt: 'start' | 'middle' | 'end';
  legacyMention: boolean;
}

function cases(entry: EntryPoint, text: fc.Arbitrary<string>): fc.Arbitrary<Case> {
  return fc.record({
    entry: fc.constant(entry),
    text,
    results: fc.option(fc.integer({ min: -5, max: 50 }), { nil: null }),
    page: fc.integer({ min: -3, max: 40 }),
    mentionAt: fc.constantFrom('start', 'middle', 'end'),
    legacyMention: fc.boolean(),
  });
}

/** The payload (or message) a case sends, and what identifies the bot's answer to it. */
function build(fake: FakeDiscord, item: Case): { send: () => void; key: string; kind: 'interaction' | 'message' } {
  const { entry, text } = item;
  if (entry === 'mention') {
    const mention = item.legacyMention ? `<@!${fake.botUser.id}>` : `<@${fake.botUser.id}>`;
    const content =
      item.mentionAt === 'start'
        ? `${mention} ${text}`
        : item.mentionAt === 'end'
          ? `${text} ${mention}`
          : `${text.slice(0, text.length / 2)} ${mention} ${text.slice(text.length / 2)}`;
    const message = fake.messageCreate({ content, mentions: [fake.botUser] });
    return { send: () => fake.dispatch(GatewayDispatchEvents.MessageCreate, message), key: message.id, kind: 'message' };
  }
  let payload: APIInteraction;
  if (entry === 'ask') payload = fake.chatInputInteraction({ name: 'ask', options: item.results === null ? { question: text } : { question: text, results: item.results } });
  else if (entry === 'quote') payload = fake.chatInputInteraction({ name: 'quote', options: { speaker: text } });
  else if (entry === 'autocomplete') payload = fake.autocompleteInteraction({ name: 'quote', focused: { name: 'speaker', value: text } });
  else {
    const { data: _data, type: _type, ...common } = fake.chatInputInteraction({ name: 'quote' });
    const message = {
      id: '1',
      channel_id: fake.defaultChannelId,
      author: fake.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    };
    payload = { ...common, type: InteractionType.MessageComponent, data: { custom_id: `quote:${item.page}:${text}`.slice(0, 100), component_type: ComponentType.Button }, message };
  }
  const sent = payload;
  return { send: () => fake.dispatch(GatewayDispatchEvents.InteractionCreate, sent), key: sent.token, kind: 'interaction' };
}

/**
 * The answer itself: the callback, or — when the bot acknowledged first because the answer would
 * have been late (a loaded machine) — the edit or ephemeral follow-up that carries it.
 */
async function finalAnswer(rest: InProcessRest, first: CapturedRequest): Promise<CapturedRequest> {
  if (!isRecord(first.body) || first.body['type'] !== InteractionResponseType.DeferredChannelMessageWithSource) return first;
  const carries = (request: CapturedRequest) => request.key === first.key && !request.path.endsWith('/callback') && request.method !== 'DELETE';
  await until(() => rest.requests.some(carries), 10_000, 'the deferred answer');
  const later = rest.requests.find(carries);
  if (!later) throw new Error('no deferred answer');
  return { ...later, body: { type: InteractionResponseType.ChannelMessageWithSource, data: later.body } };
}

/** What is wrong with the bot's answer to a case (empty when nothing is). */
function answerProblems(item: Case, body: unknown): string[] {
  if (item.entry === 'mention') {
    const data = (isRecord(body) ? body : {}) as MessageData & { message_reference?: unknown };
    const problems = messageProblems(data, { messageReply: true });
    if (!isRecord(data.message_reference)) problems.push('not a reply');
    return [...problems, ...thrown(data)];
  }
  if (item.entry === 'autocomplete') return choiceProblems(callbackChoices(body));
  if (isRecord(body) && body['type'] === InteractionResponseType.UpdateMessage) {
    const data = (isRecord(body['data']) ? body['data'] : {}) as MessageData;
    return [...messageProblems(data, { edit: true }), ...thrown(data)];
  }
  const data = callbackMessage(body);
  return [...messageProblems(data), ...thrown(data)];
}

function thrown(data: MessageData): string[] {
  return /Something went wrong/.test(data.content ?? '') ? ['the handler threw'] : [];
}

/** Log lines that mean a handler threw or something escaped the guards. */
function failureLines(lines: readonly string[]): string[] {
  return lines.filter((line) => /handler failed|router failed|unhandled promise rejection|uncaught exception|could not answer/.test(line));
}

let desk: NewsDesk;
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
});

describe('fuzzing the Discord entry points', () => {
  const counts = { inProcess: { ask: 0, quote: 0, autocomplete: 0, mention: 0, button: 0 }, endToEnd: { ask: 0, quote: 0, autocomplete: 0, mention: 0 } };

  describe('in-process REST, real client and handlers', () => {
    let h: Harness;
    let rest: InProcessRest;
    let text: fc.Arbitrary<string>;

    beforeAll(async () => {
      rest = new InProcessRest();
      h = await startHarness({
        desk,
        env: { LOG_LEVEL: 'info' },
        // Batches of 25 at once: no "busy" replies here (the abuse tests cover those), and no
        // client-side global rate limit (the fuzz is about what is sent, not how fast).
        overrides: { maxInFlight: 64, rest: { makeRequest: rest.makeRequest, globalRequestsPerSecond: 100_000 } },
      });
      rest.botUser = h.fake.botUser;
      const role = h.fake.guild.roles.find((candidate) => candidate.id !== h.fake.guild.id)?.id ?? h.fake.guild.id;
      text = hostileText({ user: h.fake.defaultUser.id, role, channel: h.fake.defaultChannelId, bot: h.fake.botUser.id });
    });
    afterAll(async () => {
      await h?.close();
    });

    const runBatch = async (batch: Case[]) => {
      const since = h.logs.mark();
      const sent = batch.map((item) => ({ item, ...build(h.fake, item) }));
      for (const entry of sent) entry.send();
      const answers = await Promise.all(sent.map(async (entry) => finalAnswer(rest, await rest.waitFor(entry.key))));
      answers.forEach((answer, index) => {
        const entry = sent[index];
        if (!entry) return;
        counts.inProcess[entry.item.entry]++;
        const problems = answerProblems(entry.item, answer.body);
        if (problems.length > 0) throw new Error(`${entry.item.entry} ${JSON.stringify(entry.item.text.slice(0, 200))}: ${problems.join('; ')}`);
      });
      expect(failureLines(h.logs.since(since))).toEqual([]);
    };

    for (const entry of Object.keys(IN_PROCESS_CASES) as EntryPoint[]) {
      it(`${entry}: ${IN_PROCESS_CASES[entry]} hostile inputs, every answer sendable and ping-free`, async () => {
        await fc.assert(fc.asyncProperty(fc.array(cases(entry, text), { minLength: BATCH, maxLength: BATCH }), runBatch), {
          numRuns: IN_PROCESS_CASES[entry] / BATCH,
          seed: SEED,
          endOnFailure: true,
        });
      });
    }
  });

  describe('end to end through the fake Discord', () => {
    let h: Harness;
    let text: fc.Arbitrary<string>;

    beforeAll(async () => {
      h = await startHarness({ desk, env: { LOG_LEVEL: 'info' }, overrides: { maxInFlight: 64, rest: { globalRequestsPerSecond: 100_000 } } });
      const role = h.fake.guild.roles.find((candidate) => candidate.id !== h.fake.guild.id)?.id ?? h.fake.guild.id;
      text = hostileText({ user: h.fake.defaultUser.id, role, channel: h.fake.defaultChannelId, bot: h.fake.botUser.id });
    });
    afterAll(async () => {
      await h?.close();
    });

    const runBatch = async (batch: Case[]) => {
      const { fake } = h;
      const since = fake.mark();
      const logsSince = h.logs.mark();
      const sent = batch.map((item) => ({ item, ...build(fake, item) }));
      for (const entry of sent) entry.send();
      const answers = await Promise.all(
        sent.map((entry) =>
          entry.kind === 'message'
            ? fake.waitForRequest(
                (r) =>
                  r.method === 'POST' &&
                  r.path.startsWith('/channels/') &&
                  isRecord(r.body) &&
                  isRecord(r.body['message_reference']) &&
                  r.body['message_reference']['message_id'] === entry.key,
                10_000,
                since,
              )
            : fake.waitForInteractionRequest(entry.key, (r) => r.method === 'POST' && r.path.endsWith('/callback'), 10_000, since),
        ),
      );
      answers.forEach((answer, index) => {
        const entry = sent[index];
        if (!entry || entry.item.entry === 'button') return;
        counts.endToEnd[entry.item.entry]++;
        const problems = answerProblems(entry.item, answer.body);
        // The fake answers like Discord: a 4xx means Discord would have refused the reply.
        if (answer.status >= 300) problems.push(`Discord answered ${answer.status}`);
        if (problems.length > 0) throw new Error(`${entry.item.entry} ${JSON.stringify(entry.item.text.slice(0, 200))}: ${problems.join('; ')}`);
      });
      expect(fake.requests.slice(since).filter((r) => r.status >= 400)).toEqual([]);
      expect(failureLines(h.logs.since(logsSince))).toEqual([]);
    };

    for (const entry of Object.keys(END_TO_END_CASES) as Array<keyof typeof END_TO_END_CASES>) {
      it(`${entry}: ${END_TO_END_CASES[entry]} hostile inputs over the gateway and REST`, async () => {
        const size = 10;
        await fc.assert(fc.asyncProperty(fc.array(cases(entry, text), { minLength: size, maxLength: size }), runBatch), {
          numRuns: END_TO_END_CASES[entry] / size,
          seed: SEED + 1,
          endOnFailure: true,
        });
      });
    }
  });

  afterAll(() => {
    // Ran only when the whole file ran (not with -t): then every case must have been answered.
    const ran = Object.values(counts.inProcess).reduce((sum, count) => sum + count, 0);
    if (ran === 0) return;
    expect(counts).toEqual({ inProcess: { ...IN_PROCESS_CASES }, endToEnd: { ...END_TO_END_CASES } });
  });
});
