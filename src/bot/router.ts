import type { Interaction } from 'discord.js';
import { notice } from './format.ts';
import { guardInteraction } from './guard.ts';
import { toInteractionReply } from './send.ts';
import type { BotCommand, BotContext } from './types.ts';

/**
 * Routes interactions to commands: slash commands to `execute`, autocomplete to `autocomplete`,
 * buttons whose custom id starts with "<command>:" to that command's `button`. Every call is
 * guarded; the returned function never rejects.
 */
export function createInteractionRouter(commands: readonly BotCommand[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const { logger } = context;

  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      const started = performance.now();
      await guardInteraction(interaction, logger, `/${interaction.commandName}`, async () => {
        if (!command) {
          await interaction.reply(toInteractionReply(notice('That command is not available (the registered commands may be out of date; a moderator can run `npm run deploy-commands`).')));
          return;
        }
        await command.execute(interaction, context);
      });
      logger.debug('command handled', { command: interaction.commandName, user: interaction.user.id, ms: Math.round(performance.now() - started) });
      return;
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      await guardInteraction(interaction, logger, `/${interaction.commandName} autocomplete`, async () => {
        if (command?.autocomplete) await command.autocomplete(interaction, context);
        else await interaction.respond([]);
      });
      return;
    }
    if (interaction.isButton()) {
      const name = interaction.customId.split(':', 1)[0] ?? '';
      const command = byName.get(name);
      await guardInteraction(interaction, logger, `${name} button`, async () => {
        if (command?.button) await command.button(interaction, context);
        else await interaction.reply(toInteractionReply(notice('That button is no longer active.')));
      });
      return;
    }
    logger.debug('ignored interaction', { type: interaction.type });
  };
}
