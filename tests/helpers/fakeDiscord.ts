/**
 * fakeDiscord — an in-process fake of Discord (REST API v10 + Gateway v10) for end-to-end tests.
 *
 * WHY: unit tests with mocked `Interaction` objects cannot catch the bugs that matter in production
 * (wrong callback type, forgotten `allowed_mentions`, >2000-char messages, not retrying 429s,
 * reconnect handling, …). This fake lets the REAL discord.js v14 `Client` log in and be driven
 * entirely on 127.0.0.1 — nothing leaves the machine — while every REST request it makes is
 * recorded so tests can assert on exactly what would have been sent to Discord.
 *
 * USAGE
 *   const fake = await startFakeDiscord({ token: 'test-token' });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
 *                               rest: { api: fake.restApi } });   // restApi = http://127.0.0.1:PORT/api
 *   await client.login('test-token');
 *   const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'hi' } }));
 *   cb.body.type            // InteractionResponseType.ChannelMessageWithSource, …
 *   await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
 *   await client.destroy(); await fake.close();       // destroy the client FIRST, then close the fake
 *
 * API OVERVIEW (see the `FakeDiscord` class for signatures)
 *   - REST (node:http, `/api/v10/...`): gateway, users, application commands (global + guild),
 *     interaction callbacks, webhook follow-ups/edits/deletes (incl. `@original`), channel
 *     get/messages/typing, guild/member reads; anything else → 404 JSON `{message, code: 0}`.
 *     Requests to another API version → 400 code 50041. Authenticated routes check `Bot <token>`.
 *     Discord-like validation: empty message → 50006, content > 2000 code points / >10 embeds /
 *     >25 autocomplete choices / bad command names → 400 code 50035, double acknowledge → 40060,
 *     follow-up before acknowledge → 10015, unknown interaction → 10062.
 *   - Recording: `requests`, `waitForRequest(pred, timeoutMs, since)`, `requestsForInteraction(token)`,
 *     `mark()` (an index to pass as `since`). Multipart bodies (files) are parsed: `body` is the
 *     `payload_json` part, `files` the file parts.
 *   - Faults: `injectFault(pred, spec, times)`, `rateLimitNext`, `failNext`, `expireInteraction`.
 *     429s carry `retry_after` in the body plus Retry-After / X-RateLimit-* headers.
 *   - Gateway (`ws`, path /gateway, resume path /gateway-resume): HELLO → IDENTIFY (token, shard and
 *     intents checked) → READY + GUILD_CREATE; heartbeat ACK; RESUME replays missed dispatches then
 *     RESUMED (unknown session → op 9 false); REQUEST_GUILD_MEMBERS → GUILD_MEMBERS_CHUNK.
 *     `dispatch(event, data)`, `closeSocket(code)` (1006 = terminate without a close frame),
 *     `sendReconnect()`, `sendInvalidSession()`, `waitForIdentify/Ready/Resumed/Established`, `stats`.
 *     Like real Discord, MESSAGE_CREATE content is blanked when the bot lacks the MessageContent
 *     intent and is not mentioned (disable with `simulateMessageContentIntent: false`).
 *   - Builders: `chatInputInteraction`, `autocompleteInteraction`, `messageCreate` produce full,
 *     typed payloads; `interact(payload)` dispatches one and resolves with the bot's callback request;
 *     `sendMessage(opts)` dispatches a MESSAGE_CREATE.
 *
 * DISCORD.JS QUIRKS THIS FAKE RELIES ON / HANDLES
 *   - The gateway URL is discovered via REST `GET /gateway/bot` (through `rest.api`), so only `rest.api`
 *     needs pointing at the fake. The client connects to `${url}?v=10&encoding=json`; after READY
 *     it reconnects to `resume_gateway_url` for resumes.
 *   - Compression: discord.js only asks for `compress=zlib-stream` when the optional `zlib-sync`
 *     package is installed (it is not here), so normally frames are plain JSON text. If a client does
 *     ask for zlib-stream the fake honours it with a shared node:zlib deflate context and
 *     Z_SYNC_FLUSH-terminated binary frames; IDENTIFY `compress: true` gets per-payload zlib frames.
 *   - `rest.api` must be the base WITHOUT the version (`http://127.0.0.1:PORT/api`); @discordjs/rest
 *     appends `/v10`. Interaction callbacks and webhook routes are sent without Authorization.
 *   - @discordjs/rest honours a fractional `Retry-After` header (seconds), so 429s can be short.
 *   - @discordjs/ws waits 5 s between IDENTIFYs; tests that force a re-identify should pass
 *     `ws: { buildIdentifyThrottler: noIdentifyThrottle }` (exported below).
 *   - Interaction payloads need `entitlements`, `authorizing_integration_owners`, `app_permissions`
 *     or discord.js throws while constructing the interaction.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  SnowflakeUtil,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIEmbed,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIInteractionResponse,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APINewsChannel,
  type APIUser,
  type GatewayDispatchPayload,
  type GatewayGuildCreateDispatchData,
  type GatewayGuildMembersChunkDispatchData,
  type GatewayIdentifyData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  type GatewayRequestGuildMembersData,
  type GatewayResumeData,
  type GuildSystemChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type ApplicationFlags,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIInteractionCallbackJSONBody,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';

// ───────────────────────────── public types ─────────────────────────────

export interface FakeChannelConfig {
  id?: string;
  name: string;
  type?: ChannelType.GuildText | ChannelType.GuildAnnouncement;
  topic?: string | null;
}

export interface FakeRoleConfig {
  id?: string;
  name: string;
  /** Permission bitfield (bigint or its decimal string). */
  permissions?: bigint | string;
  position?: number;
}

export interface FakeMemberConfig {
  user: Partial<APIUser> & { id: string; username: string };
  roles?: string[];
  nick?: string | null;
}

export interface FakeGuildConfig {
  id?: string;
  name?: string;
  /** Defaults to the auto-created "owner" member. */
  ownerId?: string;
  /** Defaults to a single text channel "general". The first channel is `fake.defaultChannelId`. */
  channels?: FakeChannelConfig[];
  /** Extra roles; @everyone (id = guild id) is always created. */
  roles?: FakeRoleConfig[];
  /** Extra human members; an owner, a regular "tester" member and the bot are always present. */
  members?: FakeMemberConfig[];
  /** @everyone permissions; defaults to a typical member set (view, send, embed, attach, …). */
  everyonePermissions?: bigint | string;
}

export interface StartFakeDiscordOptions {
  token: string;
  botUser?: Partial<APIUser>;
  applicationId?: string;
  guild?: FakeGuildConfig;
  /** HELLO heartbeat_interval in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
  /** Blank MESSAGE_CREATE content like Discord when the MessageContent intent is missing (default true). */
  simulateMessageContentIntent?: boolean;
  /** Privileged intents the "application" is approved for (default: all three). */
  allowedPrivilegedIntents?: number;
  /** If set, interaction callbacks later than this after dispatch fail with 10062 (Discord: 3000). */
  callbackDeadlineMs?: number;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest<TBody = unknown> {
  /** Position in `fake.requests`. */
  index: number;
  method: string;
  /** Route below `/api/v10`, percent-decoded, without query string, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  rawUrl: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (for multipart: the parsed `payload_json` part); `null` when there is none. */
  body: TBody;
  files: RecordedFile[];
  /** Status the fake answered with. */
  status: number;
  /** The injected fault that produced the answer, if any. */
  fault: FaultSpec['kind'] | null;
  receivedAt: number;
}

export type RequestPredicate = (req: RecordedRequest) => boolean;

export type FaultSpec =
  | {
      kind: 'rateLimit';
      /** Seconds (fractions allowed; default 0.2). */
      retryAfter?: number;
      global?: boolean;
      scope?: 'user' | 'shared' | 'global';
    }
  | { kind: 'serverError'; status?: number }
  | { kind: 'unknownInteraction' }
  | { kind: 'error'; status: number; code: number; message: string };

export interface FaultHandle {
  readonly remaining: number;
  /** Requests this fault answered. */
  readonly hits: readonly RecordedRequest[];
  cancel(): void;
}

export type GatewayEventKind =
  | 'connection'
  | 'identify'
  | 'resume'
  | 'ready'
  | 'resumed'
  | 'established'
  | 'heartbeat'
  | 'invalidSession'
  | 'close';

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  readies: number;
  resumed: number;
  /** readies + resumed: a usable session was (re-)established. */
  established: number;
  heartbeats: number;
  invalidSessions: number;
  closes: number;
  /** Dispatches re-sent to the bot on RESUME because it missed them while disconnected. */
  replayed: number;
}

export interface GatewayConnectionInfo {
  path: string;
  query: URLSearchParams;
  open: boolean;
  closeCode: number | null;
}

/** Options accepted by both interaction builders. */
export interface InteractionBuilderBase {
  id?: string;
  token?: string;
  commandId?: string;
  /** The invoking user: a member id from the guild, or a full user (treated as a guild member). */
  user?: string | APIUser;
  /** Member role ids (default: the member's configured roles). */
  roles?: string[];
  /** member.permissions (default: computed from @everyone + roles; owner/admin → all). */
  permissions?: bigint | string;
  /** app_permissions (default: computed for the bot member). */
  appPermissions?: bigint | string;
  channelId?: string;
  locale?: Locale;
  guildLocale?: Locale;
  /** Build a DM interaction (no guild_id/member) instead of a guild one. */
  dm?: boolean;
}

export type InteractionOptionsInput =
  | APIApplicationCommandInteractionDataOption[]
  | Record<string, string | number | boolean>;

export interface ChatInputInteractionOptions extends InteractionBuilderBase {
  name: string;
  /** Typed option array, or a shorthand record (string → String, integer → Integer, other number → Number, boolean → Boolean). */
  options?: InteractionOptionsInput;
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteInteractionOptions extends InteractionBuilderBase {
  name: string;
  focused: { name: string; value: string | number; type?: ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number };
  options?: InteractionOptionsInput;
}

export interface MessageCreateOptions {
  content: string;
  id?: string;
  channelId?: string;
  /** A guild member id or a full user (default: the "tester" member). */
  author?: string | APIUser;
  /** Prefix the content with `<@bot>` and include the bot in `mentions`. */
  mentionBot?: boolean;
  /** Extra mentioned users (ids of guild members or full users). */
  mentions?: Array<string | APIUser>;
  /** Make it a reply to this message id. */
  replyTo?: string;
}

type MessageBody = {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessage['components'];
  flags?: number;
  tts?: boolean;
  allowed_mentions?: unknown;
  message_reference?: { message_id?: string; channel_id?: string; guild_id?: string };
  attachments?: Array<{ id?: string | number; filename?: string; description?: string }>;
  sticker_ids?: string[];
  poll?: unknown;
};

// ───────────────────────────── internals ─────────────────────────────

const API_VERSION = '10';
const MAX_CONTENT_LENGTH = 2000;

const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((acc, bit) => acc | bit, 0n);

// Empty bitfields (the flag enums have no 0 member).
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_APPLICATION_FLAGS = 0 as ApplicationFlags;
const NO_SYSTEM_CHANNEL_FLAGS = 0 as GuildSystemChannelFlags;

const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

export function snowflake(): string {
  return SnowflakeUtil.generate().toString();
}

function randomToken(): string {
  return `fake-${randomBytes(24).toString('base64url')}`;
}

function toBigInt(value: bigint | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

function nowIso(): string {
  return new Date().toISOString();
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function makeUser(partial: Partial<APIUser> & { id: string; username: string }): APIUser {
  return {
    discriminator: '0',
    global_name: null,
    avatar: null,
    ...partial,
  };
}

interface Waiter<T> {
  test: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteContext {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  params: Record<string, string>;
}

interface Route {
  methods: readonly string[];
  pattern: RegExp;
  auth: boolean;
  handle: (ctx: RouteContext) => RouteResult;
}

interface FaultRule {
  match: RequestPredicate;
  spec: FaultSpec;
  remaining: number;
  hits: RecordedRequest[];
}

interface InteractionEntry {
  payload: APIInteraction;
  channelId: string | null;
  dispatchedAt: number;
  acknowledged: boolean;
  callbackType: InteractionResponseType | null;
  expired: boolean;
  originalMessageId: string | null;
  ephemeral: boolean;
}

interface Session {
  id: string;
  seq: number;
  backlog: Array<{ s: number; t: string; d: unknown }>;
  intents: number;
}

interface GatewayConnection {
  ws: WebSocket;
  info: GatewayConnectionInfo;
  session: Session | null;
  deflate: Deflate | null;
  deflateChunks: Buffer[];
  identifyCompress: boolean;
  sendChain: Promise<void>;
}

export interface GatewayEventRecord {
  kind: GatewayEventKind;
  data: unknown;
}

type DispatchData<E extends GatewayDispatchEvents> = Extract<GatewayDispatchPayload, { t: E }>['d'];

function apiError(status: number, code: number, message: string, errors?: unknown): RouteResult {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

function formError(field: string, code: string, message: string): RouteResult {
  return apiError(400, 50035, 'Invalid Form Body', { [field]: { _errors: [{ code, message }] } });
}

// ───────────────────────────── the fake ─────────────────────────────

export class FakeDiscord {
  /** Base URL for discord.js `rest: { api }` (no version suffix). */
  readonly restApi: string;
  /** Gateway URL returned by GET /gateway/bot. */
  readonly gatewayUrl: string;
  readonly resumeGatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The GUILD_CREATE payload sent after READY. */
  readonly guild: GatewayGuildCreateDispatchData;
  readonly defaultChannelId: string;
  /** A regular (non-owner, no roles) human member used as the default actor in builders. */
  readonly defaultUser: APIUser;
  readonly ownerUser: APIUser;
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every bot-created message (channel messages and interaction responses), by id. */
  readonly messages = new Map<string, APIMessage>();
  /** Gateway connections in order (incl. closed ones). */
  readonly connections: GatewayConnectionInfo[] = [];
  /** IDENTIFY payloads received, in order. */
  readonly identifies: GatewayIdentifyData[] = [];

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<Socket>();
  private readonly conns = new Set<GatewayConnection>();
  private readonly heartbeatIntervalMs: number;
  private readonly simulateMessageContentIntent: boolean;
  private readonly allowedPrivilegedIntents: number;
  private readonly callbackDeadlineMs: number | undefined;
  private readonly routes: Route[];
  private readonly faults: FaultRule[] = [];
  private readonly requestWaiters = new Set<Waiter<RecordedRequest>>();
  private readonly gatewayWaiters = new Set<Waiter<GatewayEventRecord>>();
  private readonly gatewayEvents: GatewayEventRecord[] = [];
  private readonly interactions = new Map<string, InteractionEntry>();
  private readonly interactionsByToken = new Map<string, InteractionEntry>();
  private readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly users = new Map<string, APIUser>();
  private session: Session | null = null;
  private ackHeartbeats = true;
  private closed = false;
  private readonly statsData: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    readies: 0,
    resumed: 0,
    established: 0,
    heartbeats: 0,
    invalidSessions: 0,
    closes: 0,
    replayed: 0,
  };

  /** Use `startFakeDiscord()`. */
  constructor(server: Server, port: number, options: StartFakeDiscordOptions) {
    this.server = server;
    this.restApi = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.resumeGatewayUrl = `ws://127.0.0.1:${port}/gateway-resume`;
    this.token = options.token;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.simulateMessageContentIntent = options.simulateMessageContentIntent ?? true;
    this.allowedPrivilegedIntents = options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS;
    this.callbackDeadlineMs = options.callbackDeadlineMs;
    this.applicationId = options.applicationId ?? options.botUser?.id ?? snowflake();
    this.botUser = makeUser({
      username: 'newsdesk-bot',
      ...options.botUser,
      id: options.botUser?.id ?? this.applicationId,
      bot: true,
    });
    this.users.set(this.botUser.id, this.botUser);
    this.ownerUser = makeUser({ id: snowflake(), username: 'guild-owner' });
    this.defaultUser = makeUser({ id: snowflake(), username: 'tester', global_name: 'Tester' });
    this.guild = this.buildGuild(options.guild ?? {});
    const firstChannel = this.guild.channels[0];
    if (!firstChannel) throw new Error('fakeDiscord: the guild needs at least one channel');
    this.defaultChannelId = firstChannel.id;
    this.routes = this.buildRoutes();

    this.wss = new WebSocketServer({ noServer: true });
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handleHttp(req, res).catch((err: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `fakeDiscord internal error: ${String(err)}`, code: 0 }));
        }
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway' && url.pathname !== '/gateway-resume') {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url));
    });
  }

  // ─────────── general ───────────

  get stats(): Readonly<GatewayStats> {
    return { ...this.statsData };
  }

  /** Current length of `requests`; pass it as `since` to only match later requests. */
  mark(): number {
    return this.requests.length;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Application commands currently registered (global when guildId is omitted). */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return [...(this.commands.get(guildId ?? 'global') ?? [])];
  }

  /** Bot-created messages in a channel, oldest first. */
  channelMessages(channelId: string = this.defaultChannelId): APIMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** The current @original response of an interaction (after a type 4/5 callback). */
  originalResponse(token: string): APIMessage | undefined {
    const id = this.interactionsByToken.get(token)?.originalMessageId;
    return id ? this.messages.get(id) : undefined;
  }

  /** Stops everything: rejects pending waiters, terminates sockets, closes the servers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new Error('fakeDiscord closed');
    for (const w of this.requestWaiters) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    for (const w of this.gatewayWaiters) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.requestWaiters.clear();
    this.gatewayWaiters.clear();
    for (const conn of this.conns) {
      conn.deflate?.close();
      conn.ws.terminate();
    }
    this.conns.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    const serverClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await serverClosed;
  }

  // ─────────── request recording ───────────

  /**
   * Resolves with the first request (at index >= `since`, default 0 = including ones already
   * received) matching `predicate`; rejects after `timeoutMs`.
   */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5_000, since = 0): Promise<RecordedRequest> {
    for (let i = since; i < this.requests.length; i++) {
      const req = this.requests[i];
      if (req && predicate(req)) return Promise.resolve(req);
    }
    return this.addWaiter(this.requestWaiters, predicate, timeoutMs, () => {
      const recent = this.requests
        .slice(-8)
        .map((r) => `${r.method} ${r.path} → ${r.status}`)
        .join('\n  ');
      return `fakeDiscord: no matching request within ${timeoutMs}ms. Recent requests:\n  ${recent || '(none)'}`;
    });
  }

  /** All requests made with an interaction token (callback + webhook follow-ups/edits/deletes). */
  requestsForInteraction(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.split('/').includes(token));
  }

  /** Waits for a request made with this interaction token, optionally matching `predicate`. */
  waitForInteractionRequest(
    token: string,
    predicate: RequestPredicate = () => true,
    timeoutMs = 5_000,
    since = 0,
  ): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.path.split('/').includes(token) && predicate(r), timeoutMs, since);
  }

  // ─────────── faults ───────────

  /** The next `times` requests matching `match` are answered according to `spec` instead of normally. */
  injectFault(match: RequestPredicate, spec: FaultSpec, times = 1): FaultHandle {
    const rule: FaultRule = { match, spec, remaining: times, hits: [] };
    this.faults.push(rule);
    return {
      get remaining() {
        return rule.remaining;
      },
      get hits() {
        return rule.hits;
      },
      cancel: () => {
        rule.remaining = 0;
      },
    };
  }

  /** 429 the next `times` matching requests with `retry_after` seconds (default 0.2). */
  rateLimitNext(
    match: RequestPredicate,
    opts: { times?: number; retryAfter?: number; global?: boolean; scope?: 'user' | 'shared' | 'global' } = {},
  ): FaultHandle {
    const spec: FaultSpec = { kind: 'rateLimit', retryAfter: opts.retryAfter ?? 0.2 };
    if (opts.global !== undefined) spec.global = opts.global;
    if (opts.scope !== undefined) spec.scope = opts.scope;
    return this.injectFault(match, spec, opts.times ?? 1);
  }

  /** Answer the next `times` matching requests with a 5xx (default 500). */
  failNext(match: RequestPredicate, opts: { times?: number; status?: number } = {}): FaultHandle {
    return this.injectFault(match, { kind: 'serverError', status: opts.status ?? 500 }, opts.times ?? 1);
  }

  /**
   * Make the next interaction callback (for the given interaction id or token, or any interaction)
   * fail with 404 code 10062 "Unknown interaction", as if the 3 s token had expired. The interaction
   * stays expired: further callbacks get 10062 and follow-ups 10015 (never acknowledged).
   */
  expireInteraction(idOrToken?: string): FaultHandle {
    return this.injectFault(
      (r) => {
        const m = /^\/interactions\/([^/]+)\/([^/]+)\/callback$/.exec(r.path);
        return m !== null && (idOrToken === undefined || m[1] === idOrToken || m[2] === idOrToken);
      },
      { kind: 'unknownInteraction' },
    );
  }

  // ─────────── gateway ───────────

  /** Sends a dispatch (op 0) to the bot. Returns its sequence number, or null if there is no session. */
  dispatch<E extends GatewayDispatchEvents>(event: E, data: DispatchData<E>): number | null {
    let payloadData: unknown = data;
    if (event === GatewayDispatchEvents.InteractionCreate) {
      this.registerInteraction(data as APIInteraction);
    } else if (event === GatewayDispatchEvents.MessageCreate) {
      payloadData = this.applyMessageContentIntent(data as GatewayMessageCreateDispatchData);
    }
    const session = this.session;
    if (!session) return null;
    return this.pushDispatch(session, event, payloadData);
  }

  /**
   * Closes the bot's gateway connection(s) with `code` (default 4000 → discord.js resumes).
   * Code 1006 terminates the TCP connection without a close frame (abnormal closure).
   * `invalidateSession: true` forgets the session so a RESUME gets op 9 and the bot re-identifies.
   */
  closeSocket(code = 4000, opts: { reason?: string; invalidateSession?: boolean } = {}): void {
    if (opts.invalidateSession) this.session = null;
    for (const conn of this.conns) {
      if (conn.ws.readyState !== WebSocket.OPEN) continue;
      if (code === 1006) conn.ws.terminate();
      else conn.ws.close(code, opts.reason ?? 'fakeDiscord closeSocket');
    }
  }

  /** op 7 RECONNECT: the client should reconnect and resume. */
  sendReconnect(): void {
    for (const conn of this.openConns()) this.sendRaw(conn, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** op 9 INVALID_SESSION. With resumable=false the session is dropped and the bot must re-identify. */
  sendInvalidSession(resumable = false): void {
    if (!resumable) this.session = null;
    for (const conn of this.openConns()) this.sendRaw(conn, { op: GatewayOpcodes.InvalidSession, d: resumable });
    this.recordGateway('invalidSession', resumable);
  }

  /** Stop/start answering heartbeats (to simulate a zombie connection). */
  setAckHeartbeats(ack: boolean): void {
    this.ackHeartbeats = ack;
  }

  /** Resolves with the latest IDENTIFY once at least `count` (default 1) have been received. */
  async waitForIdentify(opts: { count?: number; timeoutMs?: number } = {}): Promise<GatewayIdentifyData> {
    const rec = await this.waitForGateway('identify', opts.count ?? 1, opts.timeoutMs);
    return rec.data as GatewayIdentifyData;
  }

  /** Resolves with the latest READY data once at least `count` (default 1) have been sent. */
  async waitForReady(opts: { count?: number; timeoutMs?: number } = {}): Promise<GatewayReadyDispatchData> {
    const rec = await this.waitForGateway('ready', opts.count ?? 1, opts.timeoutMs);
    return rec.data as GatewayReadyDispatchData;
  }

  /** Resolves once at least `count` (default 1) RESUMED have been sent. */
  async waitForResumed(opts: { count?: number; timeoutMs?: number } = {}): Promise<void> {
    await this.waitForGateway('resumed', opts.count ?? 1, opts.timeoutMs);
  }

  /** Resolves once READY or RESUMED has been sent at least `count` times in total (any reconnect). */
  async waitForEstablished(opts: { count?: number; timeoutMs?: number } = {}): Promise<void> {
    await this.waitForGateway('established', opts.count ?? 1, opts.timeoutMs);
  }

  /** Generic gateway waiter: resolves with the `count`-th event of `kind` (1-based). */
  waitForGateway(kind: GatewayEventKind, count = 1, timeoutMs = 5_000): Promise<GatewayEventRecord> {
    const matches = this.gatewayEvents.filter((e) => e.kind === kind);
    const hit = matches[count - 1];
    if (hit) return Promise.resolve(hit);
    let seen = matches.length;
    return this.addWaiter(
      this.gatewayWaiters,
      (e) => e.kind === kind && ++seen >= count,
      timeoutMs,
      () => `fakeDiscord: gateway event "${kind}" #${count} not seen within ${timeoutMs}ms (stats ${JSON.stringify(this.statsData)})`,
    );
  }

  // ─────────── builders ───────────

  /** A full APPLICATION_COMMAND (type 2) chat-input interaction payload. */
  chatInputInteraction(opts: ChatInputInteractionOptions): APIChatInputApplicationCommandInteraction {
    const data = {
      id: opts.commandId ?? this.commandIdFor(opts.name),
      name: opts.name,
      type: ApplicationCommandType.ChatInput as const,
      ...(opts.options !== undefined ? { options: this.normalizeOptions(opts.options) } : {}),
      ...(opts.resolved !== undefined ? { resolved: opts.resolved } : {}),
      ...(opts.dm ? {} : { guild_id: this.guild.id }),
    };
    const base = this.interactionBase(opts);
    if (base.kind === 'dm') {
      return { ...base.fields, type: InteractionType.ApplicationCommand, data };
    }
    return { ...base.fields, type: InteractionType.ApplicationCommand, data };
  }

  /** An APPLICATION_COMMAND_AUTOCOMPLETE (type 4) payload with one focused option. */
  autocompleteInteraction(opts: AutocompleteInteractionOptions): APIApplicationCommandAutocompleteInteraction {
    const others = opts.options !== undefined ? this.normalizeOptions(opts.options) : [];
    const focusedType = opts.focused.type ?? ApplicationCommandOptionType.String;
    const focused: APIApplicationCommandInteractionDataOption =
      focusedType === ApplicationCommandOptionType.String
        ? { name: opts.focused.name, type: focusedType, value: String(opts.focused.value), focused: true }
        : { name: opts.focused.name, type: focusedType, value: Number(opts.focused.value), focused: true };
    const data = {
      id: opts.commandId ?? this.commandIdFor(opts.name),
      name: opts.name,
      type: ApplicationCommandType.ChatInput as const,
      options: [...others.filter((o) => o.name !== opts.focused.name), focused],
      ...(opts.dm ? {} : { guild_id: this.guild.id }),
    };
    const base = this.interactionBase(opts);
    if (base.kind === 'dm') {
      return { ...base.fields, type: InteractionType.ApplicationCommandAutocomplete, data };
    }
    return { ...base.fields, type: InteractionType.ApplicationCommandAutocomplete, data };
  }

  /** A MESSAGE_CREATE payload from a human member in a guild text channel. */
  messageCreate(opts: MessageCreateOptions): GatewayMessageCreateDispatchData {
    const author = this.resolveUser(opts.author);
    const member = this.findMember(author.id);
    const channelId = opts.channelId ?? this.defaultChannelId;
    const mentioned: APIUser[] = (opts.mentions ?? []).map((m) => this.resolveUser(m));
    let content = opts.content;
    if (opts.mentionBot) {
      content = `<@${this.botUser.id}> ${content}`;
      mentioned.unshift(this.botUser);
    }
    const mentions = mentioned.map((u) => {
      const mm = this.findMember(u.id);
      return mm ? { ...u, member: this.memberWithoutUser(mm) } : u;
    });
    const reply = opts.replyTo ? this.messages.get(opts.replyTo) : undefined;
    return {
      id: opts.id ?? snowflake(),
      channel_id: channelId,
      guild_id: this.guild.id,
      author,
      ...(member ? { member: this.memberWithoutUser(member) } : {}),
      content,
      timestamp: nowIso(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: opts.replyTo ? MessageType.Reply : MessageType.Default,
      components: [],
      ...(opts.replyTo
        ? {
            message_reference: { message_id: opts.replyTo, channel_id: channelId, guild_id: this.guild.id },
            referenced_message: reply ?? null,
          }
        : {}),
    };
  }

  /** Dispatches a MESSAGE_CREATE built by `messageCreate(opts)` and returns the (unstripped) message. */
  sendMessage(opts: MessageCreateOptions): GatewayMessageCreateDispatchData {
    const msg = this.messageCreate(opts);
    this.dispatch(GatewayDispatchEvents.MessageCreate, msg);
    return msg;
  }

  /**
   * Dispatches an INTERACTION_CREATE and resolves with the bot's callback request
   * (`POST /interactions/:id/:token/callback`). Later requests: `requestsForInteraction(token)`.
   */
  async interact(
    payload: APIInteraction,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest<RESTPostAPIInteractionCallbackJSONBody>> {
    const since = this.mark();
    if (this.dispatch(GatewayDispatchEvents.InteractionCreate, payload) === null) {
      throw new Error('fakeDiscord.interact: no gateway session (is the client logged in?)');
    }
    const req = await this.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
      timeoutMs,
      since,
    );
    return req as RecordedRequest<RESTPostAPIInteractionCallbackJSONBody>;
  }

  // ─────────── builder internals ───────────

  private commandIdFor(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return found.id;
    }
    return snowflake();
  }

  private normalizeOptions(input: InteractionOptionsInput): APIApplicationCommandInteractionDataOption[] {
    if (Array.isArray(input)) return input;
    return Object.entries(input).map(([name, value]): APIApplicationCommandInteractionDataOption => {
      if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
      if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
      return Number.isInteger(value)
        ? { name, type: ApplicationCommandOptionType.Integer, value }
        : { name, type: ApplicationCommandOptionType.Number, value };
    });
  }

  private interactionBase(opts: InteractionBuilderBase) {
    const user = this.resolveUser(opts.user);
    const channelId = opts.channelId ?? this.defaultChannelId;
    const channel = this.guild.channels.find((c) => c.id === channelId);
    const common = {
      id: opts.id ?? snowflake(),
      application_id: this.applicationId,
      token: opts.token ?? randomToken(),
      version: 1 as const,
      locale: opts.locale ?? Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    const appPermissions = (
      opts.appPermissions !== undefined ? toBigInt(opts.appPermissions) : this.permissionsOf(this.botUser.id)
    ).toString();
    if (opts.dm) {
      const dmChannelId = opts.channelId ?? snowflake();
      return {
        kind: 'dm' as const,
        fields: {
          ...common,
          user,
          channel: { id: dmChannelId, type: ChannelType.DM as const, recipients: [user], last_message_id: null, flags: 0 },
          channel_id: dmChannelId,
          app_permissions: appPermissions,
          context: InteractionContextType.BotDM,
          authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
        },
      };
    }
    const configured = this.findMember(user.id);
    const roles = opts.roles ?? configured?.roles ?? [];
    const permissions =
      opts.permissions !== undefined ? toBigInt(opts.permissions) : this.permissionsOf(user.id, roles);
    const member: APIInteractionGuildMember = {
      user,
      roles,
      joined_at: configured?.joined_at ?? nowIso(),
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      nick: configured?.nick ?? null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
      permissions: permissions.toString(),
    };
    return {
      kind: 'guild' as const,
      fields: {
        ...common,
        guild_id: this.guild.id,
        guild: { id: this.guild.id, features: this.guild.features, locale: this.guild.preferred_locale },
        guild_locale: opts.guildLocale ?? this.guild.preferred_locale,
        member,
        channel: channel ?? { id: channelId, type: ChannelType.GuildText },
        channel_id: channelId,
        app_permissions: appPermissions,
        context: InteractionContextType.Guild,
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: this.guild.id },
      },
    };
  }

  private resolveUser(user: string | APIUser | undefined): APIUser {
    if (user === undefined) return this.defaultUser;
    if (typeof user !== 'string') {
      this.users.set(user.id, user);
      return user;
    }
    const known = this.users.get(user);
    if (!known) throw new Error(`fakeDiscord: unknown user id ${user}`);
    return known;
  }

  private findMember(userId: string): APIGuildMember | undefined {
    return this.guild.members.find((m) => m.user.id === userId);
  }

  private memberWithoutUser(member: APIGuildMember): Omit<APIGuildMember, 'user'> {
    const { user: _user, ...rest } = member;
    return rest;
  }

  /** Guild-level permissions of a user (owner/admin → all). */
  permissionsOf(userId: string, roleIds?: string[]): bigint {
    if (userId === this.guild.owner_id) return ALL_PERMISSIONS;
    const ids = roleIds ?? this.findMember(userId)?.roles ?? [];
    let perms = 0n;
    for (const role of this.guild.roles) {
      if (role.id === this.guild.id || ids.includes(role.id)) perms |= BigInt(role.permissions);
    }
    return (perms & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : perms;
  }

  private buildGuild(cfg: FakeGuildConfig): GatewayGuildCreateDispatchData {
    const guildId = cfg.id ?? snowflake();
    const role = (r: FakeRoleConfig & { id: string }, position: number, managed = false): APIRole => ({
      id: r.id,
      name: r.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: r.position ?? position,
      permissions: toBigInt(r.permissions ?? 0n).toString(),
      managed,
      mentionable: false,
      flags: NO_ROLE_FLAGS,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    const botRoleId = snowflake();
    const roles: APIRole[] = [
      role({ id: guildId, name: '@everyone', permissions: cfg.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS }, 0),
      ...(cfg.roles ?? []).map((r, i) => role({ ...r, id: r.id ?? snowflake() }, i + 1)),
      role(
        {
          id: botRoleId,
          name: this.botUser.username,
          permissions:
            PermissionFlagsBits.ViewChannel |
            PermissionFlagsBits.SendMessages |
            PermissionFlagsBits.EmbedLinks |
            PermissionFlagsBits.AttachFiles |
            PermissionFlagsBits.ReadMessageHistory |
            PermissionFlagsBits.UseExternalEmojis,
        },
        (cfg.roles?.length ?? 0) + 1,
        true,
      ),
    ];
    const channels = (cfg.channels ?? [{ name: 'general' }]).map(
      (c, position): APITextChannel | APINewsChannel => {
        const base = {
          id: c.id ?? snowflake(),
          guild_id: guildId,
          name: c.name,
          position,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          topic: c.topic ?? null,
          last_message_id: null,
          last_pin_timestamp: null,
          rate_limit_per_user: 0,
          default_auto_archive_duration: 1440 as const,
          flags: 0,
        };
        return c.type === ChannelType.GuildAnnouncement
          ? { ...base, type: ChannelType.GuildAnnouncement }
          : { ...base, type: ChannelType.GuildText };
      },
    );
    const joined = nowIso();
    const member = (user: APIUser, roleIds: string[] = [], nick: string | null = null): APIGuildMember => {
      this.users.set(user.id, user);
      return {
        user,
        nick,
        avatar: null,
        banner: null,
        roles: roleIds,
        joined_at: joined,
        premium_since: null,
        deaf: false,
        mute: false,
        flags: NO_MEMBER_FLAGS,
        pending: false,
        communication_disabled_until: null,
      };
    };
    const ownerId = cfg.ownerId ?? this.ownerUser.id;
    const members: APIGuildMember[] = [
      member(this.ownerUser),
      member(this.defaultUser),
      ...(cfg.members ?? []).map((m) => member(makeUser(m.user), m.roles ?? [], m.nick ?? null)),
      member(this.botUser, [botRoleId]),
    ];
    return {
      id: guildId,
      name: cfg.name ?? 'Fake Newsroom',
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles,
      emojis: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: channels[0]?.id ?? null,
      system_channel_flags: NO_SYSTEM_CHANNEL_FLAGS,
      rules_channel_id: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: GuildNSFWLevel.Default,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      joined_at: joined,
      large: false,
      unavailable: false,
      member_count: members.length,
      voice_states: [],
      members,
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ─────────── generic waiter ───────────

  private addWaiter<T>(
    set: Set<Waiter<T>>,
    test: (item: T) => boolean,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('fakeDiscord closed'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          set.delete(waiter);
          reject(new Error(describe()));
        }, timeoutMs),
      };
      set.add(waiter);
    });
  }

  private notify<T>(set: Set<Waiter<T>>, item: T): void {
    for (const w of [...set]) {
      if (w.test(item)) {
        clearTimeout(w.timer);
        set.delete(w);
        w.resolve(item);
      }
    }
  }

  // ─────────── HTTP ───────────

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const versionMatch = /^\/api\/v(\d+)(\/.*)?$/.exec(url.pathname);
    // Segments are percent-decoded: discord.js sends `@original` as `%40original`.
    const path = decodePath(versionMatch ? (versionMatch[2] ?? '/') : url.pathname);

    let body: unknown = null;
    let files: RecordedFile[] = [];
    let parseError: string | null = null;
    const contentType = req.headers['content-type'] ?? '';
    try {
      if (raw.length > 0 && contentType.startsWith('multipart/form-data')) {
        ({ body, files } = await parseMultipart(raw, contentType));
      } else if (raw.length > 0) {
        body = JSON.parse(raw.toString('utf8'));
      }
    } catch (err) {
      parseError = String(err);
    }

    const recorded: RecordedRequest = {
      index: -1,
      method,
      path,
      rawUrl: req.url ?? '/',
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: 0,
      fault: null,
      receivedAt,
    };

    let result: RouteResult;
    const fault = this.faults.find((f) => f.remaining > 0 && f.match(recorded));
    if (!versionMatch) {
      result = apiError(404, 0, '404: Not Found');
    } else if (versionMatch[1] !== API_VERSION) {
      result = apiError(400, 50041, `Invalid API version (fake speaks v${API_VERSION})`);
    } else if (parseError !== null) {
      result = apiError(400, 50109, 'The request body contains invalid JSON.');
    } else if (fault) {
      fault.remaining--;
      fault.hits.push(recorded);
      recorded.fault = fault.spec.kind;
      result = this.faultResult(fault.spec, recorded);
    } else {
      result = this.route(method, path, url.searchParams, body, files, req.headers.authorization);
    }

    recorded.status = result.status;
    const headers: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status === 200 && result.body === undefined ? 204 : result.status, headers);
      res.end();
    } else {
      headers['content-type'] = 'application/json';
      res.writeHead(result.status, headers);
      res.end(JSON.stringify(result.body));
    }
    recorded.index = this.requests.length;
    this.requests.push(recorded);
    this.notify(this.requestWaiters, recorded);
  }

  private faultResult(spec: FaultSpec, req: RecordedRequest): RouteResult {
    switch (spec.kind) {
      case 'rateLimit': {
        const retryAfter = spec.retryAfter ?? 0.2;
        const global = spec.global ?? false;
        const headers: Record<string, string> = {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': (Date.now() / 1000 + retryAfter).toFixed(3),
          'x-ratelimit-reset-after': retryAfter.toFixed(3),
          'x-ratelimit-bucket': `fake-${req.method}-${req.path.split('/')[1] ?? ''}`,
          'x-ratelimit-scope': spec.scope ?? (global ? 'global' : 'user'),
        };
        if (global) headers['x-ratelimit-global'] = 'true';
        return {
          status: 429,
          headers,
          body: { message: 'You are being rate limited.', retry_after: retryAfter, global, code: 0 },
        };
      }
      case 'serverError':
        return apiError(spec.status ?? 500, 0, `${spec.status ?? 500}: Internal Server Error`);
      case 'unknownInteraction': {
        const m = /^\/interactions\/([^/]+)\//.exec(req.path);
        const entry = m?.[1] ? this.interactions.get(m[1]) : undefined;
        if (entry) entry.expired = true;
        return apiError(404, 10062, 'Unknown interaction');
      }
      case 'error':
        return apiError(spec.status, spec.code, spec.message);
    }
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    files: RecordedFile[],
    authorization: string | undefined,
  ): RouteResult {
    let methodMismatch = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (!route.methods.includes(method)) {
        methodMismatch = true;
        continue;
      }
      if (route.auth && authorization !== `Bot ${this.token}`) {
        return apiError(401, 0, '401: Unauthorized');
      }
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v;
      return route.handle({ method, path, query, body, files, params });
    }
    return methodMismatch ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, '404: Not Found');
  }

  private buildRoutes(): Route[] {
    const p = (ctx: RouteContext, name: string): string => {
      const v = ctx.params[name];
      if (v === undefined) throw new Error(`missing route param ${name}`);
      return v;
    };
    const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
    const commandsRe = String.raw`^\/applications\/(?<appId>[^/]+)(?:\/guilds\/(?<guildId>[^/]+))?\/commands`;
    return [
      { methods: ['GET'], pattern: /^\/gateway$/, auth: false, handle: () => ok({ url: this.gatewayUrl }) },
      {
        methods: ['GET'],
        pattern: /^\/gateway\/bot$/,
        auth: true,
        handle: () => {
          const result: RESTGetAPIGatewayBotResult = {
            url: this.gatewayUrl,
            shards: 1,
            session_start_limit: { total: 1000, remaining: 1000 - this.statsData.identifies, reset_after: 86_400_000, max_concurrency: 1 },
          };
          return ok(result);
        },
      },
      { methods: ['GET'], pattern: /^\/users\/@me$/, auth: true, handle: () => ok(this.botUser) },
      {
        methods: ['GET'],
        pattern: /^\/users\/(?<userId>\d+)$/,
        auth: true,
        handle: (ctx) => {
          const user = this.users.get(p(ctx, 'userId'));
          return user ? ok(user) : apiError(404, 10013, 'Unknown User');
        },
      },
      {
        methods: ['GET', 'PUT', 'POST'],
        pattern: new RegExp(`${commandsRe}$`),
        auth: true,
        handle: (ctx) => this.handleCommands(ctx),
      },
      {
        methods: ['GET', 'PATCH', 'DELETE'],
        pattern: new RegExp(`${commandsRe}\\/(?<commandId>[^/]+)$`),
        auth: true,
        handle: (ctx) => this.handleCommand(ctx),
      },
      {
        methods: ['POST'],
        pattern: /^\/interactions\/(?<id>[^/]+)\/(?<token>[^/]+)\/callback$/,
        auth: false,
        handle: (ctx) => this.handleCallback(ctx, p(ctx, 'id'), p(ctx, 'token')),
      },
      {
        methods: ['POST'],
        pattern: /^\/webhooks\/(?<appId>[^/]+)\/(?<token>[^/]+)$/,
        auth: false,
        handle: (ctx) => this.handleFollowup(ctx, p(ctx, 'appId'), p(ctx, 'token')),
      },
      {
        methods: ['GET', 'PATCH', 'DELETE'],
        pattern: /^\/webhooks\/(?<appId>[^/]+)\/(?<token>[^/]+)\/messages\/(?<messageId>[^/]+)$/,
        auth: false,
        handle: (ctx) => this.handleWebhookMessage(ctx, p(ctx, 'appId'), p(ctx, 'token'), p(ctx, 'messageId')),
      },
      {
        methods: ['GET'],
        pattern: /^\/channels\/(?<channelId>\d+)$/,
        auth: true,
        handle: (ctx) => {
          const channel = this.guild.channels.find((c) => c.id === p(ctx, 'channelId'));
          return channel ? ok(channel) : apiError(404, 10003, 'Unknown Channel');
        },
      },
      {
        methods: ['POST'],
        pattern: /^\/channels\/(?<channelId>\d+)\/messages$/,
        auth: true,
        handle: (ctx) => this.handleChannelMessageCreate(ctx, p(ctx, 'channelId')),
      },
      {
        methods: ['GET', 'PATCH', 'DELETE'],
        pattern: /^\/channels\/(?<channelId>\d+)\/messages\/(?<messageId>\d+)$/,
        auth: true,
        handle: (ctx) => {
          const msg = this.messages.get(p(ctx, 'messageId'));
          if (!msg || msg.channel_id !== p(ctx, 'channelId')) return apiError(404, 10008, 'Unknown Message');
          return this.messageOp(ctx, msg);
        },
      },
      {
        methods: ['POST'],
        pattern: /^\/channels\/(?<channelId>\d+)\/typing$/,
        auth: true,
        handle: (ctx) =>
          this.guild.channels.some((c) => c.id === p(ctx, 'channelId'))
            ? { status: 204 }
            : apiError(404, 10003, 'Unknown Channel'),
      },
      {
        methods: ['GET'],
        pattern: /^\/guilds\/(?<guildId>\d+)$/,
        auth: true,
        handle: (ctx) => {
          if (p(ctx, 'guildId') !== this.guild.id) return apiError(404, 10004, 'Unknown Guild');
          const { members: _m, channels: _c, threads: _t, presences: _p, voice_states: _v, ...guild } = this.guild;
          return ok(guild);
        },
      },
      {
        methods: ['GET'],
        pattern: /^\/guilds\/(?<guildId>\d+)\/channels$/,
        auth: true,
        handle: (ctx) =>
          p(ctx, 'guildId') === this.guild.id ? ok(this.guild.channels) : apiError(404, 10004, 'Unknown Guild'),
      },
      {
        methods: ['GET'],
        pattern: /^\/guilds\/(?<guildId>\d+)\/members\/(?<userId>\d+)$/,
        auth: true,
        handle: (ctx) => {
          if (p(ctx, 'guildId') !== this.guild.id) return apiError(404, 10004, 'Unknown Guild');
          const member = this.findMember(p(ctx, 'userId'));
          return member ? ok(member) : apiError(404, 10007, 'Unknown Member');
        },
      },
    ];
  }

  // ─────────── REST handlers ───────────

  private handleCommands(ctx: RouteContext): RouteResult {
    if (ctx.params['appId'] !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    const guildId = ctx.params['guildId'];
    if (guildId !== undefined && guildId !== this.guild.id) return apiError(403, 50001, 'Missing Access');
    const key = guildId ?? 'global';
    const current = this.commands.get(key) ?? [];
    if (ctx.method === 'GET') return { status: 200, body: current };
    if (ctx.method === 'PUT') {
      if (!Array.isArray(ctx.body)) return apiError(400, 50035, 'Invalid Form Body');
      if (ctx.body.length > 100) return formError('_errors', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
      const next: APIApplicationCommand[] = [];
      for (const raw of ctx.body) {
        const err = validateCommand(raw);
        if (err) return err;
        const body = raw as RESTPostAPIApplicationCommandsJSONBody;
        const existing = current.find((c) => c.name === body.name && c.type === (body.type ?? ApplicationCommandType.ChatInput));
        next.push(this.toCommand(body, guildId, existing?.id));
      }
      this.commands.set(key, next);
      return { status: 200, body: next };
    }
    // POST = create or overwrite by name
    const err = validateCommand(ctx.body);
    if (err) return err;
    const body = ctx.body as RESTPostAPIApplicationCommandsJSONBody;
    const existing = current.find((c) => c.name === body.name);
    const cmd = this.toCommand(body, guildId, existing?.id);
    this.commands.set(key, [...current.filter((c) => c !== existing), cmd]);
    return { status: existing ? 200 : 201, body: cmd };
  }

  private handleCommand(ctx: RouteContext): RouteResult {
    if (ctx.params['appId'] !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    const key = ctx.params['guildId'] ?? 'global';
    const current = this.commands.get(key) ?? [];
    const cmd = current.find((c) => c.id === ctx.params['commandId']);
    if (!cmd) return apiError(404, 10063, 'Unknown application command');
    if (ctx.method === 'GET') return { status: 200, body: cmd };
    if (ctx.method === 'DELETE') {
      this.commands.set(key, current.filter((c) => c !== cmd));
      return { status: 204 };
    }
    if (!isRecord(ctx.body)) return apiError(400, 50035, 'Invalid Form Body');
    const merged = { ...cmd, ...ctx.body, id: cmd.id, application_id: cmd.application_id, version: snowflake() };
    const err = validateCommand(merged);
    if (err) return err;
    const updated = merged;
    this.commands.set(key, current.map((c) => (c === cmd ? updated : c)));
    return { status: 200, body: updated };
  }

  private toCommand(
    body: RESTPostAPIApplicationCommandsJSONBody,
    guildId: string | undefined,
    existingId: string | undefined,
  ): APIApplicationCommand {
    const description = 'description' in body && typeof body.description === 'string' ? body.description : '';
    const options = 'options' in body ? body.options : undefined;
    return {
      id: existingId ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: body.type ?? ApplicationCommandType.ChatInput,
      name: body.name,
      description,
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      ...(body.name_localizations ? { name_localizations: body.name_localizations } : {}),
      ...(options ? { options } : {}),
      ...(body.contexts ? { contexts: body.contexts } : {}),
      ...(body.integration_types ? { integration_types: body.integration_types } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  private handleCallback(ctx: RouteContext, id: string, token: string): RouteResult {
    const entry = this.interactions.get(id);
    if (!entry || entry.payload.token !== token || entry.expired) return apiError(404, 10062, 'Unknown interaction');
    if (this.callbackDeadlineMs !== undefined && Date.now() - entry.dispatchedAt > this.callbackDeadlineMs) {
      entry.expired = true;
      return apiError(404, 10062, 'Unknown interaction');
    }
    if (entry.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (!isRecord(ctx.body) || typeof ctx.body['type'] !== 'number') {
      return formError('type', 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    const response = ctx.body as unknown as APIInteractionResponse;
    const validTypes: number[] = [
      InteractionResponseType.Pong,
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
      InteractionResponseType.DeferredMessageUpdate,
      InteractionResponseType.UpdateMessage,
      InteractionResponseType.ApplicationCommandAutocompleteResult,
      InteractionResponseType.Modal,
      InteractionResponseType.PremiumRequired,
      InteractionResponseType.LaunchActivity,
    ];
    if (!validTypes.includes(response.type)) return formError('type', 'BASE_TYPE_CHOICES', 'Value must be one of valid choices.');
    const isAutocomplete = entry.payload.type === InteractionType.ApplicationCommandAutocomplete;
    if (isAutocomplete !== (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult)) {
      return apiError(400, 50035, 'Interaction response type is not valid for this interaction type');
    }

    let message: APIMessage | null = null;
    if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      const choices = response.data.choices ?? [];
      if (choices.length > 25) return formError('data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      for (const c of choices) {
        if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) {
          return formError('data.choices.name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
        if (typeof c.value === 'string' && c.value.length > 100) {
          return formError('data.choices.value', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
      }
    } else if (response.type === InteractionResponseType.ChannelMessageWithSource) {
      const data: MessageBody = isRecord(response.data) ? (response.data) : {};
      const err = validateMessageBody(data, ctx.files.length);
      if (err) return err;
      message = this.createInteractionMessage(entry, data, ctx.files, false);
    } else if (response.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      const data: MessageBody = isRecord(response.data) ? (response.data) : {};
      message = this.createInteractionMessage(entry, { flags: data.flags ?? 0 }, [], true);
    }
    entry.acknowledged = true;
    entry.callbackType = response.type;
    if (message) {
      entry.originalMessageId = message.id;
      entry.ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    }

    if (ctx.query.get('with_response') !== 'true') return { status: 204 };
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: entry.payload.id,
        type: entry.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: response.type === InteractionResponseType.DeferredChannelMessageWithSource,
              response_message_ephemeral: entry.ephemeral,
            }
          : {}),
      },
      ...(message ? { resource: { type: response.type, message } } : {}),
    };
    return { status: 200, body: result };
  }

  private handleFollowup(ctx: RouteContext, appId: string, token: string): RouteResult {
    const entry = this.interactionsByToken.get(token);
    if (appId !== this.applicationId || !entry || !entry.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const data: MessageBody = isRecord(ctx.body) ? (ctx.body) : {};
    const err = validateMessageBody(data, ctx.files.length);
    if (err) return err;
    const message = this.createInteractionMessage(entry, data, ctx.files, false);
    return ctx.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private handleWebhookMessage(ctx: RouteContext, appId: string, token: string, messageId: string): RouteResult {
    const entry = this.interactionsByToken.get(token);
    if (appId !== this.applicationId || !entry || !entry.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const id = messageId === '@original' ? entry.originalMessageId : messageId;
    const msg = id ? this.messages.get(id) : undefined;
    if (!msg || msg.webhook_id !== this.applicationId || msg.interaction_metadata?.id !== entry.payload.id) {
      return apiError(404, 10008, 'Unknown Message');
    }
    return this.messageOp(ctx, msg);
  }

  /** GET / PATCH / DELETE on an existing bot message. */
  private messageOp(ctx: RouteContext, msg: APIMessage): RouteResult {
    if (ctx.method === 'GET') return { status: 200, body: msg };
    if (ctx.method === 'DELETE') {
      this.messages.delete(msg.id);
      return { status: 204 };
    }
    const data: MessageBody = isRecord(ctx.body) ? (ctx.body) : {};
    const err = validateMessageBody(data, ctx.files.length, true);
    if (err) return err;
    const loading = ((msg.flags ?? 0) & MessageFlags.Loading) !== 0;
    const updated: APIMessage = {
      ...msg,
      ...(data.content !== undefined ? { content: data.content ?? '' } : {}),
      ...(data.embeds !== undefined ? { embeds: data.embeds ?? [] } : {}),
      ...(data.components !== undefined ? { components: data.components ?? [] } : {}),
      attachments: this.mergeAttachments(msg, data, ctx.files),
      flags: (msg.flags ?? 0) & ~MessageFlags.Loading,
      edited_timestamp: loading ? null : nowIso(),
    };
    if (updated.content === '' && updated.embeds.length === 0 && (updated.components?.length ?? 0) === 0 && updated.attachments.length === 0) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    this.messages.set(msg.id, updated);
    return { status: 200, body: updated };
  }

  private handleChannelMessageCreate(ctx: RouteContext, channelId: string): RouteResult {
    if (!this.guild.channels.some((c) => c.id === channelId)) return apiError(404, 10003, 'Unknown Channel');
    const data: MessageBody = isRecord(ctx.body) ? (ctx.body) : {};
    const err = validateMessageBody(data, ctx.files.length);
    if (err) return err;
    const ref = data.message_reference;
    let referenced: APIMessage | null | undefined;
    if (ref?.message_id) {
      referenced = this.messages.get(ref.message_id) ?? null;
    }
    const id = snowflake();
    const message: APIMessage = {
      ...this.baseMessage(id, channelId, data, ctx.files),
      author: this.botUser,
      type: ref?.message_id ? MessageType.Reply : MessageType.Default,
      ...(ref?.message_id
        ? {
            message_reference: { message_id: ref.message_id, channel_id: ref.channel_id ?? channelId, guild_id: this.guild.id },
            referenced_message: referenced ?? null,
          }
        : {}),
    };
    this.messages.set(id, message);
    return { status: 200, body: message };
  }

  private createInteractionMessage(entry: InteractionEntry, data: MessageBody, files: RecordedFile[], loading: boolean): APIMessage {
    const id = snowflake();
    const channelId = entry.channelId ?? this.defaultChannelId;
    const invoker = entry.payload.member?.user ?? entry.payload.user ?? this.defaultUser;
    const base = this.baseMessage(id, channelId, data, files);
    const message: APIMessage = {
      ...base,
      author: this.botUser,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      type: MessageType.ChatInputCommand,
      flags: (base.flags ?? 0) | (loading ? MessageFlags.Loading : 0),
      interaction_metadata: {
        id: entry.payload.id,
        type: InteractionType.ApplicationCommand,
        user: invoker,
        authorizing_integration_owners: entry.payload.authorizing_integration_owners,
      },
    };
    this.messages.set(id, message);
    return message;
  }

  private baseMessage(id: string, channelId: string, data: MessageBody, files: RecordedFile[]): Omit<APIMessage, 'author' | 'type'> {
    return {
      id,
      channel_id: channelId,
      content: data.content ?? '',
      timestamp: nowIso(),
      edited_timestamp: null,
      tts: data.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.mergeAttachments(null, data, files, channelId),
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      flags: data.flags ?? 0,
    };
  }

  private mergeAttachments(existing: APIMessage | null, data: MessageBody, files: RecordedFile[], channelId?: string): APIAttachment[] {
    const kept: APIAttachment[] = [];
    if (existing) {
      if (data.attachments === undefined) kept.push(...existing.attachments);
      else {
        const keepIds = new Set(data.attachments.map((a) => String(a.id)));
        kept.push(...existing.attachments.filter((a) => keepIds.has(a.id)));
      }
    }
    const port = new URL(this.restApi).port;
    for (const f of files) {
      const id = snowflake();
      const url = `http://127.0.0.1:${port}/cdn/attachments/${channelId ?? existing?.channel_id ?? '0'}/${id}/${encodeURIComponent(f.filename)}`;
      kept.push({ id, filename: f.filename, size: f.data.length, url, proxy_url: url, content_type: f.contentType });
    }
    return kept;
  }

  // ─────────── gateway internals ───────────

  private registerInteraction(payload: APIInteraction): void {
    const entry: InteractionEntry = {
      payload,
      channelId: payload.channel?.id ?? payload.channel_id ?? null,
      dispatchedAt: Date.now(),
      acknowledged: false,
      callbackType: null,
      expired: false,
      originalMessageId: null,
      ephemeral: false,
    };
    this.interactions.set(payload.id, entry);
    this.interactionsByToken.set(payload.token, entry);
  }

  private applyMessageContentIntent(msg: GatewayMessageCreateDispatchData): GatewayMessageCreateDispatchData {
    const intents = this.session?.intents ?? 0;
    if (!this.simulateMessageContentIntent || (intents & GatewayIntentBits.MessageContent) !== 0) return msg;
    const mentionsBot = msg.mentions.some((u) => u.id === this.botUser.id);
    if (mentionsBot || !msg.guild_id || msg.author.id === this.botUser.id) return msg;
    return { ...msg, content: '', embeds: [], attachments: [], components: [] };
  }

  private openConns(): GatewayConnection[] {
    return [...this.conns].filter((c) => c.ws.readyState === WebSocket.OPEN);
  }

  private recordGateway(kind: GatewayEventKind, data: unknown): void {
    const statKey: Record<GatewayEventKind, Exclude<keyof GatewayStats, 'replayed'>> = {
      connection: 'connections',
      identify: 'identifies',
      resume: 'resumes',
      ready: 'readies',
      resumed: 'resumed',
      established: 'established',
      heartbeat: 'heartbeats',
      invalidSession: 'invalidSessions',
      close: 'closes',
    };
    this.statsData[statKey[kind]]++;
    const rec: GatewayEventRecord = { kind, data };
    this.gatewayEvents.push(rec);
    this.notify(this.gatewayWaiters, rec);
    if (kind === 'ready' || kind === 'resumed') this.recordGateway('established', data);
  }

  private onGatewayConnection(ws: WebSocket, url: URL): void {
    const info: GatewayConnectionInfo = { path: url.pathname, query: url.searchParams, open: true, closeCode: null };
    const conn: GatewayConnection = {
      ws,
      info,
      session: null,
      deflate: null,
      deflateChunks: [],
      identifyCompress: false,
      sendChain: Promise.resolve(),
    };
    this.connections.push(info);
    this.conns.add(conn);
    this.recordGateway('connection', info);

    ws.on('close', (code: number) => {
      info.open = false;
      info.closeCode = code;
      conn.deflate?.close();
      this.conns.delete(conn);
      this.recordGateway('close', code);
    });
    ws.on('error', () => {
      /* ignore: the close handler does the bookkeeping */
    });
    ws.on('message', (data: RawData) => this.onGatewayMessage(conn, rawToString(data)));

    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== API_VERSION) {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      ws.close(GatewayCloseCodes.DecodeError, 'fakeDiscord only speaks encoding=json');
      return;
    }
    if (url.searchParams.get('compress') === 'zlib-stream') {
      conn.deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
      conn.deflate.on('data', (chunk: Buffer) => conn.deflateChunks.push(chunk));
    }
    this.sendRaw(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private onGatewayMessage(conn: GatewayConnection, text: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (!isRecord(payload) || typeof payload['op'] !== 'number') {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.recordGateway('heartbeat', d);
        if (this.ackHeartbeats) this.sendRaw(conn, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(conn, d);
        return;
      default:
        break;
    }
    if (!conn.session) {
      conn.ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
      return;
    }
    switch (op) {
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        return;
      case GatewayOpcodes.RequestGuildMembers:
        this.onRequestGuildMembers(conn.session, d as GatewayRequestGuildMembersData);
        return;
      default:
        conn.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: GatewayConnection, d: unknown): void {
    if (conn.session) {
      conn.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!isRecord(d) || typeof d['token'] !== 'string' || typeof d['intents'] !== 'number') {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const identify = d as unknown as GatewayIdentifyData;
    this.identifies.push(identify);
    this.recordGateway('identify', identify);
    if (identify.token !== this.token) {
      conn.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const shard = identify.shard;
    if (shard && (shard[0] !== 0 || shard[1] !== 1)) {
      conn.ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    if ((identify.intents & ~0x3ffffff) !== 0) {
      conn.ws.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if ((identify.intents & PRIVILEGED_INTENTS & ~this.allowedPrivilegedIntents) !== 0) {
      conn.ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    conn.identifyCompress = identify.compress === true && conn.deflate === null;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, backlog: [], intents: identify.intents };
    this.session = session;
    conn.session = session;
    const ready: GatewayReadyDispatchData = {
      v: Number(API_VERSION),
      user: this.botUser,
      guilds: [{ id: this.guild.id, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.resumeGatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: NO_APPLICATION_FLAGS, flags_new: '0' },
    };
    this.pushDispatch(session, GatewayDispatchEvents.Ready, ready);
    this.recordGateway('ready', ready);
    // READY lists the guild as unavailable; discord.js waits for this GUILD_CREATE before emitting clientReady.
    this.pushDispatch(session, GatewayDispatchEvents.GuildCreate, this.guild);
  }

  private onResume(conn: GatewayConnection, d: unknown): void {
    if (conn.session) {
      conn.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!isRecord(d) || typeof d['token'] !== 'string' || typeof d['session_id'] !== 'string') {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const resume = d as unknown as GatewayResumeData;
    this.recordGateway('resume', resume);
    if (resume.token !== this.token) {
      conn.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = this.session;
    if (!session || session.id !== resume.session_id || resume.seq > session.seq) {
      this.sendRaw(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      this.recordGateway('invalidSession', false);
      return;
    }
    // Detach the session from any older connection, replay what was missed, then RESUMED.
    for (const other of this.conns) if (other !== conn && other.session === session) other.session = null;
    conn.session = session;
    for (const ev of session.backlog) {
      if (ev.s <= resume.seq) continue;
      this.statsData.replayed++;
      this.sendRaw(conn, { op: GatewayOpcodes.Dispatch, t: ev.t, s: ev.s, d: ev.d });
    }
    this.pushDispatch(session, GatewayDispatchEvents.Resumed, {});
    this.recordGateway('resumed', resume);
  }

  private onRequestGuildMembers(session: Session, d: GatewayRequestGuildMembersData): void {
    if (d.guild_id !== this.guild.id) return;
    let members = this.guild.members;
    if ('user_ids' in d) {
      const ids = Array.isArray(d.user_ids) ? d.user_ids : [d.user_ids];
      members = members.filter((m) => ids.includes(m.user.id));
    } else {
      const q = d.query.toLowerCase();
      members = members.filter((m) => m.user.username.toLowerCase().startsWith(q));
      if (d.limit > 0) members = members.slice(0, d.limit);
    }
    const chunk: GatewayGuildMembersChunkDispatchData = {
      guild_id: this.guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    };
    this.pushDispatch(session, GatewayDispatchEvents.GuildMembersChunk, chunk);
  }

  /** Assigns the next sequence number, keeps it for resume replay, sends it if the session is connected. */
  private pushDispatch(session: Session, t: string, d: unknown): number {
    const s = ++session.seq;
    session.backlog.push({ s, t, d });
    if (session.backlog.length > 1000) session.backlog.shift();
    for (const conn of this.conns) {
      if (conn.session === session) this.sendRaw(conn, { op: GatewayOpcodes.Dispatch, t, s, d });
    }
    return s;
  }

  private sendRaw(conn: GatewayConnection, payload: { op: GatewayOpcodes; d?: unknown; s?: number | null; t?: string | null }): void {
    const json = JSON.stringify({ t: null, s: null, ...payload });
    const ws = conn.ws;
    if (ws.readyState !== WebSocket.OPEN) return;
    const deflate = conn.deflate;
    if (deflate) {
      conn.sendChain = conn.sendChain.then(
        () =>
          new Promise<void>((resolve) => {
            deflate.write(json);
            deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
              const out = Buffer.concat(conn.deflateChunks);
              conn.deflateChunks = [];
              if (ws.readyState === WebSocket.OPEN) ws.send(out);
              resolve();
            });
          }),
      );
    } else if (conn.identifyCompress) {
      ws.send(deflateSync(json));
    } else {
      ws.send(json);
    }
  }
}

// ───────────────────────────── helpers ─────────────────────────────

function decodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    })
    .join('/');
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: unknown = null;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({
        field,
        filename: value.name,
        contentType: value.type || 'application/octet-stream',
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
  }
  return { body, files };
}

function validateMessageBody(data: MessageBody, fileCount: number, isEdit = false): RouteResult | null {
  if (data.content !== undefined && data.content !== null) {
    if (typeof data.content !== 'string') return formError('content', 'STRING_TYPE_CONVERT', 'Could not interpret as string.');
    if (codePointLength(data.content) > MAX_CONTENT_LENGTH) {
      return formError('content', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTENT_LENGTH} or fewer in length.`);
    }
  }
  if (data.embeds && data.embeds.length > 10) return formError('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  for (const embed of data.embeds ?? []) {
    if ((embed.description?.length ?? 0) > 4096) {
      return formError('embeds.description', 'BASE_TYPE_MAX_LENGTH', 'Must be 4096 or fewer in length.');
    }
    if ((embed.title?.length ?? 0) > 256) return formError('embeds.title', 'BASE_TYPE_MAX_LENGTH', 'Must be 256 or fewer in length.');
  }
  if (isEdit) return null;
  const hasContent = typeof data.content === 'string' && data.content.length > 0;
  const hasOther =
    (data.embeds?.length ?? 0) > 0 ||
    (data.components?.length ?? 0) > 0 ||
    (data.sticker_ids?.length ?? 0) > 0 ||
    data.poll !== undefined ||
    fileCount > 0;
  if (!hasContent && !hasOther) return apiError(400, 50006, 'Cannot send an empty message');
  return null;
}

const COMMAND_NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommand(raw: unknown): RouteResult | null {
  if (!isRecord(raw)) return apiError(400, 50035, 'Invalid Form Body');
  const type = raw['type'] ?? ApplicationCommandType.ChatInput;
  const name = raw['name'];
  if (typeof name !== 'string' || name.length === 0) return formError('name', 'BASE_TYPE_REQUIRED', 'This field is required');
  if (type === ApplicationCommandType.ChatInput) {
    if (!COMMAND_NAME_RE.test(name) || name !== name.toLowerCase()) {
      return formError('name', 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = raw['description'];
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      return formError('description', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const options = raw['options'];
    if (options !== undefined) {
      if (!Array.isArray(options) || options.length > 25) {
        return formError('options', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
      for (const opt of options) {
        if (!isRecord(opt) || typeof opt['name'] !== 'string' || !COMMAND_NAME_RE.test(opt['name'])) {
          return formError('options.name', 'APPLICATION_COMMAND_INVALID_NAME', 'Option name is invalid');
        }
        const d = opt['description'];
        if (typeof d !== 'string' || d.length < 1 || d.length > 100) {
          return formError('options.description', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
        const choices = opt['choices'];
        if (Array.isArray(choices) && choices.length > 25) {
          return formError('options.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        }
      }
    }
  } else if (name.length > 32) {
    return formError('name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  }
  return null;
}

/**
 * A no-op identify throttler for `new Client({ ws: { buildIdentifyThrottler: noIdentifyThrottle } })`.
 * @discordjs/ws's default SimpleIdentifyThrottler sleeps 5 s (+ up to 1.5 s jitter) between two
 * IDENTIFYs, which makes re-identify tests slow; the fake has no identify rate limit.
 */
export function noIdentifyThrottle(): { waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> } {
  return { waitForIdentify: () => Promise.resolve() };
}

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startFakeDiscord(options: StartFakeDiscordOptions): Promise<FakeDiscord> {
  const server = createServer();
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return new FakeDiscord(server, port, options);
}
