import type { ChatInputCommandInteraction } from 'discord.js';
import { toInteractionEdit, toInteractionReply } from './send.ts';
import type { BotReply } from './types.ts';

/**
 * Sends the answer `compute(onLate)` produces as the reply to a slash command: at once when it is
 * ready in time, else after acknowledging ("thinking…") and then edited in. The acknowledgement
 * is sent as soon as the work queue says the answer will be late (`onLate`: the work ahead, timed,
 * would end more than `DEFAULT_LATE_AFTER_MS` (workload.ts) after it arrived; a wall-clock timer would not help,
 * as it cannot fire while search work holds the event loop). An ephemeral answer to a deferred
 * (public) acknowledgement is sent as an ephemeral follow-up instead, and the "thinking…" removed.
 */
export async function answerWithinDeadline(interaction: ChatInputCommandInteraction, compute: (onLate: () => void) => Promise<BotReply>): Promise<void> {
  let deferring: Promise<unknown> | null = null;
  const defer = () => {
    if (deferring) return;
    deferring = interaction.deferReply();
    // Awaited below; until then a failure must not count as an unhandled rejection.
    deferring.catch(() => undefined);
  };
  let reply: BotReply;
  try {
    reply = await compute(defer);
  } catch (error) {
    // Let the acknowledgement land first, so the error report knows to edit it.
    await (deferring as Promise<unknown> | null)?.catch(() => undefined);
    throw error;
  }
  // `defer` runs inside compute(), so TypeScript's narrowing still sees the initial null here.
  const acknowledged = deferring as Promise<unknown> | null;
  if (!acknowledged) {
    await interaction.reply(toInteractionReply(reply));
    return;
  }
  await acknowledged;
  if (reply.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(toInteractionReply(reply));
    return;
  }
  await interaction.editReply(toInteractionEdit(reply));
}
