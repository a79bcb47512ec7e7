/**
 * The gateway over `ws` (path /gateway, resumes on /gateway-resume), plain JSON frames only:
 * HELLO → IDENTIFY (token, shard and intents checked) → READY + GUILD_CREATE; heartbeat ACKs;
 * RESUME replays the dispatches the bot missed, then RESUMED (an unknown session gets op 9).
 * Sharded like Discord: one session per `shard: [id, count]` of the IDENTIFY, each told only of
 * the guilds with `(guild_id >> 22) % count === id`, and a guild's events (interactions,
 * messages) go over its shard's session only; events without a guild (DMs) go to shard 0.
 * Like Discord, MESSAGE_CREATE content is blanked when the bot lacks the MessageContent intent
 * and is not mentioned.
 *
 * discord.js only asks for `compress=zlib-stream` when the optional zlib-sync package is
 * installed; it is not here, so the fake refuses compression rather than emulate it.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type APIInteraction,
  type ApplicationFlags,
  type GatewayDispatchPayload,
  type GatewayIdentifyData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  type GatewayResumeData,
} from 'discord.js';
import type { FakeState } from './state.ts';
import type { GatewayConnectionInfo, GatewayEventKind, GatewayEventRecord, GatewayStats } from './types.ts';
import { API_VERSION, isRecord, shardOf, Waiters } from './util.ts';

export type DispatchData<E extends GatewayDispatchEvents> = Extract<GatewayDispatchPayload, { t: E }>['d'];

export const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const NO_APPLICATION_FLAGS = 0 as ApplicationFlags;

interface Session {
  id: string;
  seq: number;
  backlog: Array<{ s: number; t: string; d: unknown }>;
  intents: number;
  /** `[shard_id, num_shards]` from the IDENTIFY ([0, 1] when it named none). */
  shard: [number, number];
}

interface Connection {
  ws: WebSocket;
  info: GatewayConnectionInfo;
  session: Session | null;
}

export interface GatewaySettings {
  token: string;
  resumeGatewayUrl: string;
  heartbeatIntervalMs: number;
  allowedPrivilegedIntents: number;
}

const STAT_OF: Record<GatewayEventKind, Exclude<keyof GatewayStats, 'replayed'>> = {
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

export class FakeGateway {
  /** Connections in order (incl. closed ones). */
  readonly connections: GatewayConnectionInfo[] = [];
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, readies: 0, resumed: 0, established: 0, heartbeats: 0, invalidSessions: 0, closes: 0, replayed: 0 };
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly conns = new Set<Connection>();
  private readonly events: GatewayEventRecord[] = [];
  private readonly waiters = new Waiters<GatewayEventRecord>();
  /** The live session of each shard id. */
  private readonly sessions = new Map<number, Session>();
  private ackHeartbeats = true;

  constructor(
    private readonly state: FakeState,
    private readonly settings: GatewaySettings,
  ) {}

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway-resume') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  async close(): Promise<void> {
    this.waiters.close();
    for (const conn of this.conns) conn.ws.terminate();
    this.conns.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /**
   * Sends a dispatch (op 0) to the shard that serves its guild. Returns its sequence number, or
   * null if that shard has no session.
   */
  dispatch<E extends GatewayDispatchEvents>(event: E, data: DispatchData<E>): number | null {
    const session = this.sessionFor(guildIdOf(event, data));
    let payloadData: unknown = data;
    if (event === GatewayDispatchEvents.InteractionCreate) this.state.registerInteraction(data as APIInteraction);
    else if (event === GatewayDispatchEvents.MessageCreate) payloadData = this.applyMessageContentIntent(session, data as GatewayMessageCreateDispatchData);
    return session ? this.pushDispatch(session, event, payloadData) : null;
  }

  /** The session of the shard serving this guild (shard 0 for events without one, as Discord sends DMs). */
  private sessionFor(guildId: string | null): Session | null {
    for (const session of this.sessions.values()) {
      const [id, count] = session.shard;
      if (guildId === null ? id === 0 : shardOf(guildId, count) === id) return session;
    }
    return null;
  }

  /**
   * Closes the bot's connection(s) with `code` (4000 → discord.js resumes); 1006 terminates the TCP
   * connection without a close frame. `invalidateSession` forgets the session, so a RESUME gets op 9.
   */
  closeSocket(code = 4000, opts: { reason?: string; invalidateSession?: boolean } = {}): void {
    if (opts.invalidateSession) this.sessions.clear();
    for (const conn of this.conns) {
      if (conn.ws.readyState !== WebSocket.OPEN) continue;
      if (code === 1006) conn.ws.terminate();
      else conn.ws.close(code, opts.reason ?? 'fakeDiscord closeSocket');
    }
  }

  setAckHeartbeats(ack: boolean): void {
    this.ackHeartbeats = ack;
  }

  /** Resolves with the `count`-th event of `kind` (1-based), waiting up to `timeoutMs`. */
  waitFor(kind: GatewayEventKind, count = 1, timeoutMs = 5_000): Promise<GatewayEventRecord> {
    const matches = this.events.filter((e) => e.kind === kind);
    const hit = matches[count - 1];
    if (hit) return Promise.resolve(hit);
    let seen = matches.length;
    return this.waiters.add(
      (e) => e.kind === kind && ++seen >= count,
      timeoutMs,
      () => `fakeDiscord: gateway event "${kind}" #${count} not seen within ${timeoutMs}ms (stats ${JSON.stringify(this.stats)})`,
    );
  }

  private record(kind: GatewayEventKind, data: unknown): void {
    this.stats[STAT_OF[kind]]++;
    const rec: GatewayEventRecord = { kind, data };
    this.events.push(rec);
    this.waiters.notify(rec);
    if (kind === 'ready' || kind === 'resumed') this.record('established', data);
  }

  private onConnection(ws: WebSocket, url: URL): void {
    const info: GatewayConnectionInfo = { path: url.pathname, query: url.searchParams, open: true, closeCode: null, shard: null };
    const conn: Connection = { ws, info, session: null };
    this.connections.push(info);
    this.conns.add(conn);
    this.record('connection', info);
    ws.on('close', (code: number) => {
      info.open = false;
      info.closeCode = code;
      this.conns.delete(conn);
      this.record('close', code);
    });
    ws.on('error', () => {
      /* ignore: the close handler does the bookkeeping */
    });
    ws.on('message', (data: RawData) => this.onMessage(conn, rawToString(data)));

    if (url.searchParams.get('v') !== API_VERSION) ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
    else if ((url.searchParams.get('encoding') ?? 'json') !== 'json') ws.close(GatewayCloseCodes.DecodeError, 'fakeDiscord only speaks encoding=json');
    else if (url.searchParams.has('compress')) ws.close(GatewayCloseCodes.DecodeError, 'fakeDiscord does not compress (is zlib-sync installed?)');
    else this.send(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.settings.heartbeatIntervalMs } });
  }

  private onMessage(conn: Connection, text: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
    if (!isRecord(payload) || typeof payload['op'] !== 'number') {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    if (op === GatewayOpcodes.Heartbeat) {
      this.record('heartbeat', d);
      if (this.ackHeartbeats) this.send(conn, { op: GatewayOpcodes.HeartbeatAck });
    } else if (op === GatewayOpcodes.Identify) this.onIdentify(conn, d);
    else if (op === GatewayOpcodes.Resume) this.onResume(conn, d);
    else if (!conn.session) conn.ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
    else if (op === GatewayOpcodes.PresenceUpdate || op === GatewayOpcodes.VoiceStateUpdate || op === GatewayOpcodes.RequestGuildMembers) return;
    else conn.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
  }

  private onIdentify(conn: Connection, d: unknown): void {
    if (conn.session) return conn.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (!isRecord(d) || typeof d['token'] !== 'string' || typeof d['intents'] !== 'number') {
      return conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    }
    const identify = d as unknown as GatewayIdentifyData;
    this.record('identify', identify);
    if (identify.token !== this.settings.token) return conn.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    if (identify.compress === true) return conn.ws.close(GatewayCloseCodes.DecodeError, 'fakeDiscord does not compress payloads');
    const shard: [number, number] = identify.shard ?? [0, 1];
    const [shardId, shardCount] = shard;
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      return conn.ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
    }
    if ((identify.intents & ~0x3ffffff) !== 0) return conn.ws.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
    if ((identify.intents & PRIVILEGED_INTENTS & ~this.settings.allowedPrivilegedIntents) !== 0) {
      return conn.ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, backlog: [], intents: identify.intents, shard };
    this.sessions.set(shardId, session);
    conn.session = session;
    conn.info.shard = shard;
    const served = this.state.guilds.filter((g) => shardOf(g.guild.id, shardCount) === shardId);
    const ready: GatewayReadyDispatchData = {
      v: Number(API_VERSION),
      user: this.state.community.botUser,
      guilds: served.map((g) => ({ id: g.guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.settings.resumeGatewayUrl,
      shard,
      application: { id: this.state.applicationId, flags: NO_APPLICATION_FLAGS, flags_new: '0' },
    };
    this.pushDispatch(session, GatewayDispatchEvents.Ready, ready);
    this.record('ready', ready);
    // READY lists the guilds as unavailable; discord.js waits for their GUILD_CREATEs before emitting clientReady.
    for (const g of served) this.pushDispatch(session, GatewayDispatchEvents.GuildCreate, g.guild);
  }

  private onResume(conn: Connection, d: unknown): void {
    if (conn.session) return conn.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (!isRecord(d) || typeof d['token'] !== 'string' || typeof d['session_id'] !== 'string') {
      return conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    }
    const resume = d as unknown as GatewayResumeData;
    this.record('resume', resume);
    if (resume.token !== this.settings.token) return conn.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const session = [...this.sessions.values()].find((candidate) => candidate.id === resume.session_id);
    if (!session || resume.seq > session.seq) {
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      this.record('invalidSession', false);
      return;
    }
    // Detach the session from any older connection, replay what was missed, then RESUMED.
    for (const other of this.conns) if (other !== conn && other.session === session) other.session = null;
    conn.session = session;
    conn.info.shard = session.shard;
    for (const ev of session.backlog) {
      if (ev.s <= resume.seq) continue;
      this.stats.replayed++;
      this.send(conn, { op: GatewayOpcodes.Dispatch, t: ev.t, s: ev.s, d: ev.d });
    }
    this.pushDispatch(session, GatewayDispatchEvents.Resumed, {});
    this.record('resumed', resume);
  }

  private applyMessageContentIntent(session: Session | null, msg: GatewayMessageCreateDispatchData): GatewayMessageCreateDispatchData {
    const intents = session?.intents ?? 0;
    if ((intents & GatewayIntentBits.MessageContent) !== 0) return msg;
    const botId = this.state.community.botUser.id;
    if (msg.mentions.some((u) => u.id === botId) || !msg.guild_id || msg.author.id === botId) return msg;
    return { ...msg, content: '', embeds: [], attachments: [], components: [] };
  }

  /** Assigns the next sequence number, keeps it for resume replay, sends it if the session is connected. */
  private pushDispatch(session: Session, t: string, d: unknown): number {
    const s = ++session.seq;
    session.backlog.push({ s, t, d });
    if (session.backlog.length > 1000) session.backlog.shift();
    for (const conn of this.conns) if (conn.session === session) this.send(conn, { op: GatewayOpcodes.Dispatch, t, s, d });
    return s;
  }

  private send(conn: Connection, payload: { op: GatewayOpcodes; d?: unknown; s?: number | null; t?: string | null }): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify({ t: null, s: null, ...payload }));
  }
}

/** The guild an event belongs to: its `guild_id`, or the guild itself for guild events; null for DMs and the like. */
function guildIdOf(event: GatewayDispatchEvents, data: unknown): string | null {
  if (!isRecord(data)) return null;
  if (typeof data['guild_id'] === 'string') return data['guild_id'];
  const isGuild = event === GatewayDispatchEvents.GuildCreate || event === GatewayDispatchEvents.GuildUpdate || event === GatewayDispatchEvents.GuildDelete;
  return isGuild && typeof data['id'] === 'string' ? data['id'] : null;
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
