import type { BotCommand } from '../src/bot/types.ts';
import * as ask from './ask.ts';
import * as help from './help.ts';
import * as quote from './quote.ts';
import * as reindex from './reindex.ts';
import * as sources from './sources.ts';
import * as speakers from './speakers.ts';

/** Every slash command the bot registers and answers, in the order /help lists them. */
export const commands: readonly BotCommand[] = [ask, quote, speakers, sources, reindex, help];
