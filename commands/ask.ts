import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeCommand } from '../src/bot/catalog.ts';
import { answerQuestion, DEFAULT_RESULTS } from '../src/bot/questions.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { BotContext } from '../src/bot/types.ts';

export const MAX_QUESTION_LENGTH = 300;
export const MAX_RESULTS = 10;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription(describeCommand('ask'))
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option.setName('question').setDescription('What you want to know, e.g. “did Russia plan to invade Ukraine?”').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addIntegerOption((option) =>
    option.setName('results').setDescription(`How many passages to show (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`).setMinValue(1).setMaxValue(MAX_RESULTS),
  );

// desk.ask is synchronous and takes milliseconds (at most ~0.1 s for a 1000-character question), and
// the workload lets only a few questions queue, so the reply goes out well inside 3 s without deferring.
export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const question = interaction.options.getString('question', true);
  const results = interaction.options.getInteger('results') ?? DEFAULT_RESULTS;
  const reply = await context.workload.compute(() => answerQuestion(context, interaction.user.id, question, results));
  await interaction.reply(toInteractionReply(reply));
}
