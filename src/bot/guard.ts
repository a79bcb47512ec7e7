import { randomInt } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes, type Interaction, type Message } from 'discord.js';
import { errorText } from '../presentation/text.ts';
import type { Logger } from './logger.ts';
import type { BotReply } from './types.ts';
import { toInteractionEdit, toInteractionReply, toMessageReply } from './send.ts';

const errorReply = (errorId: string): BotReply => ({ content: errorText(errorId), ephemeral: true });

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: easy to read back

/** A short id to quote in a bug report and find in the log: "K7QX2M". */
export function newErrorId(): string {
  let id = '';
  for (let index = 0; index < 6; index++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export interface DeliveryFailure {
  level: 'warn' | 'error';
  /** What happened, for the log line. */
  reason: string;
}

/**
 * When a handler failed because Discord would not take the reply — the interaction token expired,
 * it was already answered, the bot may not post here, or Discord kept failing after
 * @discordjs/rest's own retries — trying again with an error message would fail the same way,
 * so the guards only log it. Null for everything else (a bug of ours, a rejected message body).
 */
export function deliveryFailure(error: unknown): DeliveryFailure | null {
  if (error instanceof DiscordAPIError) {
    switch (error.code) {
      case RESTJSONErrorCodes.UnknownInteraction:
      case RESTJSONErrorCodes.UnknownWebhook:
        return { level: 'warn', reason: `could not answer: the interaction expired before the reply reached Discord (code ${error.code}; Discord allows 3 s for the first reply)` };
      case RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged:
        return { level: 'warn', reason: 'could not answer: the interaction was already answered (is a second copy of the bot running with the same token?)' };
      case RESTJSONErrorCodes.MissingAccess:
      case RESTJSONErrorCodes.MissingPermissions:
        return {
          level: 'warn',
          reason: `could not answer: the bot may not post here (code ${error.code}); give it View Channel, Send Messages, Embed Links and Read Message History`,
        };
      default:
        return null;
    }
  }
  if (error instanceof HTTPError) return { level: 'error', reason: `could not answer: Discord kept failing (HTTP ${error.status}) after retrying` };
  if (error instanceof RateLimitError) return { level: 'warn', reason: `could not answer: rate limited by Discord for ${error.retryAfter} ms` };
  return null;
}

/**
 * Runs a handler so that no exception escapes: it is logged with an error id, and the user is
 * told "Something went wrong (error id …)" in whatever way the interaction still allows —
 * a reply, an edit of the deferred reply, or an ephemeral follow-up. When Discord itself refused
 * or failed the reply (`deliveryFailure`), it is logged and not tried again. Never rejects.
 */
export async function guardInteraction(interaction: Interaction, logger: Logger, label: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const context = { handler: label, user: interaction.user.id, guild: interaction.guildId, ageMs: Date.now() - interaction.createdTimestamp };
    const undeliverable = deliveryFailure(error);
    if (undeliverable) {
      logger[undeliverable.level](undeliverable.reason, { ...context, error });
      return;
    }
    const errorId = newErrorId();
    logger.error('handler failed', { errorId, ...context, error });
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        const reply = errorReply(errorId);
        if (interaction.deferred && !interaction.replied) await interaction.editReply(toInteractionEdit(reply));
        else if (interaction.replied || interaction.deferred) await interaction.followUp(toInteractionReply(reply));
        else await interaction.reply(toInteractionReply(reply));
      }
    } catch (reportError) {
      logger.warn('could not tell the user about an error', { errorId, error: reportError });
    }
  }
}

/** The same for message (mention) handlers: log with an id, reply with it, never reject. */
export async function guardMessage(message: Message, logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const context = { user: message.author.id, channel: message.channelId };
    const undeliverable = deliveryFailure(error);
    if (undeliverable) {
      logger[undeliverable.level](undeliverable.reason, { handler: 'mention', ...context, error });
      return;
    }
    const errorId = newErrorId();
    logger.error('message handler failed', { errorId, ...context, error });
    try {
      await message.reply(toMessageReply(errorReply(errorId)));
    } catch (reportError) {
      logger.warn('could not tell the user about an error', { errorId, error: reportError });
    }
  }
}
