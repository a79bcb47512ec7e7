import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Checks, Reply } from '../commands/types.ts';
import type { AppConfig, DiscordSettings } from '../config.ts';
import type { Desk } from '../core/desk.ts';
import type { Cooldown } from './cooldown.ts';
import type { Logger } from './logger.ts';
import type { Workload } from './workload.ts';

/** Test and progress hooks passed through to `desk.reindex()`. */
export interface ReindexHooks {
  onFile?: (file: string) => void | Promise<void>;
}

/** What every handler may use; built once by `startBot`. */
export interface BotContext {
  desk: Desk;
  config: AppConfig;
  discord: DiscordSettings;
  logger: Logger;
  /** Shared by /ask and mention questions. */
  cooldown: Cooldown;
  /** At most one "busy"/"slow down" notice per member per window for mentions (they cannot be ephemeral). */
  mentionNotices: Cooldown;
  reindexHooks: ReindexHooks;
  /** The cap on questions in flight and the one-at-a-time queue for search work. */
  workload: Workload;
  /** Aborted when the bot begins shutting down (SIGINT/SIGTERM or `stop()`): a running /reindex stops. */
  shutdown: AbortSignal;
  /** Deferred answers still to be edited in; a shutdown waits (briefly) for them. */
  pending: Set<Promise<unknown>>;
}

/**
 * One slash command as Discord sees it: its registration and handlers. `slashCommands.ts` derives
 * these from the commands layer; tests add their own. Buttons whose custom id starts with
 * `<name>:` are routed to `button`. The pipeline runs `checks` (default: busy work) first.
 */
export interface BotCommand {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  checks?: Checks;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  button?(interaction: ButtonInteraction, context: BotContext): Promise<void>;
}

/** A reply before it is fitted to Discord's limits and given its never-ping mention settings. */
export type BotReply = Reply;
