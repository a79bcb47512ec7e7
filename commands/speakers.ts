import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { speakersReply } from '../src/bot/format.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';

export const data = new SlashCommandBuilder()
  .setName('speakers')
  .setDescription(describeCommand('speakers'))
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const reply = await context.workload.compute(() => speakersReply(context.desk.speakers()));
  await interaction.reply(toInteractionReply(reply));
}
