import type { TextBlock } from './attributionTypes.ts';
import { WRITER, type ArticlePerson } from './people.ts';

/**
 * Untagged turns of a two-person exchange, as dialogue is written: each speaker's words a paragraph of
 * their own, the tags dropped once the two are known (ca32: "“What kind of car is it”?? He asked
 * gloomily." / "“It is a British Austin, the smallest they make”." / "“Get much mileage”??" / "“About
 * 35”." / "The gas station man sighed unhappily." / "“What I always say is …”" / "“I will die rich”." /
 * "“That will be $1.80”, said the gas station man."). A run of paragraphs that are nothing but a quote
 * alternates between the last two speakers; a paragraph of narration whose subject is one of them ("The
 * gas station man sighed unhappily.") hands the next turn to that one. The second speaker is the one of
 * the tagged turn before, or the writer when the story is told in the first person just before the
 * exchange ("When I had my big job …"; an unnamed writer's own turns are left unattributed). A run is given its speakers only when what closes it agrees:
 * a tagged turn by the speaker the alternation expects there, or narration about the other one. A quote
 * in a paragraph that has any other words is never guessed.
 */

/** A body paragraph and the quotes attribution found in it, in reading order. */
export interface ParagraphQuotes {
  block: TextBlock;
  quotes: Array<{ speaker: ArticlePerson | null; kind: string; attribution: string; cue: string }>;
}

/** How many paragraphs before the exchange a first-person "I" outside quotes makes the writer its other speaker. */
const NARRATOR_REACH = 4;

/** A paragraph that is quotes and punctuation only: an opening mark first, no letters outside the marks. */
function loneQuote(paragraph: ParagraphQuotes, words: (text: string) => string): boolean {
  const text = paragraph.block.text.trim();
  return /^[“"]/u.test(text) && paragraph.quotes.length > 0 && paragraph.quotes.every((quote) => !quote.speaker) && !/\p{L}/u.test(words(text));
}

/** The one speaker of a tagged turn: a paragraph whose quotes have one speaker, a whole quote of theirs found by a tag. */
function taggedTurn(paragraph: ParagraphQuotes): ArticlePerson | null {
  const speakers = new Set(paragraph.quotes.map((quote) => quote.speaker));
  const [speaker] = speakers;
  const tagged = paragraph.quotes.some((quote) => quote.kind === 'direct' && quote.attribution !== 'continuation');
  return speakers.size === 1 && speaker && tagged ? speaker : null;
}

/** The speaker a paragraph of narration is about: it opens with their name or description ("The gas station man sighed"). */
function narrationAbout(paragraph: ParagraphQuotes, speakers: readonly ArticlePerson[]): ArticlePerson | null {
  if (paragraph.quotes.length > 0) return null;
  const text = paragraph.block.text.trim().toLowerCase();
  const about = speakers.filter((speaker) => text.startsWith(`${speaker.name.toLowerCase()} `));
  return about.length === 1 ? (about[0] ?? null) : null;
}

/**
 * Gives the untagged turns their speakers (in place). `outsideQuotes` turns a paragraph's text into its
 * words outside quotes; `writer` is the article's first person.
 */
export function assignDialogueTurns(paragraphs: readonly ParagraphQuotes[], outsideQuotes: (text: string) => string, writer: () => ArticlePerson): void {
  for (let index = 1; index < paragraphs.length; index++) {
    const current = paragraphs[index];
    const tagged = current ? taggedTurn(current) : null;
    const next = paragraphs[index + 1];
    if (!tagged || !next || !loneQuote(next, outsideQuotes)) continue;
    const other = otherSpeaker(paragraphs, index, tagged, outsideQuotes, writer);
    if (other) index = alternate(paragraphs, index + 1, [other, tagged], outsideQuotes);
  }
}

/** The other party of the exchange a tagged turn belongs to: the tagged turn right before, or the narrating writer. */
function otherSpeaker(
  paragraphs: readonly ParagraphQuotes[],
  index: number,
  tagged: ArticlePerson,
  outsideQuotes: (text: string) => string,
  writer: () => ArticlePerson,
): ArticlePerson | null {
  const before = paragraphs[index - 1];
  const previous = before ? taggedTurn(before) : null;
  if (previous && previous !== tagged) return previous;
  for (let back = index - 1; back >= Math.max(0, index - NARRATOR_REACH); back--) {
    const text = paragraphs[back]?.block.text ?? '';
    if (!/(?:^|[^\p{L}])I(?:[^\p{L}'’]|$)/u.test(outsideQuotes(text))) continue;
    return writer() === tagged ? null : writer();
  }
  return null;
}

/**
 * From the lone turn at `start`, alternates the two speakers (`order[0]` speaks first) over runs of lone
 * turns, narration about one of them handing them the next turn; keeps what a closing tagged turn or
 * narration confirms. Returns the index of the last paragraph read.
 */
function alternate(paragraphs: readonly ParagraphQuotes[], start: number, order: [ArticlePerson, ArticlePerson], outsideQuotes: (text: string) => string): number {
  let pending: Array<{ paragraph: ParagraphQuotes; speaker: ArticlePerson }> = [];
  let turn = 0;
  let index = start;
  for (; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph) break;
    const expected = order[turn % 2] ?? order[0];
    if (loneQuote(paragraph, outsideQuotes)) {
      pending.push({ paragraph, speaker: expected });
      turn++;
      continue;
    }
    const tagged = taggedTurn(paragraph);
    const about = tagged ? null : narrationAbout(paragraph, order);
    const last = pending[pending.length - 1]?.speaker;
    // What closes the run must agree: the tagged speaker the alternation expects, or narration about the one who did not speak last.
    const agrees = (tagged !== null && tagged === expected) || (about !== null && about !== last);
    // An unnamed writer's own turns stay unattributed: /quote knows them as "the writer", which neither the role
    // the text gives them ("the TV columnist") nor the writer of another article finds.
    if (agrees) for (const { paragraph: turnParagraph, speaker } of pending) if (speaker.name !== WRITER) give(turnParagraph, speaker);
    pending = [];
    if (!agrees || tagged) break;
    // "The gas station man sighed unhappily." — the next turn is his.
    turn = about === order[0] ? 0 : 1;
  }
  // The paragraph that ended the exchange may open the next one.
  return index - 1;
}

function give(paragraph: ParagraphQuotes, speaker: ArticlePerson): void {
  for (const quote of paragraph.quotes) {
    if (quote.speaker) continue;
    quote.speaker = speaker;
    quote.attribution = 'continuation';
    quote.cue = 'dialogue turn';
  }
}
