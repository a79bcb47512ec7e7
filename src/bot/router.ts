import type { Interaction } from 'discord.js';
import { guardInteraction } from './guard.ts';
import { memberFacts } from './permissions.ts';
import { DEFAULT_CHECKS, throughChecks } from './pipeline.ts';
import { toInteractionReply } from './send.ts';
import type { BotCommand, BotContext, BotReply } from './types.ts';

const notice = (content: string): BotReply => ({ content, ephemeral: true });

/**
 * Routes interactions to commands: slash commands to `execute`, autocomplete to `autocomplete`,
 * buttons whose custom id starts with "<command>:" to that command's `button`. Every call is
 * guarded (the returned function never rejects) and goes through the command's checks first.
 */
export function createInteractionRouter(commands: readonly BotCommand[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const { logger } = context;

  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      const label = `/${interaction.commandName}`;
      const started = performance.now();
      await guardInteraction(interaction, logger, label, async () => {
        if (!command) {
          await interaction.reply(
            toInteractionReply(notice('That command is not available (the registered commands may be out of date; a moderator can run `npm run deploy-commands`).')),
          );
          return;
        }
        const request = { label, userId: interaction.user.id, member: memberFacts(interaction), refuse: (reply: BotReply) => interaction.reply(toInteractionReply(reply)) };
        await throughChecks(context, command.checks ?? DEFAULT_CHECKS, request, () => command.execute(interaction, context));
      });
      logger.debug('command handled', { command: interaction.commandName, user: interaction.user.id, ms: Math.round(performance.now() - started) });
      return;
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      const label = `/${interaction.commandName} autocomplete`;
      await guardInteraction(interaction, logger, label, async () => {
        const autocomplete = command?.autocomplete;
        if (!command || !autocomplete) {
          await interaction.respond([]);
          return;
        }
        // Autocomplete has no way to say why: a refusal offers nothing, and the cooldown is for questions.
        const checks = { ...(command.checks ?? DEFAULT_CHECKS), cooldown: false };
        const request = { label, userId: interaction.user.id, member: memberFacts(interaction), refuse: () => interaction.respond([]) };
        await throughChecks(context, checks, request, () => autocomplete.call(command, interaction, context));
      });
      return;
    }
    if (interaction.isButton()) {
      const name = interaction.customId.split(':', 1)[0] ?? '';
      const command = byName.get(name);
      const label = `${name} button`;
      await guardInteraction(interaction, logger, label, async () => {
        const button = command?.button;
        if (!command || !button) {
          await interaction.reply(toInteractionReply(notice('That button is no longer active.')));
          return;
        }
        // Paging through an answer already given is not a new question: no cooldown.
        const checks = { ...(command.checks ?? DEFAULT_CHECKS), cooldown: false };
        const request = { label, userId: interaction.user.id, member: memberFacts(interaction), refuse: (reply: BotReply) => interaction.reply(toInteractionReply(reply)) };
        await throughChecks(context, checks, request, () => button.call(command, interaction, context));
      });
      return;
    }
    logger.debug('ignored interaction', { type: interaction.type });
  };
}
