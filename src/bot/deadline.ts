import type { ChatInputCommandInteraction } from 'discord.js';
import { toInteractionEdit, toInteractionReply } from './send.ts';
import type { BotContext, BotReply } from './types.ts';

/**
 * Discord drops an interaction that is not acknowledged within 3 s. An answer that is not ready
 * by then — a crowd queued ahead of it, a slow question — is acknowledged ("thinking…") at this
 * point, leaving time for the acknowledgement itself to arrive, and edited in when ready.
 */
export const DEFER_AFTER_MS = 1_500;

/**
 * Sends `answer` as the reply to a slash command: at once when it is ready in time, else after
 * acknowledging. The acknowledgement comes at once when the work queued ahead is already
 * expected to take longer than `DEFER_AFTER_MS`, else when that time has passed. An ephemeral
 * answer to a deferred (public) acknowledgement is sent as an ephemeral follow-up instead, and
 * the "thinking…" removed.
 */
export async function answerWithinDeadline(interaction: ChatInputCommandInteraction, context: BotContext, answer: Promise<BotReply>): Promise<void> {
  let deferring: Promise<unknown> | null = null;
  const defer = () => {
    deferring ??= interaction.deferReply();
  };
  if (context.workload.expectedWaitMs() > DEFER_AFTER_MS) defer();
  const timer = setTimeout(defer, DEFER_AFTER_MS);
  let reply: BotReply;
  try {
    reply = await answer;
  } catch (error) {
    // Let the acknowledgement land first, so the error report knows to edit it.
    await (deferring as Promise<unknown> | null)?.catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (!deferring) {
    await interaction.reply(toInteractionReply(reply));
    return;
  }
  await deferring;
  if (reply.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(toInteractionReply(reply));
    return;
  }
  await interaction.editReply(toInteractionEdit(reply));
}
