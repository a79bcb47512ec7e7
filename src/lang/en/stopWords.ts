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
  there here also just very much more most any some all`
    .split(/\s+/)
    .filter(Boolean),
]);

/** English stop words, plus the words a question uses to ask ("tell", "say", "said"), which would otherwise match every quote equally. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
  i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
  or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
  that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those
  through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
  where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves us also just tell me please anything something everything nothing anyone anybody someone somebody
  everyone everybody nobody whatever whoever thing things say says said did does know whether
  although though yet however within without upon among amongst via per many much neither either`
    .split(/\s+/)
    .filter(Boolean),
);
