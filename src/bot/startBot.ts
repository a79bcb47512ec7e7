import type { AppConfig, DiscordSettings } from '../config.ts';
import type { NewsDesk } from '../core/newsDesk.ts';

export async function startBot(_desk: NewsDesk, _config: AppConfig, _discord: DiscordSettings): Promise<void> {
  throw new Error('The Discord adapter is not built yet; unset DISCORD_TOKEN to use the console.');
}
