import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { notice, reindexReply } from '../src/bot/format.ts';
import { checkModerator, memberFacts } from '../src/bot/permissions.ts';
import { toInteractionEdit, toInteractionReply } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';
import type { ReindexResult } from '../src/core/newsDesk.ts';

export const data = new SlashCommandBuilder()
  .setName('reindex')
  .setDescription(describeCommand('reindex'))
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild);

/** It defers and runs one at a time on its own, so it never waits for a place among questions. */
export const alwaysAdmit = true;

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
  const { lifecycle } = context;
  const running = {
    tellInterrupted: async () => {
      await interaction.editReply(toInteractionEdit(notice('Reindex stopped: the bot is shutting down. It reads the articles folder afresh when it starts again, so the changes will be picked up then.')));
    },
  };
  lifecycle.reindexInProgress = running;
  let result: ReindexResult;
  try {
    result = await context.desk.reindex(context.reindexHooks);
  } finally {
    if (lifecycle.reindexInProgress === running) lifecycle.reindexInProgress = null;
  }
  context.logger.info('reindex finished', { status: result.status, ...(result.status === 'busy' ? {} : { ms: Math.round(result.durationMs) }) });
  if (lifecycle.stopping) {
    // The moderator was already told it was interrupted, and the client is gone or going.
    context.logger.info('reindex finished after shutdown began; not reported', { status: result.status });
    return;
  }
  await interaction.editReply(toInteractionEdit(reindexReply(result)));
}
