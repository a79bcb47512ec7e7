/**
 * What the fake Discord remembers between requests: registered commands, dispatched interactions
 * and the messages the bot created (channel messages and interaction responses).
 */
import {
  ApplicationCommandType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIApplicationCommand,
  type APIAttachment,
  type APIInteraction,
  type APIMessage,
  type InteractionResponseType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { FakeGuild } from './guild.ts';
import type { RecordedFile } from './types.ts';
import type { MessageBody } from './validation.ts';
import { nowIso, snowflake } from './util.ts';

export interface InteractionEntry {
  payload: APIInteraction;
  channelId: string | null;
  dispatchedAt: number;
  acknowledged: boolean;
  callbackType: InteractionResponseType | null;
  expired: boolean;
  originalMessageId: string | null;
}

export class FakeState {
  /** Every bot-created message, by id. */
  readonly messages = new Map<string, APIMessage>();
  /** Registered application commands by scope: a guild id, or 'global'. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly interactions = new Map<string, InteractionEntry>();
  private readonly interactionsByToken = new Map<string, InteractionEntry>();

  /** The first guild: where builders act unless told another guild. */
  readonly community: FakeGuild;

  constructor(
    readonly applicationId: string,
    /** Every guild the bot is in, the first one first. */
    readonly guilds: readonly FakeGuild[],
    /** Base of attachment URLs (`http://127.0.0.1:PORT`). */
    private readonly cdnBase: string,
  ) {
    const first = guilds[0];
    if (!first) throw new Error('fakeDiscord: the bot needs at least one guild');
    this.community = first;
  }

  /** The guild with this id (default: the first); an unknown id is a mistake in the test. */
  guildFor(guildId: string | undefined): FakeGuild {
    if (guildId === undefined) return this.community;
    const found = this.guilds.find((g) => g.guild.id === guildId);
    if (!found) throw new Error(`fakeDiscord: unknown guild id ${guildId}`);
    return found;
  }

  /** The guild a channel belongs to, if any. */
  guildOfChannel(channelId: string): FakeGuild | undefined {
    return this.guilds.find((g) => g.hasChannel(channelId));
  }

  registerInteraction(payload: APIInteraction): void {
    const entry: InteractionEntry = {
      payload,
      channelId: payload.channel?.id ?? payload.channel_id ?? null,
      dispatchedAt: Date.now(),
      acknowledged: false,
      callbackType: null,
      expired: false,
      originalMessageId: null,
    };
    this.interactions.set(payload.id, entry);
    this.interactionsByToken.set(payload.token, entry);
  }

  interactionById(id: string): InteractionEntry | undefined {
    return this.interactions.get(id);
  }

  interactionByToken(token: string): InteractionEntry | undefined {
    return this.interactionsByToken.get(token);
  }

  /** The id a registered command of this name has, or a fresh one. */
  commandIdFor(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return found.id;
    }
    return snowflake();
  }

  toCommand(body: RESTPostAPIApplicationCommandsJSONBody, guildId: string | undefined, existingId: string | undefined): APIApplicationCommand {
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

  /** A message the bot posts in a channel (`message.reply()`, `channel.send()`). */
  createChannelMessage(channelId: string, data: MessageBody, files: RecordedFile[]): APIMessage {
    const ref = data.message_reference;
    const id = snowflake();
    const message: APIMessage = {
      ...this.baseMessage(id, channelId, data, files),
      author: this.community.botUser,
      type: ref?.message_id ? MessageType.Reply : MessageType.Default,
      ...(ref?.message_id
        ? {
            message_reference: { message_id: ref.message_id, channel_id: ref.channel_id ?? channelId, guild_id: (this.guildOfChannel(channelId) ?? this.community).guild.id },
            referenced_message: this.messages.get(ref.message_id) ?? null,
          }
        : {}),
    };
    this.messages.set(id, message);
    return message;
  }

  /** An interaction response or follow-up; `loading` for a deferred response. */
  createInteractionMessage(entry: InteractionEntry, data: MessageBody, files: RecordedFile[], loading: boolean): APIMessage {
    const id = snowflake();
    const guildId = entry.payload.guild_id;
    const channelId = entry.channelId ?? (this.guilds.find((g) => g.guild.id === guildId) ?? this.community).defaultChannelId;
    const invoker = entry.payload.member?.user ?? entry.payload.user ?? this.community.defaultUser;
    const base = this.baseMessage(id, channelId, data, files);
    const message: APIMessage = {
      ...base,
      author: this.community.botUser,
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

  /** Applies an edit; null when it would leave the message empty. */
  editMessage(msg: APIMessage, data: MessageBody, files: RecordedFile[]): APIMessage | null {
    const loading = ((msg.flags ?? 0) & MessageFlags.Loading) !== 0;
    const updated: APIMessage = {
      ...msg,
      ...(data.content !== undefined ? { content: data.content ?? '' } : {}),
      ...(data.embeds !== undefined ? { embeds: data.embeds ?? [] } : {}),
      ...(data.components !== undefined ? { components: data.components ?? [] } : {}),
      attachments: this.mergeAttachments(msg, data, files),
      flags: (msg.flags ?? 0) & ~MessageFlags.Loading,
      edited_timestamp: loading ? null : nowIso(),
    };
    if (updated.content === '' && updated.embeds.length === 0 && (updated.components?.length ?? 0) === 0 && updated.attachments.length === 0) return null;
    this.messages.set(msg.id, updated);
    return updated;
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
    for (const f of files) {
      const id = snowflake();
      const url = `${this.cdnBase}/cdn/attachments/${channelId ?? existing?.channel_id ?? '0'}/${id}/${encodeURIComponent(f.filename)}`;
      kept.push({ id, filename: f.filename, size: f.data.length, url, proxy_url: url, content_type: f.contentType });
    }
    return kept;
  }
}
