/**
 * Payload builders: full, typed INTERACTION_CREATE and MESSAGE_CREATE payloads as Discord sends
 * them. discord.js throws while constructing an interaction without `entitlements`,
 * `authorizing_integration_owners` or `app_permissions`, so those are always present.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIUser,
  type GatewayMessageCreateDispatchData,
  type GuildMemberFlags,
} from 'discord.js';
import type { FakeState } from './state.ts';
import type { AutocompleteInteractionOptions, ChatInputInteractionOptions, InteractionBuilderBase, InteractionOptionsInput, MessageCreateOptions } from './types.ts';
import { nowIso, randomToken, snowflake, toBigInt } from './util.ts';

const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;

export class PayloadBuilders {
  constructor(private readonly state: FakeState) {}

  /** A full APPLICATION_COMMAND (type 2) chat-input interaction payload. */
  chatInputInteraction(opts: ChatInputInteractionOptions): APIChatInputApplicationCommandInteraction {
    const data = {
      id: this.state.commandIdFor(opts.name),
      name: opts.name,
      type: ApplicationCommandType.ChatInput as const,
      ...(opts.options !== undefined ? { options: normalizeOptions(opts.options) } : {}),
      ...(opts.dm ? {} : { guild_id: this.state.guildFor(opts.guildId).guild.id }),
    };
    const base = this.interactionBase(opts);
    // Two returns so each union member of the payload type is built whole.
    if (base.kind === 'dm') return { ...base.fields, type: InteractionType.ApplicationCommand, data };
    return { ...base.fields, type: InteractionType.ApplicationCommand, data };
  }

  /** An APPLICATION_COMMAND_AUTOCOMPLETE (type 4) payload with one focused option. */
  autocompleteInteraction(opts: AutocompleteInteractionOptions): APIApplicationCommandAutocompleteInteraction {
    const others = opts.options !== undefined ? normalizeOptions(opts.options) : [];
    const focusedType = opts.focused.type ?? ApplicationCommandOptionType.String;
    const focused: APIApplicationCommandInteractionDataOption =
      focusedType === ApplicationCommandOptionType.String
        ? { name: opts.focused.name, type: focusedType, value: String(opts.focused.value), focused: true }
        : { name: opts.focused.name, type: focusedType, value: Number(opts.focused.value), focused: true };
    const data = {
      id: this.state.commandIdFor(opts.name),
      name: opts.name,
      type: ApplicationCommandType.ChatInput as const,
      options: [...others.filter((o) => o.name !== opts.focused.name), focused],
      ...(opts.dm ? {} : { guild_id: this.state.guildFor(opts.guildId).guild.id }),
    };
    const base = this.interactionBase(opts);
    if (base.kind === 'dm') return { ...base.fields, type: InteractionType.ApplicationCommandAutocomplete, data };
    return { ...base.fields, type: InteractionType.ApplicationCommandAutocomplete, data };
  }

  /** A MESSAGE_CREATE payload from a human member in a guild text channel. */
  messageCreate(opts: MessageCreateOptions): GatewayMessageCreateDispatchData {
    const community = this.state.guildFor(opts.guildId);
    const author = community.resolveUser(opts.author);
    const member = community.findMember(author.id);
    const mentioned: APIUser[] = (opts.mentions ?? []).map((m) => community.resolveUser(m));
    let content = opts.content;
    if (opts.mentionBot) {
      content = `<@${community.botUser.id}> ${content}`;
      mentioned.unshift(community.botUser);
    }
    const mentions = mentioned.map((u) => {
      const mm = community.findMember(u.id);
      return mm ? { ...u, member: community.memberWithoutUser(mm) } : u;
    });
    return {
      id: opts.id ?? snowflake(),
      channel_id: opts.channelId ?? community.defaultChannelId,
      guild_id: community.guild.id,
      author,
      ...(member ? { member: community.memberWithoutUser(member) } : {}),
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
      type: MessageType.Default,
      components: [],
    };
  }

  private interactionBase(opts: InteractionBuilderBase) {
    const community = this.state.guildFor(opts.guildId);
    const user = community.resolveUser(opts.user);
    const channelId = opts.channelId ?? community.defaultChannelId;
    const channel = community.guild.channels.find((c) => c.id === channelId);
    const common = {
      id: opts.id ?? snowflake(),
      application_id: this.state.applicationId,
      token: opts.token ?? randomToken(),
      version: 1 as const,
      locale: Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    const appPermissions = community.permissionsOf(community.botUser.id).toString();
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
    const configured = community.findMember(user.id);
    const roles = opts.roles ?? configured?.roles ?? [];
    const permissions = opts.permissions !== undefined ? toBigInt(opts.permissions) : community.permissionsOf(user.id, roles);
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
    const { guild } = community;
    return {
      kind: 'guild' as const,
      fields: {
        ...common,
        guild_id: guild.id,
        guild: { id: guild.id, features: guild.features, locale: guild.preferred_locale },
        guild_locale: guild.preferred_locale,
        member,
        channel: channel ?? { id: channelId, type: ChannelType.GuildText },
        channel_id: channelId,
        app_permissions: appPermissions,
        context: InteractionContextType.Guild,
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
      },
    };
  }
}

/** A typed option array, or a shorthand record mapped to String, Integer, Number or Boolean options. */
function normalizeOptions(input: InteractionOptionsInput): APIApplicationCommandInteractionDataOption[] {
  if (Array.isArray(input)) return input;
  return Object.entries(input).map(([name, value]): APIApplicationCommandInteractionDataOption => {
    if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    return Number.isInteger(value) ? { name, type: ApplicationCommandOptionType.Integer, value } : { name, type: ApplicationCommandOptionType.Number, value };
  });
}
