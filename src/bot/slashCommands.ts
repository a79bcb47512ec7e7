import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { COMMANDS } from '../commands/index.ts';
import type { Command, CommandContext, CommandInput, Reply } from '../commands/types.ts';
import { DISCORD_LIMITS, truncate, truncateGraphemes } from '../presentation/limits.ts';
import { answerWithinDeadline } from './deadline.ts';
import { toInteractionEdit, toInteractionReply, toInteractionUpdate } from './send.ts';
import type { BotCommand, BotContext } from './types.ts';

/** The registration Discord receives for a command, derived from its definition. */
export function slashData(command: Command): SlashCommandBuilder {
  const data = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(truncate(command.description, DISCORD_LIMITS.commandDescription))
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  if (command.guildOnly) data.setContexts(InteractionContextType.Guild);
  else data.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
  // Hidden from members without Manage Server; the pipeline checks again when it runs.
  if (command.checks.moderatorOnly) data.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  for (const spec of command.options) {
    if (spec.type === 'string') {
      data.addStringOption((option) => {
        option
          .setName(spec.name)
          .setDescription(spec.description)
          .setRequired(spec.required ?? false);
        if (spec.maxLength !== undefined) option.setMaxLength(spec.maxLength);
        if (spec.autocomplete) option.setAutocomplete(true);
        return option;
      });
    } else {
      data.addIntegerOption((option) => {
        option
          .setName(spec.name)
          .setDescription(spec.description)
          .setRequired(spec.required ?? false);
        if (spec.min !== undefined) option.setMinValue(spec.min);
        if (spec.max !== undefined) option.setMaxValue(spec.max);
        return option;
      });
    }
  }
  return data;
}

/** What a command may use, for an interaction or message of this bot. */
export function commandContext(context: BotContext, botUserId: string | null): CommandContext {
  return {
    desk: context.desk,
    commands: COMMANDS,
    discord: { botUserId, askChannelId: context.discord.askChannelId },
    signal: context.shutdown,
    ...(context.reindexHooks.onFile ? { onFile: context.reindexHooks.onFile } : {}),
    log: (message, fields) => context.logger.info(message, fields),
  };
}

function readOptions(interaction: ChatInputCommandInteraction, command: Command): CommandInput {
  const input: Record<string, string | number> = {};
  for (const spec of command.options) {
    const value = spec.type === 'string' ? interaction.options.getString(spec.name) : interaction.options.getInteger(spec.name);
    if (value !== null) input[spec.name] = value;
  }
  return input;
}

/** A command of the commands layer, answered on Discord. */
export function slashCommand(command: Command): BotCommand {
  const bot: BotCommand = {
    data: slashData(command),
    checks: command.checks,
    async execute(interaction, context) {
      const commandCtx = commandContext(context, interaction.client.user.id);
      const refusal = command.refuse?.(commandCtx);
      if (refusal) {
        await interaction.reply(toInteractionReply(refusal.reply()));
        return;
      }
      const input = readOptions(interaction, command);
      if (command.slow) {
        await interaction.deferReply();
        const answered = (async () => {
          const outcome = await command.run(commandCtx, input);
          await interaction.editReply(toInteractionEdit(outcome.reply()));
        })();
        context.pending.add(answered);
        try {
          await answered;
        } finally {
          context.pending.delete(answered);
        }
        return;
      }
      const answer = async (): Promise<Reply> => (await command.run(commandCtx, input)).reply();
      await answerWithinDeadline(interaction, (onLate) => (command.checks.busyWork ? context.workload.compute(answer, onLate) : answer()));
    },
  };
  const { autocomplete, button } = command;
  if (autocomplete) {
    bot.autocomplete = async (interaction: AutocompleteInteraction, context: BotContext) => {
      const focused = interaction.options.getFocused();
      // Discord sends what was typed; a number here (an integer option focused) is searched as text.
      const typed = truncateGraphemes(String(focused), DISCORD_LIMITS.choiceValue);
      const choices = await context.workload.compute(() => autocomplete(commandContext(context, interaction.client.user.id), typed));
      await interaction.respond(choices);
    };
  }
  if (button) {
    bot.button = async (interaction: ButtonInteraction, context: BotContext) => {
      const reply = await context.workload.compute(() => button(commandContext(context, interaction.client.user.id), interaction.customId));
      if (!reply) {
        await interaction.reply(toInteractionReply({ content: `Those quotes are no longer in the index; run /${command.name} again.`, ephemeral: true }));
        return;
      }
      await interaction.update(toInteractionUpdate(reply));
    };
  }
  return bot;
}

/** Every command of the commands layer as a slash command, in /help's order. */
export const slashCommands: readonly BotCommand[] = COMMANDS.map(slashCommand);
