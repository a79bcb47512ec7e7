import { randomInt } from 'node:crypto';
import type { Interaction, Message } from 'discord.js';
import { errorReply } from './format.ts';
import type { Logger } from './logger.ts';
import { toInteractionEdit, toInteractionReply, toMessageReply } from './send.ts';

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: easy to read back

/** A short id to quote in a bug report and find in the log: "K7QX2M". */
export function newErrorId(): string {
  let id = '';
  for (let index = 0; index < 6; index++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

/**
 * Runs a handler so that no exception escapes: it is logged with an error id, and the user is
 * told "Something went wrong (error id …)" in whatever way the interaction still allows —
 * a reply, an edit of the deferred reply, or an ephemeral follow-up. Never rejects.
 */
export async function guardInteraction(interaction: Interaction, logger: Logger, label: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const errorId = newErrorId();
    logger.error('handler failed', { errorId, handler: label, user: interaction.user.id, guild: interaction.guildId, error });
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
    const errorId = newErrorId();
    logger.error('message handler failed', { errorId, user: message.author.id, channel: message.channelId, error });
    try {
      await message.reply(toMessageReply(errorReply(errorId)));
    } catch (reportError) {
      logger.warn('could not tell the user about an error', { errorId, error: reportError });
    }
  }
}
