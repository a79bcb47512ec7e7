import { createHash } from 'node:crypto';
import type { QuotesResult } from '../core/newsDesk.ts';
import { MAX_SPEAKER_QUERY_CHARS } from '../domain/limits.ts';
import type { Quote, Speaker } from '../domain/types.ts';
import { citationLine } from '../presentation/citationText.ts';
import { DISCORD_LIMITS, perFieldBudget, truncate, truncateGraphemes } from '../presentation/limits.ts';
import { safeText } from '../presentation/safeText.ts';
import { attributionNote, COLOR, KIND_LABEL, plural, quoteLabel, showsSentence, speakerHeading } from '../presentation/text.ts';
import { CITATION_CHARS, discordCitation, ECHO_CHARS } from './ask.ts';
import { textInput, type Choice, type Command, type Outcome, type Reply, type ReplyButton, type ReplyEmbed } from './types.ts';
import { choicesOrNone, orUnavailable, unavailableReply } from './unavailable.ts';

/** How much of a headline a "which one?" answer shows per candidate. */
const HEADLINE_CHARS = 60;

export const QUOTES_PER_PAGE = 5;

export const quote: Command = {
  name: 'quote',
  usage: '/quote <speaker>',
  description: 'What a person is reported to have said, quote by quote, with sources.',
  options: [
    {
      type: 'string',
      name: 'speaker',
      description: 'A name or title, e.g. “Smith” or “the governor”',
      required: true,
      maxLength: MAX_SPEAKER_QUERY_CHARS,
      autocomplete: true,
    },
  ],
  aliases: ['quotes'],
  checks: { busyWork: true },
  run: (context, input) => orUnavailable(async () => quotesOutcome(await context.desk.quotes(textInput(input, 'speaker')))),
  // With the shared index away, autocomplete offers nothing; the command itself then says why.
  autocomplete: (context, typed) => choicesOrNone(async () => speakerChoices(await context.desk.suggestSpeakers(typed, DISCORD_LIMITS.autocompleteChoices))),
  async button(context, customId) {
    const target = parseQuotePageId(customId);
    if (!target) return null;
    try {
      const speaker = speakersByKey(await context.desk.speakers()).get(target.speakerKey);
      const result = speaker ? await context.desk.quotesOf(speaker.id) : null;
      return result ? quotesReply(result, target.page) : null;
    } catch (error) {
      return unavailableReply(error);
    }
  },
};

export function quotesOutcome(result: QuotesResult): Outcome {
  return { text: () => quotesText(result), reply: () => quotesReply(result) };
}

export function quotesText(result: QuotesResult): string {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'unknown-speaker') {
    const known = result.knownSpeakers.map((speaker) => speaker.name).join(', ') || 'none yet';
    return `No quotes from “${result.query}” in the indexed articles. Known speakers: ${known}.`;
  }
  if (result.status === 'ambiguous') return `${whichOne(result)} Ask again with the full name.`;
  const { speaker, quotes, statements } = result;
  const lines = [`${speakerHeading(speaker)} — ${statements.length} statement(s)${quotes.length > statements.length ? `, ${quotes.length} reports` : ''}`];
  statements.forEach((statement, index) => {
    const [quote, ...copies] = statement.quotes;
    if (!quote) return;
    lines.push(`${index + 1}. ${quoteLabel(quote)}`);
    if (showsSentence(quote)) lines.push(`   in: ${quote.sentence}`);
    lines.push(`   — ${citationLine(quote.citation)}${attributionNote(quote)}`);
    if (copies.length > 0) {
      lines.push(`   reported by ${statement.articles} article(s); also:`);
      for (const copy of copies) lines.push(`   — “${copy.text}” — ${citationLine(copy.citation)}`);
    }
  });
  return lines.join('\n');
}

export function quotesReply(result: QuotesResult, requestedPage = 0): Reply {
  if (result.status === 'invalid') return { content: safeText(result.reason), ephemeral: true };
  if (result.status === 'unknown-speaker') {
    const known = result.knownSpeakers.map((speaker) => safeText(speaker.name, 80));
    return {
      content: `No quotes from “${safeText(result.query, ECHO_CHARS)}” in the indexed articles; known speakers: ${known.length > 0 ? known.join(', ') : 'none yet'}.`,
      ephemeral: true,
    };
  }
  if (result.status === 'ambiguous') {
    // Each button opens that person's first page: the page buttons' own handler, so it works after a restart too.
    const labels = candidateLabels(result);
    const buttons = result.candidates.slice(0, DISCORD_LIMITS.buttonsPerRow).map((candidate, index) => ({
      id: quotePageId(0, candidate),
      label: truncate(labels[index] ?? candidate.name, DISCORD_LIMITS.buttonLabel),
      disabled: false,
    }));
    return { content: safeText(`${whichOne(result)} Pick one, or ask again with the full name.`, DISCORD_LIMITS.content), buttons };
  }
  // One statement reported by several articles is one item, shown once with each citation.
  const { speaker, statements, otherMatches } = result;
  const quotes = statements.map((statement) => statement.quotes[0]).filter((quote): quote is Quote => quote !== undefined);
  const pages = Math.max(1, Math.ceil(quotes.length / QUOTES_PER_PAGE));
  const page = Math.min(Math.max(0, Math.floor(requestedPage)), pages - 1);
  const shown = quotes.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE);
  const first = page * QUOTES_PER_PAGE + 1;

  const title = safeText(`${speakerHeading(speaker)} — ${plural(quotes.length, 'quote')}`, DISCORD_LIMITS.embedTitle);
  const notes: string[] = [];
  if (quotes.length === 0) notes.push(`No quotes are attributed to ${safeText(speaker.name, 100)} in the indexed articles.`);
  if (otherMatches.length > 0) {
    notes.push(`Also matching: ${otherMatches.map((other) => safeText(other.name, 80)).join(', ')} — ask for them by full name.`);
  }
  const footer = quotes.length === 0 ? 'No quotes' : `Quotes ${first}–${first + shown.length - 1} of ${quotes.length} · whole quotes first, then quoted phrases, then paraphrases`;
  const names = shown.map((quote, index) => `${first + index}. ${KIND_LABEL[quote.kind]}`);
  const overhead = title.length + notes.join('\n').length + footer.length + names.reduce((sum, name) => sum + name.length, 0) + 50;
  const budget = perFieldBudget(shown.length, overhead);
  const embed: ReplyEmbed = {
    color: COLOR.quotes,
    title,
    fields: shown.map((quote, index) => ({ name: names[index] ?? `${first + index}.`, value: quoteBlock(quote, budget, statements[first - 1 + index]?.quotes.slice(1)) })),
    footer: { text: footer },
  };
  if (notes.length > 0) embed.description = notes.join('\n');
  const reply: Reply = { embeds: [embed] };
  if (pages > 1) reply.buttons = pageButtons(speaker, page, pages);
  return reply;
}

type Ambiguous = Extract<QuotesResult, { status: 'ambiguous' }>;

/** "“Thompson” could be several people: G. David Thompson (2 quotes, in “…”), Llewellyn E. Thompson (1 quote, in “…”)." */
function whichOne({ query, candidates, seenIn }: Ambiguous): string {
  const names = candidates.map((candidate, index) => {
    const headline = seenIn[index];
    return `${candidate.name} (${plural(candidate.quoteCount, 'quote')}${headline ? `, in “${truncate(headline, HEADLINE_CHARS)}”` : ''})`;
  });
  return `“${truncate(query, ECHO_CHARS)}” could be several people: ${names.join(', ')}.`;
}

/** A button's words: the name, and where the person is quoted when another candidate has the same name ("Udall · Culture in …"). */
function candidateLabels({ candidates, seenIn }: Ambiguous): string[] {
  const key = (speaker: Speaker) => speaker.name.replace(/\s+/g, ' ').toLowerCase();
  const counts = new Map<string, number>();
  for (const candidate of candidates) counts.set(key(candidate), (counts.get(key(candidate)) ?? 0) + 1);
  return candidates.map((candidate, index) => {
    const name = candidate.name.replace(/\s+/g, ' ');
    const headline = seenIn[index];
    return (counts.get(key(candidate)) ?? 0) > 1 && headline ? `${name} · ${headline}` : name;
  });
}

function quoteBlock(quote: Quote, budget: number, alsoReported: readonly Quote[] = []): string {
  const others = alsoReported.map((other) => `— ${discordCitation(other.citation)}`);
  const articles = new Set([quote, ...alsoReported].map((entry) => entry.citation.articleId)).size;
  const reportedBy = others.length > 0 ? `\n${safeText(`reported by ${plural(articles, 'article')}:\n${others.join('\n')}`, CITATION_CHARS * 2)}` : '';
  const citation = `— ${safeText(`${discordCitation(quote.citation)}${attributionNote(quote, truncate(quote.cue, 80))}`, CITATION_CHARS)}${reportedBy}`;
  const label = safeText(quoteLabel(quote), budget);
  const showSentence = showsSentence(quote);
  const sentence = showSentence ? safeText(quote.sentence, budget) : '';
  const inPrefix = 'in: ';
  let room = budget - citation.length - 1;
  if (showSentence) room -= inPrefix.length + 1;
  let sentenceRoom = showSentence ? Math.max(Math.floor(room / 3), room - label.length) : 0;
  sentenceRoom = Math.min(sentenceRoom, sentence.length);
  const lines = [truncate(label, Math.max(1, room - sentenceRoom))];
  if (showSentence) lines.push(`${inPrefix}${truncate(sentence, Math.max(1, sentenceRoom))}`);
  lines.push(citation);
  return lines.join('\n');
}

/**
 * A short, stable key for a speaker (16 characters of a hash of its id): a page button names the
 * speaker this way, so any name — however long — keeps its paging within the 100-character custom id.
 */
export function speakerKey(speaker: Pick<Speaker, 'id'>): string {
  return createHash('sha256').update(speaker.id).digest('base64url').slice(0, 16);
}

const keyedLists = new WeakMap<readonly Speaker[], Map<string, Speaker>>();

/** Speakers by their button key, hashed once per list the desk hands out (the embedded desk keeps one per snapshot). */
function speakersByKey(speakers: readonly Speaker[]): Map<string, Speaker> {
  let byKey = keyedLists.get(speakers);
  if (!byKey) {
    byKey = new Map(speakers.map((speaker) => [speakerKey(speaker), speaker]));
    keyedLists.set(speakers, byKey);
  }
  return byKey;
}

/** Stateless paging: the button carries the page and the speaker's key, so it works after a restart too. */
export function quotePageId(page: number, speaker: Pick<Speaker, 'id'>): string {
  return `quote:${page}:${speakerKey(speaker)}`;
}

export function parseQuotePageId(customId: string): { page: number; speakerKey: string } | null {
  const match = /^quote:(-?\d+):([A-Za-z0-9_-]{1,64})$/.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { page: Number(match[1]), speakerKey: match[2] };
}

function pageButtons(speaker: Speaker, page: number, pages: number): ReplyButton[] {
  return [
    { id: quotePageId(page - 1, speaker), label: '◀ Previous', disabled: page <= 0 },
    { id: quotePageId(page + 1, speaker), label: 'Next ▶', disabled: page >= pages - 1 },
  ];
}

/** Autocomplete for /quote: "Paul Morel — 10 quotes" → "Paul Morel". */
export function speakerChoices(speakers: readonly Speaker[]): Choice[] {
  return speakers.slice(0, DISCORD_LIMITS.autocompleteChoices).flatMap((speaker) => {
    const name = speaker.name.replace(/\s+/g, ' ').trim();
    if (!name) return [];
    const suffix = ` — ${plural(speaker.quoteCount, 'quote')}`;
    return [{ name: `${truncate(name, DISCORD_LIMITS.choiceName - suffix.length)}${suffix}`, value: truncateGraphemes(name, DISCORD_LIMITS.choiceValue) }];
  });
}
