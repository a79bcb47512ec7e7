/** The fake Discord's public types: start options, recorded requests, faults, gateway events, builder options. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApplicationCommandOptionType, APIApplicationCommandInteractionDataOption, APIUser } from 'discord.js';

export interface FakeChannelConfig {
  id?: string;
  name: string;
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
}

export interface StartFakeDiscordOptions {
  token: string;
  botUser?: Partial<APIUser>;
  applicationId?: string;
  guild?: FakeGuildConfig;
  /**
   * More guilds the bot is in, after `guild`. With several shards each guild is served by shard
   * `(guild_id >> 22) % shard_count`, as on Discord: `guildIdOnShard()` makes an id for a given shard.
   */
  extraGuilds?: FakeGuildConfig[];
  /** The shard count GET /gateway/bot recommends (what `totalShards: 'auto'` uses; default 1). */
  shards?: number;
  /** `session_start_limit.max_concurrency`: IDENTIFYs allowed at once (default 1, as for most bots). */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
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

export type GatewayEventKind = 'connection' | 'identify' | 'resume' | 'ready' | 'resumed' | 'established' | 'heartbeat' | 'invalidSession' | 'close';

export interface GatewayEventRecord {
  kind: GatewayEventKind;
  data: unknown;
}

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
  /** `[shard_id, num_shards]` of the session this connection identified or resumed, once it has one. */
  shard: [number, number] | null;
}

/** Options accepted by both interaction builders. */
export interface InteractionBuilderBase {
  id?: string;
  /** The guild it happens in (default: the first guild); it reaches the bot over that guild's shard. */
  guildId?: string;
  token?: string;
  /** The invoking user: a member id from the guild, or a full user (treated as a guild member). */
  user?: string | APIUser;
  /** Member role ids (default: the member's configured roles). */
  roles?: string[];
  /** member.permissions (default: computed from @everyone + roles; owner/admin → all). */
  permissions?: bigint | string;
  channelId?: string;
  /** Build a DM interaction (no guild_id/member) instead of a guild one. */
  dm?: boolean;
}

export type InteractionOptionsInput = APIApplicationCommandInteractionDataOption[] | Record<string, string | number | boolean>;

export interface ChatInputInteractionOptions extends InteractionBuilderBase {
  name: string;
  /** Typed option array, or a shorthand record (string → String, integer → Integer, other number → Number, boolean → Boolean). */
  options?: InteractionOptionsInput;
}

export interface AutocompleteInteractionOptions extends InteractionBuilderBase {
  name: string;
  focused: { name: string; value: string | number; type?: ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number };
  options?: InteractionOptionsInput;
}

export interface MessageCreateOptions {
  content: string;
  /** The guild it is posted in (default: the first guild). */
  guildId?: string;
  id?: string;
  channelId?: string;
  /** A guild member id or a full user (default: the "tester" member). */
  author?: string | APIUser;
  /** Prefix the content with `<@bot>` and include the bot in `mentions`. */
  mentionBot?: boolean;
  /** Extra mentioned users (ids of guild members or full users). */
  mentions?: Array<string | APIUser>;
}
