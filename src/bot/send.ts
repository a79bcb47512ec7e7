import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageMentionOptions,
  type MessageReplyOptions,
} from 'discord.js';
import { fitMessage } from './limits.ts';
import type { BotReply } from './types.ts';

/**
 * Every outgoing message goes through one of these: fitted to Discord's limits and with mentions
 * switched off (`parse: []`, and no ping of the person replied to), whatever the text contains.
 */
export function noPings(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

export function toInteractionReply(reply: BotReply): InteractionReplyOptions {
  const fitted = fitMessage({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    ...(fitted.embeds !== undefined ? { embeds: fitted.embeds } : {}),
    ...(reply.components !== undefined ? { components: reply.components } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: noPings(),
  };
}

/** Replaces the whole message: unset parts are cleared, not kept. */
export function toInteractionEdit(reply: BotReply): InteractionEditReplyOptions {
  const fitted = fitMessage({ content: reply.content ?? '', embeds: reply.embeds ?? [] });
  return { content: fitted.content ?? '', embeds: fitted.embeds ?? [], components: reply.components ?? [], allowedMentions: noPings() };
}

export function toInteractionUpdate(reply: BotReply): InteractionUpdateOptions {
  const fitted = fitMessage({ content: reply.content ?? '', embeds: reply.embeds ?? [] });
  return { content: fitted.content ?? '', embeds: fitted.embeds ?? [], components: reply.components ?? [], allowedMentions: noPings() };
}

export function toMessageReply(reply: BotReply): MessageReplyOptions {
  const fitted = fitMessage({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    ...(fitted.embeds !== undefined ? { embeds: fitted.embeds } : {}),
    ...(reply.components !== undefined ? { components: reply.components } : {}),
    allowedMentions: noPings(),
    failIfNotExists: false,
  };
}
