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
 * The parts, by concern (tests/helpers/fakeDiscord/):
 *   rest.ts, routes.ts, validation.ts  REST: recording, faults (429 with Retry-After, 5xx, expired
 *                                      interactions, any error), and the routes the bot uses, with
 *                                      Discord's validation (2000 code points, 10 embeds, 25 choices,
 *                                      command names, double acknowledge 40060, unknown webhook 10015).
 *   gateway.ts                         HELLO/IDENTIFY/READY, heartbeats, RESUME with replay, closes;
 *                                      one session per shard, each guild's events over its shard.
 *   guild.ts, builders.ts              The guilds, their members and permissions; interaction and message payloads.
 *   state.ts                           Registered commands, interactions, messages the bot created.
 *
 * DISCORD.JS QUIRKS THIS FAKE RELIES ON
 *   - The gateway URL is discovered via REST `GET /gateway/bot`, so only `rest.api` needs pointing
 *     at the fake. After READY the client reconnects to `resume_gateway_url` for resumes.
 *   - `rest.api` must be the base WITHOUT the version (`http://127.0.0.1:PORT/api`); @discordjs/rest
 *     appends `/v10`. Interaction callbacks and webhook routes are sent without Authorization.
 *   - @discordjs/ws waits 5 s between IDENTIFYs; tests that force a re-identify should pass
 *     `ws: { buildIdentifyThrottler: noIdentifyThrottle }` (exported below).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  GatewayDispatchEvents,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  type GatewayDispatchEvents as DispatchEvent,
  type GatewayGuildCreateDispatchData,
  type GatewayIdentifyData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  type RESTPostAPIInteractionCallbackJSONBody,
} from 'discord.js';
import { PayloadBuilders } from './fakeDiscord/builders.ts';
import { FakeGateway, PRIVILEGED_INTENTS, type DispatchData } from './fakeDiscord/gateway.ts';
import { FakeGuild } from './fakeDiscord/guild.ts';
import { FakeRest } from './fakeDiscord/rest.ts';
import { Routes } from './fakeDiscord/routes.ts';
import { FakeState } from './fakeDiscord/state.ts';
import type {
  AutocompleteInteractionOptions,
  ChatInputInteractionOptions,
  FaultHandle,
  FaultSpec,
  GatewayConnectionInfo,
  GatewayEventKind,
  GatewayEventRecord,
  GatewayStats,
  MessageCreateOptions,
  RecordedRequest,
  RequestPredicate,
  StartFakeDiscordOptions,
} from './fakeDiscord/types.ts';
import { guildIdOnShard, makeUser, shardOf, snowflake } from './fakeDiscord/util.ts';

export type * from './fakeDiscord/types.ts';
export { guildIdOnShard, shardOf, snowflake };

type WaitOptions = { count?: number; timeoutMs?: number };

export class FakeDiscord {
  /** Base URL for discord.js `rest: { api }` (no version suffix). */
  readonly restApi: string;
  /** Gateway URL returned by GET /gateway/bot. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The first guild's GUILD_CREATE payload, sent after READY. */
  readonly guild: GatewayGuildCreateDispatchData;
  /** Every guild's GUILD_CREATE payload: `guild`, then `extraGuilds`. */
  readonly guilds: readonly GatewayGuildCreateDispatchData[];
  readonly defaultChannelId: string;
  /** A regular (non-owner, no roles) human member used as the default actor in builders. */
  readonly defaultUser: APIUser;
  readonly ownerUser: APIUser;

  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly state: FakeState;
  private readonly rest: FakeRest;
  private readonly gateway: FakeGateway;
  private readonly builders: PayloadBuilders;
  private closed = false;

  /** Use `startFakeDiscord()`. */
  constructor(server: Server, port: number, options: StartFakeDiscordOptions) {
    this.server = server;
    const origin = `http://127.0.0.1:${port}`;
    this.restApi = `${origin}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.token = options.token;
    this.applicationId = options.applicationId ?? options.botUser?.id ?? snowflake();
    this.botUser = makeUser({ username: 'newsdesk-bot', ...options.botUser, id: options.botUser?.id ?? this.applicationId, bot: true });
    const community = new FakeGuild(this.botUser, options.guild ?? {});
    ({ guild: this.guild, defaultChannelId: this.defaultChannelId, defaultUser: this.defaultUser, ownerUser: this.ownerUser } = community);
    const guilds = [community, ...(options.extraGuilds ?? []).map((config) => new FakeGuild(this.botUser, config))];
    this.guilds = guilds.map((g) => g.guild);

    this.state = new FakeState(this.applicationId, guilds, origin);
    this.builders = new PayloadBuilders(this.state);
    this.gateway = new FakeGateway(this.state, {
      token: options.token,
      resumeGatewayUrl: `ws://127.0.0.1:${port}/gateway-resume`,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS,
    });
    const routes = new Routes(this.state, {
      token: options.token,
      gatewayUrl: this.gatewayUrl,
      callbackDeadlineMs: options.callbackDeadlineMs,
      recommendedShards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      identifies: () => this.gateway.stats.identifies,
    });
    this.rest = new FakeRest(routes, this.state);

    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.rest.handle(req, res).catch((err: unknown) => {
        if (res.headersSent) return;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fakeDiscord internal error: ${String(err)}`, code: 0 }));
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.gateway.upgrade(req, socket, head));
  }

  // ─────────── REST: what the bot sent ───────────

  /** Every REST request, in arrival order. */
  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }

  /** Current length of `requests`; pass it as `since` to only match later requests. */
  mark(): number {
    return this.rest.requests.length;
  }

  /** The first request (at index >= `since`, default 0) matching `predicate`; rejects after `timeoutMs`. */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5_000, since = 0): Promise<RecordedRequest> {
    return this.rest.waitForRequest(predicate, timeoutMs, since);
  }

  /** All requests made with an interaction token (callback + webhook follow-ups, edits and deletes). */
  requestsForInteraction(token: string): RecordedRequest[] {
    return this.rest.requests.filter((r) => r.path.split('/').includes(token));
  }

  /** Waits for a request made with this interaction token, optionally matching `predicate`. */
  waitForInteractionRequest(token: string, predicate: RequestPredicate = () => true, timeoutMs = 5_000, since = 0): Promise<RecordedRequest> {
    return this.rest.waitForRequest((r) => r.path.split('/').includes(token) && predicate(r), timeoutMs, since);
  }

  /** Application commands currently registered (global when guildId is omitted). */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return [...(this.state.commands.get(guildId ?? 'global') ?? [])];
  }

  /** Bot-created messages in a channel, oldest first. */
  channelMessages(channelId: string = this.defaultChannelId): APIMessage[] {
    return [...this.state.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** The current @original response of an interaction (after a type 4/5 callback). */
  originalResponse(token: string): APIMessage | undefined {
    const id = this.state.interactionByToken(token)?.originalMessageId;
    return id ? this.state.messages.get(id) : undefined;
  }

  // ─────────── REST: faults ───────────

  /** The next `times` requests matching `match` are answered according to `spec` instead of normally. */
  injectFault(match: RequestPredicate, spec: FaultSpec, times = 1): FaultHandle {
    return this.rest.injectFault(match, spec, times);
  }

  /** 429 the next `times` matching requests with `retry_after` seconds (default 0.2). */
  rateLimitNext(match: RequestPredicate, opts: { times?: number; retryAfter?: number } = {}): FaultHandle {
    return this.rest.injectFault(match, { kind: 'rateLimit', retryAfter: opts.retryAfter ?? 0.2 }, opts.times ?? 1);
  }

  /** Answer the next `times` matching requests with a 5xx (default 500). */
  failNext(match: RequestPredicate, opts: { times?: number; status?: number } = {}): FaultHandle {
    return this.rest.injectFault(match, { kind: 'serverError', status: opts.status ?? 500 }, opts.times ?? 1);
  }

  /**
   * Make the next interaction callback (for the given interaction id or token, or any interaction)
   * fail with 404 code 10062 "Unknown interaction", as if the 3 s token had expired. The interaction
   * stays expired: further callbacks get 10062 and follow-ups 10015 (never acknowledged).
   */
  expireInteraction(idOrToken?: string): FaultHandle {
    return this.rest.injectFault(
      (r) => {
        const m = /^\/interactions\/([^/]+)\/([^/]+)\/callback$/.exec(r.path);
        return m !== null && (idOrToken === undefined || m[1] === idOrToken || m[2] === idOrToken);
      },
      { kind: 'unknownInteraction' },
    );
  }

  // ─────────── gateway ───────────

  get stats(): Readonly<GatewayStats> {
    return { ...this.gateway.stats };
  }

  /** Gateway connections in order (incl. closed ones). */
  get connections(): GatewayConnectionInfo[] {
    return this.gateway.connections;
  }

  /** Sends a dispatch (op 0) over the shard serving its guild. Returns its sequence number, or null if that shard has no session. */
  dispatch<E extends DispatchEvent>(event: E, data: DispatchData<E>): number | null {
    return this.gateway.dispatch(event, data);
  }

  /**
   * Closes the bot's gateway connection(s) with `code` (default 4000 → discord.js resumes).
   * Code 1006 terminates the TCP connection without a close frame (abnormal closure).
   * `invalidateSession: true` forgets the session so a RESUME gets op 9 and the bot re-identifies.
   */
  closeSocket(code = 4000, opts: { reason?: string; invalidateSession?: boolean } = {}): void {
    this.gateway.closeSocket(code, opts);
  }

  /** Stop/start answering heartbeats (to simulate a zombie connection). */
  setAckHeartbeats(ack: boolean): void {
    this.gateway.setAckHeartbeats(ack);
  }

  /** Resolves with the latest IDENTIFY once at least `count` (default 1) have been received. */
  async waitForIdentify(opts: WaitOptions = {}): Promise<GatewayIdentifyData> {
    return (await this.gateway.waitFor('identify', opts.count ?? 1, opts.timeoutMs)).data as GatewayIdentifyData;
  }

  /** Resolves with the latest READY data once at least `count` (default 1) have been sent. */
  async waitForReady(opts: WaitOptions = {}): Promise<GatewayReadyDispatchData> {
    return (await this.gateway.waitFor('ready', opts.count ?? 1, opts.timeoutMs)).data as GatewayReadyDispatchData;
  }

  /** Resolves once at least `count` (default 1) RESUMED have been sent. */
  async waitForResumed(opts: WaitOptions = {}): Promise<void> {
    await this.gateway.waitFor('resumed', opts.count ?? 1, opts.timeoutMs);
  }

  /** Resolves once READY or RESUMED has been sent at least `count` times in total (any reconnect). */
  async waitForEstablished(opts: WaitOptions = {}): Promise<void> {
    await this.gateway.waitFor('established', opts.count ?? 1, opts.timeoutMs);
  }

  /** Generic gateway waiter: resolves with the `count`-th event of `kind` (1-based). */
  waitForGateway(kind: GatewayEventKind, count = 1, timeoutMs = 5_000): Promise<GatewayEventRecord> {
    return this.gateway.waitFor(kind, count, timeoutMs);
  }

  // ─────────── payloads ───────────

  /** A full APPLICATION_COMMAND (type 2) chat-input interaction payload. */
  chatInputInteraction(opts: ChatInputInteractionOptions): APIChatInputApplicationCommandInteraction {
    return this.builders.chatInputInteraction(opts);
  }

  /** An APPLICATION_COMMAND_AUTOCOMPLETE (type 4) payload with one focused option. */
  autocompleteInteraction(opts: AutocompleteInteractionOptions): APIApplicationCommandAutocompleteInteraction {
    return this.builders.autocompleteInteraction(opts);
  }

  /** A MESSAGE_CREATE payload from a human member in a guild text channel. */
  messageCreate(opts: MessageCreateOptions): GatewayMessageCreateDispatchData {
    return this.builders.messageCreate(opts);
  }

  /** Dispatches a MESSAGE_CREATE built by `messageCreate(opts)` and returns the (unstripped) message. */
  sendMessage(opts: MessageCreateOptions): GatewayMessageCreateDispatchData {
    const msg = this.builders.messageCreate(opts);
    this.gateway.dispatch(GatewayDispatchEvents.MessageCreate, msg);
    return msg;
  }

  /**
   * Dispatches an INTERACTION_CREATE and resolves with the bot's callback request
   * (`POST /interactions/:id/:token/callback`). Later requests: `requestsForInteraction(token)`.
   */
  async interact(payload: APIInteraction, timeoutMs = 5_000): Promise<RecordedRequest<RESTPostAPIInteractionCallbackJSONBody>> {
    const since = this.mark();
    if (this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload) === null) {
      throw new Error('fakeDiscord.interact: no gateway session (is the client logged in?)');
    }
    const req = await this.rest.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`, timeoutMs, since);
    return req as RecordedRequest<RESTPostAPIInteractionCallbackJSONBody>;
  }

  /** Stops everything: rejects pending waiters, terminates sockets, closes the servers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.rest.close();
    await this.gateway.close();
    const serverClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await serverClosed;
  }
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
