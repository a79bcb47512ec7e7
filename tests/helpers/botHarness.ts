/**
 * Shared pieces of the bot's reliability tests (tests/hardening*, tests/faults*, tests/fuzz.bot*):
 * the real bot started against the fake Discord, a log sink that can be waited on, REST answered
 * in-process for the bulk of the fuzzing, and the checks every outgoing message must pass.
 */
import {
  DefaultRestOptions,
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  type APIUser,
  type RESTOptions,
  type ResponseLike,
} from 'discord.js';
import { loadConfig } from '../../src/config.ts';
import type { NewsDesk } from '../../src/core/newsDesk.ts';
import { DISCORD_LIMITS, embedLength } from '../../src/presentation/limits.ts';
import { startBot, type BotHandle, type BotOverrides } from '../../src/bot/startBot.ts';
import { noIdentifyThrottle, snowflake, startFakeDiscord, type FakeDiscord, type FakeGuildConfig, type RecordedRequest, type StartFakeDiscordOptions } from './fakeDiscord.ts';

// Shaped like a real token (loadConfig checks the shape); the fake accepts any token it was given.
export const TOKEN = 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

/** Log lines as the bot wrote them, with waiters for lines still to come. */
export class LogSink {
  readonly lines: string[] = [];
  private readonly waiters = new Set<{ test: (line: string) => boolean; resolve: (line: string) => void }>();

  readonly write = (line: string): void => {
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (!waiter.test(line)) continue;
      this.waiters.delete(waiter);
      waiter.resolve(line);
    }
  };

  mark(): number {
    return this.lines.length;
  }

  /** The first line (at index >= `since`) containing every one of `parts`. */
  waitFor(parts: readonly string[], since = 0, timeoutMs = 5_000): Promise<string> {
    const test = (line: string) => parts.every((part) => line.includes(part));
    const found = this.lines.slice(since).find(test);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no log line with ${JSON.stringify(parts)} within ${timeoutMs} ms; last lines:\n${this.lines.slice(-8).join('\n')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  since(index: number): string[] {
    return this.lines.slice(index);
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  logs: LogSink;
  close(): Promise<void>;
}

export interface HarnessOptions {
  desk: NewsDesk;
  env?: Record<string, string>;
  guild?: FakeGuildConfig;
  fakeOptions?: Partial<StartFakeDiscordOptions>;
  overrides?: BotOverrides;
}

/** The real bot (`startBot`) logged in to a fresh fake Discord; cooldown off, debug logging. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, callbackDeadlineMs: 3_000, ...(options.guild ? { guild: options.guild } : {}), ...options.fakeOptions });
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, ASK_COOLDOWN_SECONDS: '0', LOG_LEVEL: 'debug', ...options.env }, process.cwd());
  if (!config.discord) throw new Error('no discord settings');
  const logs = new LogSink();
  try {
    const bot = await startBot(options.desk, config, config.discord, {
      restApi: fake.restApi,
      identifyThrottler: noIdentifyThrottle,
      logSink: logs.write,
      processHooks: null,
      ...options.overrides,
    });
    return {
      fake,
      bot,
      logs,
      close: async () => {
        await bot.stop(); // the client first, then the fake
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

// ─────────────── REST answered in-process ───────────────

/** One request the bot made that `InProcessRest` answered itself. */
export interface CapturedRequest {
  method: string;
  /** Below /api/v10, e.g. `/interactions/1/tok/callback`. */
  path: string;
  body: unknown;
  /** The interaction token (webhook and callback routes) or the replied-to message id (channel messages). */
  key: string;
}

type MakeRequest = RESTOptions['makeRequest'];

/**
 * A `makeRequest` for @discordjs/rest that answers the bot's replies — interaction callbacks,
 * follow-ups, edits and channel messages — in-process, like Discord would, and sends everything
 * else (logging in) to the fake over HTTP. Replies can be held open with `hold`.
 */
export class InProcessRest {
  readonly requests: CapturedRequest[] = [];
  private readonly waiters = new Map<string, Array<(request: CapturedRequest) => void>>();
  private readonly holds: Array<{ test: (request: CapturedRequest) => boolean; gate: Promise<void> }> = [];

  /** The author of the messages it makes up (set it once the fake Discord exists). */
  botUser: APIUser = { id: '0', username: 'bot', discriminator: '0', global_name: null, avatar: null, bot: true };

  /** Requests matching `test` get no answer until `gate` resolves (a reply "in flight"). */
  hold(test: (request: CapturedRequest) => boolean, gate: Promise<void>): void {
    this.holds.push({ test, gate });
  }

  /** The first captured request with this key (interaction token or replied-to message id). */
  waitFor(key: string, timeoutMs = 5_000): Promise<CapturedRequest> {
    const found = this.requests.find((request) => request.key === key);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no in-process request for ${key} within ${timeoutMs} ms`)), timeoutMs);
      const list = this.waiters.get(key) ?? [];
      list.push((request) => {
        clearTimeout(timer);
        resolve(request);
      });
      this.waiters.set(key, list);
    });
  }

  readonly makeRequest: MakeRequest = async (url, init) => {
    const path = new URL(url).pathname.replace(/^\/api\/v\d+/, '');
    const method = (init.method ?? 'GET').toUpperCase();
    const interaction = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path);
    const channelPost = method === 'POST' && /^\/channels\/\d+\/messages$/.test(path);
    if (!interaction && !channelPost) return DefaultRestOptions.makeRequest(url, init);
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    const key = interaction?.[1] ?? referencedMessageId(body) ?? '';
    const request: CapturedRequest = { method, path, body, key };
    this.requests.push(request);
    const waiting = this.waiters.get(key);
    this.waiters.delete(key);
    for (const resolve of waiting ?? []) resolve(request);
    for (const hold of this.holds) if (hold.test(request)) await hold.gate;
    if (path.endsWith('/callback')) return response(204, null);
    const channelId = /^\/channels\/(\d+)/.exec(path)?.[1] ?? snowflake();
    return response(200, this.messageFor(channelId, body));
  };

  private messageFor(channelId: string, body: unknown): Record<string, unknown> {
    const data = isRecord(body) ? body : {};
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: typeof data['content'] === 'string' ? data['content'] : '',
      embeds: Array.isArray(data['embeds']) ? data['embeds'] : [],
      components: [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
    };
  }
}

function response(status: number, body: unknown): Promise<ResponseLike> {
  if (body === null) return Promise.resolve(new Response(null, { status }));
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

function referencedMessageId(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const reference = body['message_reference'];
  return isRecord(reference) && typeof reference['message_id'] === 'string' ? reference['message_id'] : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ─────────────── what every outgoing message must be ───────────────

export interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean; users?: string[]; roles?: string[] };
}

const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Every text of a message that Discord renders. */
export function messageTexts(data: MessageData): string[] {
  const texts: string[] = [];
  if (data.content !== undefined) texts.push(data.content);
  for (const embed of data.embeds ?? []) {
    for (const text of [embed.title, embed.description, embed.footer?.text, embed.author?.name]) if (text !== undefined) texts.push(text);
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}

/**
 * Why Discord would reject this message, or it could ping someone, or it is not clean text; empty
 * when it is fine. `allowedMentions` is required (every reply sets it) unless it is an edit.
 */
export function messageProblems(data: MessageData, options: { edit?: boolean; messageReply?: boolean } = {}): string[] {
  const problems: string[] = [];
  const content = data.content ?? '';
  if (content.length > DISCORD_LIMITS.content || codePoints(content) > DISCORD_LIMITS.content) problems.push(`content is ${content.length} long`);
  const embeds = data.embeds ?? [];
  if (!options.edit && content.length === 0 && embeds.length === 0) problems.push('empty message');
  if (embeds.length > DISCORD_LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds`);
  for (const embed of embeds) {
    if ((embed.title?.length ?? 0) > DISCORD_LIMITS.embedTitle) problems.push('embed title too long');
    if ((embed.description?.length ?? 0) > DISCORD_LIMITS.embedDescription) problems.push('embed description too long');
    if ((embed.footer?.text.length ?? 0) > DISCORD_LIMITS.footerText) problems.push('embed footer too long');
    if ((embed.author?.name.length ?? 0) > DISCORD_LIMITS.authorName) problems.push('embed author too long');
    if ((embed.fields?.length ?? 0) > DISCORD_LIMITS.embedFields) problems.push('too many fields');
    for (const field of embed.fields ?? []) {
      if (field.name.length < 1 || field.name.length > DISCORD_LIMITS.fieldName) problems.push(`field name of ${field.name.length}`);
      if (field.value.length < 1 || field.value.length > DISCORD_LIMITS.fieldValue) problems.push(`field value of ${field.value.length}`);
    }
  }
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > DISCORD_LIMITS.embedsTotal) problems.push(`embeds total ${total}`);
  const mentions = data.allowed_mentions;
  if (!mentions || JSON.stringify(mentions.parse) !== '[]') problems.push(`allowed_mentions ${JSON.stringify(mentions)}`);
  if (mentions && ((mentions.users?.length ?? 0) > 0 || (mentions.roles?.length ?? 0) > 0)) problems.push('allowed_mentions lists users or roles');
  if (options.messageReply && mentions?.replied_user !== false) problems.push('the reply would ping its author');
  for (const text of messageTexts(data)) {
    const live = LIVE_MENTION.exec(text);
    if (live) problems.push(`live mention ${JSON.stringify(live[0])}`);
    if (LONE_SURROGATE.test(text)) problems.push('lone surrogate');
    if (BIDI_CONTROL.test(text)) problems.push('bidi override or isolate');
  }
  return problems;
}

/** The same for autocomplete choices. */
export function choiceProblems(choices: readonly APIApplicationCommandOptionChoice[]): string[] {
  const problems: string[] = [];
  if (choices.length > DISCORD_LIMITS.autocompleteChoices) problems.push(`${choices.length} choices`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > DISCORD_LIMITS.choiceName) problems.push(`choice name of ${choice.name.length}`);
    if (typeof choice.value === 'string' && (choice.value.length < 1 || choice.value.length > DISCORD_LIMITS.choiceValue)) problems.push(`choice value of ${choice.value.length}`);
    if (LONE_SURROGATE.test(choice.name) || (typeof choice.value === 'string' && LONE_SURROGATE.test(choice.value))) problems.push('lone surrogate in a choice');
  }
  return problems;
}

/** The message of a type-4 callback body (throws for anything else). */
export function callbackMessage(body: unknown): MessageData {
  if (!isRecord(body) || body['type'] !== InteractionResponseType.ChannelMessageWithSource) throw new Error(`not a message callback: ${JSON.stringify(body).slice(0, 300)}`);
  const data = body['data'];
  return isRecord(data) ? data : {};
}

/** The choices of a type-8 callback body (throws for anything else). */
export function callbackChoices(body: unknown): APIApplicationCommandOptionChoice[] {
  if (!isRecord(body) || body['type'] !== InteractionResponseType.ApplicationCommandAutocompleteResult)
    throw new Error(`not an autocomplete callback: ${JSON.stringify(body).slice(0, 300)}`);
  const data = body['data'];
  const choices = isRecord(data) ? data['choices'] : undefined;
  return Array.isArray(choices) ? (choices as APIApplicationCommandOptionChoice[]) : [];
}

export function messageOfRequest(request: RecordedRequest): MessageData {
  return callbackMessage(request.body);
}

/**
 * The answer an interaction got: the reply itself, or, when the bot acknowledged first because the work
 * queued ahead would make it late (40 questions at once on a loaded machine), the edit that followed.
 */
export async function answerOf(fake: FakeDiscord, token: string, reply: RecordedRequest): Promise<MessageData> {
  if (!isDeferral(reply)) return messageOfRequest(reply);
  const edit = await fake.waitForInteractionRequest(token, (request) => request.method === 'PATCH' && request.path.endsWith('/messages/@original'), 20_000);
  return edit.body as MessageData;
}

/** Whether an interaction's callback acknowledged it ("thinking…") rather than answering. */
export function isDeferral(reply: RecordedRequest | undefined): boolean {
  return isRecord(reply?.body) && reply.body['type'] === InteractionResponseType.DeferredChannelMessageWithSource;
}

export function isEphemeral(data: MessageData): boolean {
  return ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

export function firstEmbed(data: MessageData): APIEmbed {
  const embed = data.embeds?.[0];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(data).slice(0, 300)}`);
  return embed;
}

/** `count` distinct users, for floods "from many users". */
export function manyUsers(count: number): APIUser[] {
  return Array.from({ length: count }, (_, index) => ({ id: snowflake(), username: `user${index}`, discriminator: '0', global_name: null, avatar: null }));
}

/** Resolves once `condition()` holds, checking on every event-loop turn (a waiter, not a sleep). */
export async function until(condition: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A promise and the function that resolves it (a gate a test opens). */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
