import { Events, type Client } from 'discord.js';
import { createMessageHandler } from '../mentions.ts';
import type { BotContext } from '../types.ts';

/** Messages: mentions of the bot, and every message in ASK_CHANNEL_ID, are questions. */
export function onMessageCreate(client: Client, context: BotContext): void {
  const onMessage = createMessageHandler(context);
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => context.logger.error('message handler failed', { error }));
  });
}
