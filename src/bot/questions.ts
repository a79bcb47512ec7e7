import { askReply, slowDownReply } from './format.ts';
import type { BotContext, BotReply } from './types.ts';

export const DEFAULT_RESULTS = 3;

/** A question from /ask or a mention: the per-user cooldown, then the core's answer as a reply. */
export function answerQuestion(context: BotContext, userId: string, question: string, limit = DEFAULT_RESULTS): BotReply {
  const wait = context.cooldown.take(userId);
  if (wait > 0) return slowDownReply(wait);
  return askReply(context.desk.ask(question, { limit }));
}
