import { DISCORD_LIMITS, joinLinesWithin } from '../presentation/limits.ts';
import { COLOR } from '../presentation/text.ts';
import type { Command, CommandContext, CommandInfo, Reply } from './types.ts';

export const help: Command = {
  name: 'help',
  usage: '/help',
  description: 'This list.',
  options: [],
  // Static text: answered even when the bot is busy.
  checks: { busyWork: false },
  run: (context) => ({ text: () => helpText(context.commands), reply: () => helpReply(context) }),
};

export function helpText(commands: readonly CommandInfo[]): string {
  return [
    'Ask about the news articles in the seeds folder. Commands:',
    ...commands.map((command) => `  ${command.usage.padEnd(18)} ${command.description}${command.checks.moderatorOnly ? ' (moderators, on Discord)' : ''}`),
    '  /quit              Leave the console.',
    'A line without a command is asked as a question.',
  ].join('\n');
}

export function helpReply(context: Pick<CommandContext, 'commands' | 'discord'>): Reply {
  const lines = context.commands.map((command) => `**${command.usage}** — ${command.description}${command.checks.moderatorOnly ? ' *(moderators only)*' : ''}`);
  const botUserId = context.discord?.botUserId ?? null;
  const askChannelId = context.discord?.askChannelId ?? null;
  const mention = botUserId ? `<@${botUserId}>` : 'the bot';
  lines.push('', `You can also mention ${mention} with a question (“${mention} who was elected mayor?”) for the same answer as /ask.`);
  if (askChannelId) lines.push(`Every message in <#${askChannelId}> is treated as a question.`);
  lines.push('', 'Answers quote the articles word for word and cite publication, headline, date, paragraph and sentence.');
  return {
    embeds: [{ color: COLOR.info, title: 'Newsdesk — ask about the news articles', description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription) }],
    ephemeral: true,
  };
}
