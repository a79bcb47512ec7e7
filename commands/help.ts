import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { helpReply } from '../src/bot/format.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription(describeCommand('help'))
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

/** Static text: answered even when the bot is busy. */
export const alwaysAdmit = true;

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.reply(toInteractionReply(helpReply({ botUserId: interaction.client.user.id, askChannelId: context.discord.askChannelId })));
}
