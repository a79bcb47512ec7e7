/**
 * Modifiers that set one person apart from another rather than describe them ("the elder man", "the other
 * officer", "the new secretary", "the late senator"): a description holding one picks out somebody among
 * several, so it is never read as an epithet for the person the story is about. Comparatives and
 * superlatives ("older", "youngest") are told by their ending (epithet.ts); these are the irregular and
 * ordinal ones, and the words of sequence and time.
 */
export const CONTRASTIVE_MODIFIERS: ReadonlySet<string> = new Set(
  'other another same first second third fourth fifth last next new former latter late elder eldest previous earlier later present current then only remaining second-in-command acting outgoing incoming'.split(
    ' ',
  ),
);
