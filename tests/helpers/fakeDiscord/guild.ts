/**
 * The one guild the fake serves: its GUILD_CREATE payload (roles, text channels, members), the
 * users it knows, and guild-level permissions.
 */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
} from 'discord.js';
import type { FakeGuildConfig, FakeRoleConfig } from './types.ts';
import { makeUser, nowIso, snowflake, toBigInt } from './util.ts';

/** What @everyone may do in a typical community server. */
const EVERYONE_PERMISSIONS =
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

/** What the bot's managed role grants. */
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((acc, bit) => acc | bit, 0n);

// Empty bitfields (the flag enums have no 0 member).
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_SYSTEM_CHANNEL_FLAGS = 0 as GuildSystemChannelFlags;

export class FakeGuild {
  readonly botUser: APIUser;
  /** A regular (non-owner, no roles) human member used as the default actor in builders. */
  readonly defaultUser: APIUser;
  readonly ownerUser: APIUser;
  /** The GUILD_CREATE payload sent after READY. */
  readonly guild: GatewayGuildCreateDispatchData;
  readonly defaultChannelId: string;
  private readonly users = new Map<string, APIUser>();

  constructor(botUser: APIUser, config: FakeGuildConfig) {
    this.botUser = botUser;
    this.ownerUser = makeUser({ id: snowflake(), username: 'guild-owner' });
    this.defaultUser = makeUser({ id: snowflake(), username: 'tester', global_name: 'Tester' });
    this.guild = this.build(config);
    const firstChannel = this.guild.channels[0];
    if (!firstChannel) throw new Error('fakeDiscord: the guild needs at least one channel');
    this.defaultChannelId = firstChannel.id;
  }

  /** A member id, a full user (remembered), or the default user. */
  resolveUser(user: string | APIUser | undefined): APIUser {
    if (user === undefined) return this.defaultUser;
    if (typeof user !== 'string') {
      this.users.set(user.id, user);
      return user;
    }
    const known = this.users.get(user);
    if (!known) throw new Error(`fakeDiscord: unknown user id ${user}`);
    return known;
  }

  findMember(userId: string): APIGuildMember | undefined {
    return this.guild.members.find((m) => m.user.id === userId);
  }

  memberWithoutUser(member: APIGuildMember): Omit<APIGuildMember, 'user'> {
    const { user: _user, ...rest } = member;
    return rest;
  }

  hasChannel(channelId: string): boolean {
    return this.guild.channels.some((c) => c.id === channelId);
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

  private build(cfg: FakeGuildConfig): GatewayGuildCreateDispatchData {
    const guildId = cfg.id ?? snowflake();
    const botRoleId = snowflake();
    const extraRoles = cfg.roles ?? [];
    const roles: APIRole[] = [
      this.role({ id: guildId, name: '@everyone', permissions: EVERYONE_PERMISSIONS }, 0),
      ...extraRoles.map((r, i) => this.role({ ...r, id: r.id ?? snowflake() }, i + 1)),
      this.role({ id: botRoleId, name: this.botUser.username, permissions: BOT_PERMISSIONS }, extraRoles.length + 1, true),
    ];
    const channels = (cfg.channels ?? [{ name: 'general' }]).map((c, position): APITextChannel => ({
      id: c.id ?? snowflake(),
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: c.name,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      last_pin_timestamp: null,
      rate_limit_per_user: 0,
      default_auto_archive_duration: 1440,
    }));
    const joined = nowIso();
    const members: APIGuildMember[] = [
      this.member(this.ownerUser, joined),
      this.member(this.defaultUser, joined),
      ...(cfg.members ?? []).map((m) => this.member(makeUser(m.user), joined, m.roles ?? [], m.nick ?? null)),
      this.member(this.botUser, joined, [botRoleId]),
    ];
    return {
      id: guildId,
      name: cfg.name ?? 'Fake Newsroom',
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: cfg.ownerId ?? this.ownerUser.id,
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

  private role(r: FakeRoleConfig & { id: string }, position: number, managed = false): APIRole {
    return {
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
    };
  }

  private member(user: APIUser, joinedAt: string, roleIds: string[] = [], nick: string | null = null): APIGuildMember {
    this.users.set(user.id, user);
    return {
      user,
      nick,
      avatar: null,
      banner: null,
      roles: roleIds,
      joined_at: joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      pending: false,
      communication_disabled_until: null,
    };
  }
}
