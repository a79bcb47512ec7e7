import type { Message } from 'discord.js';
import { ask } from '../commands/ask.ts';
import { guardMessage } from './guard.ts';
import { throughChecks } from './pipeline.ts';
import { toMessageReply } from './send.ts';
import { commandContext } from './slashCommands.ts';
import type { BotContext, BotReply } from './types.ts';

/**
 * Questions asked in messages: "<@bot> what did Perry warn about?" anywhere the bot can read, and
 * — when ASK_CHANNEL_ID is set — every message in that channel. Bots (this one included),
 * webhooks and system messages are ignored. The question runs as /ask does, through the same
 * checks. A reply to a message cannot be ephemeral, so a flood of mentions must not become a flood
 * of posts: a mention turned away (busy, too soon) gets at most one short notice per member per
 * notice window (`context.mentionNotices`); the rest are turned away silently.
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
        if (mentioned) await message.reply(toMessageReply({ content: 'Ask me something after the mention, e.g. “who was elected mayor?” — or use /ask.' }));
        return;
      }
      const request = {
        label: 'mention',
        userId: message.author.id,
        member: null,
        refuse: async (reply: BotReply) => {
          if (context.mentionNotices.take(message.author.id) > 0) {
            logger.debug('mention turned away without a notice', { user: message.author.id });
            return;
          }
          await message.reply(toMessageReply(reply));
        },
      };
      await throughChecks(context, ask.checks, request, async () => {
        logger.debug('message question', { user: message.author.id, channel: message.channelId, mentioned, inAskChannel });
        const commandCtx = commandContext(context, botId);
        const reply = await context.workload.compute(async () => (await ask.run(commandCtx, { question })).reply());
        await message.reply(toMessageReply(reply));
      });
    });
  };
}
