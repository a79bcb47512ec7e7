import { ask } from './ask.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { reindex } from './reindex.ts';
import { sources } from './sources.ts';
import { speakers } from './speakers.ts';
import type { Command } from './types.ts';

/**
 * Every command, in the order /help lists them. Discord's registration and routing, /help and the
 * console's parser all read this list: a command added here works everywhere.
 */
export const COMMANDS: readonly Command[] = [ask, quote, speakers, sources, reindex, help];
