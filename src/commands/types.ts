import type { Desk } from '../core/desk.ts';

/**
 * The commands layer: what each command is, does and answers, with no knowledge of Discord or
 * the terminal. The Discord registration, routing and checks, `/help` and the console's parser
 * are all derived from the list in `index.ts`.
 */

export type OptionSpec =
  | { type: 'string'; name: string; description: string; required?: boolean; maxLength?: number; autocomplete?: boolean }
  | { type: 'integer'; name: string; description: string; required?: boolean; min?: number; max?: number };

/** Option values by name, as the person gave them (absent options are missing). */
export type CommandInput = Readonly<Record<string, string | number | undefined>>;

/** The checks the bot runs before a command (the console runs every command unchecked). */
export interface Checks {
  /** Manage Server (and MODERATOR_ROLE_ID when set), in a server only. */
  moderatorOnly?: boolean;
  /** Shares the per-person question cooldown (ASK_COOLDOWN_SECONDS). */
  cooldown?: boolean;
  /** Needs a place among the questions in flight (MAX_QUESTIONS_IN_FLIGHT) and runs in the work queue. */
  busyWork: boolean;
}

/** A reply as data: the bot fits it to Discord's limits and sends it; nothing in it pings. */
export interface Reply {
  content?: string;
  embeds?: ReplyEmbed[];
  /** One row of buttons (quote paging). */
  buttons?: ReplyButton[];
  /** Only the person who asked sees it (interactions only; message replies cannot be ephemeral). */
  ephemeral?: boolean;
}

export interface ReplyEmbed {
  color?: number;
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export interface ReplyButton {
  /** At most 100 characters (Discord's custom id limit). */
  id: string;
  label: string;
  disabled: boolean;
}

/** An autocomplete choice: what is shown and what is filled in (each at most 100 characters). */
export interface Choice {
  name: string;
  value: string;
}

/** A command's answer, rendered on demand for the surface that asked. */
export interface Outcome {
  text(): string;
  reply(): Reply;
}

export interface CommandInfo {
  name: string;
  usage: string;
  description: string;
  checks: Checks;
}

/** What a command may use while it runs. */
export interface CommandContext {
  desk: Desk;
  /** Every command (for /help). */
  commands: readonly CommandInfo[];
  /** Where a Discord reply goes; null in the console. */
  discord: { botUserId: string | null; askChannelId: string | null } | null;
  /** Aborted when the bot shuts down (a running /reindex stops). */
  signal?: AbortSignal;
  /** Progress of a reindex, file by file (tests hold a reindex here). */
  onFile?: (file: string) => void | Promise<void>;
  /** Facts for the operator's log (the console has none). */
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export interface Command extends CommandInfo {
  options: readonly OptionSpec[];
  /** Other console spellings ("quotes" for "quote"). */
  aliases?: readonly string[];
  /** Only in a server, not in direct messages. */
  guildOnly?: boolean;
  /** May take longer than Discord's 3 s: the bot acknowledges first, then edits the answer in. */
  slow?: boolean;
  /** An answer given at once instead of running (e.g. "a reindex is already running"), or null. */
  refuse?(context: CommandContext): Outcome | null;
  run(context: CommandContext, input: CommandInput): Outcome | Promise<Outcome>;
  /** Suggestions for the option marked `autocomplete` as the person types. */
  autocomplete?(context: CommandContext, typed: string): Choice[] | Promise<Choice[]>;
  /** A press of one of this command's buttons (custom id `<name>:…`): the new message, or null when it no longer applies. */
  button?(context: CommandContext, customId: string): Reply | null | Promise<Reply | null>;
}

/** The first string option's value, or '' (the console passes its whole argument that way). */
export function textInput(input: CommandInput, name: string): string {
  const value = input[name];
  return typeof value === 'string' ? value : '';
}

export function integerInput(input: CommandInput, name: string): number | undefined {
  const value = input[name];
  return typeof value === 'number' ? value : undefined;
}
