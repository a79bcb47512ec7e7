import { Events, type Client } from 'discord.js';
import { createInteractionRouter } from '../router.ts';
import type { BotCommand, BotContext } from '../types.ts';

/** Slash commands, autocomplete and buttons: routed to their command through its checks. */
export function onInteractionCreate(client: Client, context: BotContext, commands: readonly BotCommand[]): void {
  const route = createInteractionRouter(commands, context);
  client.on(Events.InteractionCreate, (interaction) => {
    route(interaction).catch((error: unknown) => context.logger.error('interaction router failed', { error }));
  });
}
