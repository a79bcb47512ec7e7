import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageMentionOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { ReplyButton } from '../commands/types.ts';
import { fitMessage, type MessageParts } from '../presentation/limits.ts';
import { redactTokens } from './logger.ts';
import type { BotReply } from './types.ts';

/**
 * Every outgoing message goes through one of these: anything shaped like a bot token redacted,
 * fitted to Discord's limits and with mentions switched off (`parse: []`, and no ping of the
 * person replied to), whatever the text contains.
 */
export function noPings(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/** The text parts of a reply with token-shaped strings redacted, then fitted to Discord's limits. */
function prepare(parts: MessageParts): MessageParts {
  const embeds = parts.embeds?.map((embed) => ({
    ...embed,
    ...(embed.title !== undefined ? { title: redactTokens(embed.title) } : {}),
    ...(embed.description !== undefined ? { description: redactTokens(embed.description) } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: redactTokens(embed.footer.text) } } : {}),
    ...(embed.author ? { author: { ...embed.author, name: redactTokens(embed.author.name) } } : {}),
    ...(embed.fields ? { fields: embed.fields.map((field) => ({ ...field, name: redactTokens(field.name), value: redactTokens(field.value) })) } : {}),
  }));
  return fitMessage({
    ...(parts.content !== undefined ? { content: redactTokens(parts.content) } : {}),
    ...(embeds !== undefined ? { embeds } : {}),
  });
}

/** A row of buttons, built with discord.js's builders (which check labels and ids as they go). */
function buttonRows(buttons: readonly ReplyButton[] | undefined): APIActionRowComponent<APIComponentInMessageActionRow>[] | undefined {
  if (!buttons || buttons.length === 0) return undefined;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    buttons.map((button) => new ButtonBuilder().setCustomId(button.id).setLabel(button.label).setStyle(ButtonStyle.Secondary).setDisabled(button.disabled)),
  );
  return [row.toJSON()];
}

export function toInteractionReply(reply: BotReply): InteractionReplyOptions {
  const fitted = prepare({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    ...(fitted.embeds !== undefined ? { embeds: fitted.embeds } : {}),
    ...(reply.buttons !== undefined ? { components: buttonRows(reply.buttons) ?? [] } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: noPings(),
  };
}

/** Replaces the whole message: unset parts are cleared, not kept. */
export function toInteractionEdit(reply: BotReply): InteractionEditReplyOptions {
  return wholeMessage(reply);
}

/** A button's update also replaces the whole message. */
export function toInteractionUpdate(reply: BotReply): InteractionUpdateOptions {
  return wholeMessage(reply);
}

function wholeMessage(reply: BotReply): InteractionEditReplyOptions & InteractionUpdateOptions {
  const fitted = prepare({ content: reply.content ?? '', embeds: reply.embeds ?? [] });
  return { content: fitted.content ?? '', embeds: fitted.embeds ?? [], components: buttonRows(reply.buttons) ?? [], allowedMentions: noPings() };
}

export function toMessageReply(reply: BotReply): MessageReplyOptions {
  const fitted = prepare({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    ...(fitted.embeds !== undefined ? { embeds: fitted.embeds } : {}),
    ...(reply.buttons !== undefined ? { components: buttonRows(reply.buttons) ?? [] } : {}),
    allowedMentions: noPings(),
    failIfNotExists: false,
  };
}
