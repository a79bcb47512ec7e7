import type { Checks } from '../commands/types.ts';
import { BUSY_TEXT, slowDownText } from '../presentation/text.ts';
import { checkModerator, type MemberFacts } from './permissions.ts';
import type { BotContext, BotReply } from './types.ts';

/** Who is asking, and how to turn them away on this surface (a reply, no choices, a reaction…). */
export interface Request {
  /** For the log: "/ask", "/quote autocomplete", "quote button", "mention". */
  label: string;
  userId: string;
  /** Needed for moderator-only commands; null where there is no member (mentions). */
  member: MemberFacts | null;
  refuse(reply: BotReply, reason: 'moderator' | 'busy' | 'cooldown'): Promise<unknown>;
}

export const DEFAULT_CHECKS: Checks = { busyWork: true };

/**
 * The one place the checks a command declares are run, for slash commands, autocomplete, buttons
 * and mentions alike: moderators only, then a place among the questions in flight (busy work),
 * then the per-person cooldown. `work` runs only when all pass, holding its place until it ends.
 */
export async function throughChecks(context: BotContext, checks: Checks, request: Request, work: () => Promise<void>): Promise<void> {
  if (checks.moderatorOnly) {
    const allowed = checkModerator(request.member ?? { inGuild: false, permissions: null, roleIds: [] }, context.discord.moderatorRoleId);
    if (!allowed.ok) {
      context.logger.info(`${request.label} refused`, { user: request.userId, reason: allowed.reason });
      await request.refuse({ content: allowed.reason, ephemeral: true }, 'moderator');
      return;
    }
  }
  const ticket = checks.busyWork ? context.workload.admit() : null;
  if (checks.busyWork && !ticket) {
    logBusy(context, request.label, request.userId);
    await request.refuse({ content: BUSY_TEXT, ephemeral: true }, 'busy');
    return;
  }
  try {
    if (checks.cooldown) {
      const wait = context.cooldown.take(request.userId);
      if (wait > 0) {
        await request.refuse({ content: slowDownText(wait), ephemeral: true }, 'cooldown');
        return;
      }
    }
    await work();
  } finally {
    ticket?.release();
  }
}

/**
 * One warning when the bot starts turning questions away, then one per 100 more in the same busy
 * spell, so a flood is visible in the log without the log becoming the flood.
 */
function logBusy(context: BotContext, handler: string, userId: string): void {
  const { refusedInARow, refused, inFlight, maxInFlight } = context.workload;
  if (refusedInARow === 1 || refusedInARow % 100 === 0) {
    context.logger.warn('busy: questions turned away', { handler, user: userId, inFlight, maxInFlight, inARow: refusedInARow, total: refused });
  } else {
    context.logger.debug('busy: question turned away', { handler, user: userId });
  }
}
