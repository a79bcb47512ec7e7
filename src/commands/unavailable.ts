import { IndexUnavailableError } from '../core/indexErrors.ts';
import { UNAVAILABLE_TEXT } from '../presentation/text.ts';
import type { Choice, Outcome, Reply } from './types.ts';

/**
 * A shared index (INDEX_BACKEND=postgres) that cannot be reached is not a bug: the person gets a
 * plain "try again in a minute", only they see it, and the desk has logged the reason. Any other
 * error is rethrown to the adapters' "something went wrong (error id …)".
 */

const UNAVAILABLE: Outcome = { text: () => UNAVAILABLE_TEXT, reply: () => ({ content: UNAVAILABLE_TEXT, ephemeral: true }) };

export async function orUnavailable(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IndexUnavailableError) return UNAVAILABLE;
    throw error;
  }
}

/** A button's answer when the index is away; other errors are rethrown. */
export function unavailableReply(error: unknown): Reply {
  if (error instanceof IndexUnavailableError) return UNAVAILABLE.reply();
  throw error;
}

/** Autocomplete offers nothing while the index is away (the command then says why). */
export async function choicesOrNone(work: () => Promise<Choice[]>): Promise<Choice[]> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IndexUnavailableError) return [];
    throw error;
  }
}
