import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { notice, reindexReply } from '../src/bot/format.ts';
import { checkModerator, memberFacts } from '../src/bot/permissions.ts';
import { toInteractionEdit, toInteractionReply } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';

export const data = new SlashCommandBuilder()
  .setName('reindex')
  .setDescription(describeCommand('reindex'))
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const allowed = checkModerator(memberFacts(interaction), context.discord.moderatorRoleId);
  if (!allowed.ok) {
    context.logger.info('reindex refused', { user: interaction.user.id, reason: allowed.reason });
    await interaction.reply(toInteractionReply(notice(allowed.reason)));
    return;
  }
  if (context.desk.isReindexing) {
    await interaction.reply(toInteractionReply(reindexReply({ status: 'busy' })));
    return;
  }
  // Reading and analysing the folder can take longer than Discord's 3 s: acknowledge first.
  await interaction.deferReply();
  context.logger.info('reindex started', { user: interaction.user.id });
  const result = await context.desk.reindex(context.reindexHooks);
  context.logger.info('reindex finished', { status: result.status, ...(result.status === 'busy' ? {} : { ms: Math.round(result.durationMs) }) });
  await interaction.editReply(toInteractionEdit(reindexReply(result)));
}
