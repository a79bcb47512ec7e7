import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { notice, parseQuotePageId, quotesReply, speakerChoices } from '../src/bot/format.ts';
import { DISCORD_LIMITS } from '../src/bot/limits.ts';
import { toInteractionReply, toInteractionUpdate } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription(describeCommand('quote'))
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option.setName('speaker').setDescription('A name or title, e.g. “Lavrov” or “Russia’s foreign minister”').setRequired(true).setMaxLength(100).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const speaker = interaction.options.getString('speaker', true);
  const reply = await context.workload.compute(() => quotesReply(context.desk.quotes(speaker)));
  await interaction.reply(toInteractionReply(reply));
}

export async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const typed = interaction.options.getFocused();
  const choices = await context.workload.compute(() => speakerChoices(context.desk.suggestSpeakers(typed, DISCORD_LIMITS.autocompleteChoices)));
  await interaction.respond(choices);
}

/** "◀ Previous" / "Next ▶" on a page of quotes: rerenders the message in place. */
export async function button(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const target = parseQuotePageId(interaction.customId);
  if (!target) {
    await interaction.reply(toInteractionReply(notice('That button is no longer active.')));
    return;
  }
  const reply = await context.workload.compute(() => {
    const result = context.desk.quotes(target.speakerName);
    return result.status === 'found' ? quotesReply(result, target.page) : null;
  });
  if (!reply) {
    await interaction.reply(toInteractionReply(notice('Those quotes are no longer in the index; run /quote again.')));
    return;
  }
  await interaction.update(toInteractionUpdate(reply));
}
