import type { Interaction } from 'discord.js';
import { busyReply, notice } from './format.ts';
import { guardInteraction } from './guard.ts';
import { toInteractionReply } from './send.ts';
import type { BotCommand, BotContext } from './types.ts';

/**
 * Routes interactions to commands: slash commands to `execute`, autocomplete to `autocomplete`,
 * buttons whose custom id starts with "<command>:" to that command's `button`. Every call is
 * guarded; the returned function never rejects. Unless a command is `alwaysAdmit`, each call
 * needs a place in the workload: when the bot is at its cap, the user is told it is busy
 * (autocomplete gets no choices) without any search work being done.
 */
export function createInteractionRouter(commands: readonly BotCommand[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const { logger } = context;

  /** Runs `work` holding a place in the workload, or `busy` when there is none. */
  const admitted = async (command: BotCommand, label: string, userId: string, work: () => Promise<void>, busy: () => Promise<unknown>) => {
    if (command.alwaysAdmit) return work();
    const ticket = context.workload.admit();
    if (!ticket) {
      logBusy(context, label, userId);
      await busy();
      return;
    }
    try {
      await work();
    } finally {
      ticket.release();
    }
  };

  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      const label = `/${interaction.commandName}`;
      const started = performance.now();
      await guardInteraction(interaction, logger, label, async () => {
        if (!command) {
          await interaction.reply(toInteractionReply(notice('That command is not available (the registered commands may be out of date; a moderator can run `npm run deploy-commands`).')));
          return;
        }
        await admitted(
          command,
          label,
          interaction.user.id,
          () => command.execute(interaction, context),
          () => interaction.reply(toInteractionReply(busyReply())),
        );
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
        await admitted(
          command,
          label,
          interaction.user.id,
          () => autocomplete.call(command, interaction, context),
          () => interaction.respond([]),
        );
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
        await admitted(
          command,
          label,
          interaction.user.id,
          () => button.call(command, interaction, context),
          () => interaction.reply(toInteractionReply(busyReply())),
        );
      });
      return;
    }
    logger.debug('ignored interaction', { type: interaction.type });
  };
}

/**
 * One warning when the bot starts turning questions away, then one per 100 more in the same busy
 * spell, so a flood is visible in the log without the log becoming the flood.
 */
export function logBusy(context: BotContext, handler: string, userId: string): void {
  const { refusedInARow, refused, inFlight, maxInFlight } = context.workload;
  if (refusedInARow === 1 || refusedInARow % 100 === 0) {
    context.logger.warn('busy: questions turned away', { handler, user: userId, inFlight, maxInFlight, inARow: refusedInARow, total: refused });
  } else {
    context.logger.debug('busy: question turned away', { handler, user: userId });
  }
}
