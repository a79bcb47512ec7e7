import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AppConfig, DiscordSettings } from '../config.ts';
import type { NewsDesk } from '../core/newsDesk.ts';
import type { Cooldown } from './cooldown.ts';
import type { Logger } from './logger.ts';
import type { Workload } from './workload.ts';

/** Test and progress hooks passed through to `desk.reindex()`. */
export interface ReindexHooks {
  onFile?: (file: string) => void | Promise<void>;
}

/** What every handler may use; built once by `startBot`. */
export interface BotContext {
  desk: NewsDesk;
  config: AppConfig;
  discord: DiscordSettings;
  logger: Logger;
  /** Shared by /ask and mention questions. */
  cooldown: Cooldown;
  reindexHooks: ReindexHooks;
  /** The cap on questions in flight and the one-at-a-time queue for search work. */
  workload: Workload;
  /** Set when the bot begins shutting down (SIGINT/SIGTERM or `stop()`). */
  lifecycle: Lifecycle;
}

export interface Lifecycle {
  stopping: boolean;
  /**
   * The deferred reply of the /reindex that is running, if any, so a shutdown can tell the
   * moderator it was interrupted instead of leaving "thinking…" for ever.
   */
  reindexInProgress: { tellInterrupted(): Promise<void> } | null;
}

/**
 * One slash command, as in the discord.js guide: its definition and a thin handler.
 * Buttons whose custom id starts with `<name>:` are routed to `button`.
 */
export interface BotCommand {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  button?(interaction: ButtonInteraction, context: BotContext): Promise<void>;
  /**
   * Answered even when the bot is at its cap of questions in flight (`Workload`): commands that do
   * no search work (/help) or limit themselves (/reindex runs one at a time).
   */
  alwaysAdmit?: boolean;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A reply before it is fitted to Discord's limits and given its never-ping mention settings. */
export interface BotReply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  /** Only the person who asked sees it (interactions only; message replies cannot be ephemeral). */
  ephemeral?: boolean;
}
