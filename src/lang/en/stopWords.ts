import { eng } from 'stopword';

/**
 * English function words, from the `stopword` package's list, plus the negations and auxiliaries
 * that reporters move around when they paraphrase ("we have no common vision" / "we don't have a
 * common vision"): comparing two reports of a statement ignores them.
 */
export const STATEMENT_STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...`no not nor never none cannot can't don't doesn't didn't won't wouldn't isn't aren't wasn't weren't haven't hasn't
  hadn't n't do does did have has had will would shall should can could may might must be been being am is are was were
  we i you he she it they us our ours me my mine your yours his her hers its their theirs them him this that these those
  there here also just very much more most any some all`.split(/\s+/).filter(Boolean),
]);
