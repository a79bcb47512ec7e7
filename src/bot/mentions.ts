import type { Message } from 'discord.js';
import { busyReply } from './format.ts';
import { guardMessage } from './guard.ts';
import { answerQuestion } from './questions.ts';
import { logBusy } from './router.ts';
import { toMessageReply } from './send.ts';
import type { BotContext } from './types.ts';

/**
 * Questions asked in messages: "<@bot> what did Kerry warn about?" anywhere the bot can read, and
 * — when ASK_CHANNEL_ID is set — every message in that channel. Bots (this one included),
 * webhooks and system messages are ignored. The reply carries the same content as /ask, and
 * like /ask needs a place in the workload (else a "busy" reply).
 */
export function createMessageHandler(context: BotContext): (message: Message) => Promise<void> {
  const { logger, discord } = context;
  return async (message) => {
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const botId = message.client.user.id;
    if (message.author.id === botId) return;
    const mentionPattern = new RegExp(`<@!?${botId}>`, 'g');
    const mentioned = mentionPattern.test(message.content);
    const inAskChannel = discord.askChannelId !== null && message.channelId === discord.askChannelId;
    if (!mentioned && !inAskChannel) return;

    await guardMessage(message, logger, async () => {
      const question = message.content.replace(mentionPattern, ' ').replace(/\s+/g, ' ').trim();
      if (!question) {
        // A bare mention (or an attachment-only message in the ask channel).
        if (mentioned) await message.reply(toMessageReply({ content: 'Ask me something after the mention, e.g. “what did Kerry warn about?” — or use /ask.' }));
        return;
      }
      const ticket = context.workload.admit();
      if (!ticket) {
        logBusy(context, 'mention', message.author.id);
        await message.reply(toMessageReply(busyReply()));
        return;
      }
      try {
        logger.debug('message question', { user: message.author.id, channel: message.channelId, mentioned, inAskChannel });
        const reply = await context.workload.compute(() => answerQuestion(context, message.author.id, question));
        await message.reply(toMessageReply(reply));
      } finally {
        ticket.release();
      }
    });
  };
}
