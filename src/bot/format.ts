import { ButtonStyle, ComponentType, type APIApplicationCommandOptionChoice, type APIEmbed, type APIEmbedField } from 'discord.js';
import { citationLine, publicationLabel } from '../core/citationText.ts';
import { COMMANDS } from '../core/commandCatalog.ts';
import type { QuotesResult, ReindexResult, SourcesSummary } from '../core/newsDesk.ts';
import type { Citation, Quote, Speaker } from '../domain/types.ts';
import { quoteLabel, renderReindex, speakerHeading } from '../console/renderText.ts';
import type { AskResult } from '../core/newsDesk.ts';
import { DISCORD_LIMITS, joinLinesWithin, perFieldBudget, truncate } from './limits.ts';
import { safeText } from './safeText.ts';
import type { BotReply, ButtonRow } from './types.ts';

/** Discord renderings of core results: embeds within Discord's limits, user and article text escaped. */

const COLOR = { answer: 0x2b6cb0, quotes: 0x6b46c1, info: 0x4a5568, ok: 0x2f855a, failed: 0xc53030 } as const;
export const QUOTES_PER_PAGE = 5;
/** Echoed questions are cut to this so the rest of a reply always has room. */
const ECHO_CHARS = 200;
const CITATION_CHARS = 400;
const HEADLINE_CHARS = 150;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// ─────────────── /ask and mentions ───────────────

export function askReply(result: AskResult): BotReply {
  if (result.status === 'invalid') return { content: safeText(result.reason), ephemeral: true };
  if (result.status === 'nothing-found') {
    const hint =
      result.suggestions.length > 0
        ? ` Did you mean: ${result.suggestions.map((word) => safeText(word, 40)).join(', ')}?`
        : ' Try other words or a name — /speakers and /sources show what is covered.';
    return { content: `Nothing in the indexed articles matches “${safeText(result.question, ECHO_CHARS)}”.${hint}`, ephemeral: true };
  }
  const notCovered = result.status === 'not-covered';
  const hits = notCovered ? result.nearest : result.hits;
  const missingLine = notCovered ? safeText(result.reason, ECHO_CHARS * 2) : '';
  if (notCovered && hits.length === 0) {
    return { content: `Not covered: “${safeText(result.question, ECHO_CHARS)}”. ${missingLine} Try other words — /speakers and /sources show what is covered.`, ephemeral: true };
  }
  const title = notCovered ? `Not covered: “${safeText(result.question, ECHO_CHARS)}”` : `Answers to “${safeText(result.question, ECHO_CHARS)}”`;
  const corrected = result.correctedQuestion
    ? `Searched for “${safeText(result.correctedQuestion, ECHO_CHARS)}” (spelling corrected to words the articles use).`
    : undefined;
  const description = notCovered ? [missingLine, 'Closest passages below — **not an answer**:', corrected].filter(Boolean).join('\n') : corrected;
  const footer = notCovered
    ? `${plural(hits.length, 'nearby passage')}, none answers the question · /sources lists the articles`
    : `${plural(hits.length, 'passage')} from the indexed articles · /sources lists them`;
  const names = hits.map((hit, index) => {
    const citation = hit.citation;
    return `${index + 1}. ${safeText(`${publicationLabel(citation)}${citation.dateText ? ` — ${citation.dateText}` : ''}`, 120)}`;
  });
  const overhead = title.length + (description?.length ?? 0) + footer.length + names.reduce((sum, name) => sum + name.length, 0) + 50;
  const budget = perFieldBudget(hits.length, overhead);
  const fields: APIEmbedField[] = hits.map((hit, index) => ({
    name: names[index] ?? `${index + 1}.`,
    value: passageBlock(hit.text, hit.context, citationText(hit.citation), budget),
  }));
  const embed: APIEmbed = { color: notCovered ? COLOR.info : COLOR.answer, title, fields, footer: { text: footer } };
  if (description) embed.description = description;
  return { embeds: [embed] };
}

/**
 * The citation line with an over-long headline shortened, so publication, date and the place in
 * the article always survive.
 */
function citationText(citation: Citation & { lastParagraph?: number; lastSentence?: number }): string {
  return citationLine({ ...citation, headline: truncate(citation.headline.replace(/\s+/g, ' '), HEADLINE_CHARS) });
}

/**
 * "> the passage", an optional context line and "— the citation", within `budget` characters.
 * The citation is kept whole (up to 400 characters); the passage and its context share the rest.
 */
function passageBlock(text: string, context: string | null, citation: string, budget: number): string {
  const citationPart = `— ${safeText(citation, CITATION_CHARS)}`;
  const quotePrefix = '> ';
  const contextPrefix = '*context:* ';
  let room = budget - citationPart.length - quotePrefix.length - 1;
  if (context) room -= contextPrefix.length + 1;
  // Never more than the whole budget is shown, so never more than that is escaped (see safeText).
  const fullText = safeText(text, budget);
  const fullContext = context ? safeText(context, budget) : '';
  // The passage first; the context gets what is left, at least a third when both are long.
  let contextRoom = context ? Math.max(Math.floor(room / 3), room - fullText.length) : 0;
  contextRoom = Math.min(contextRoom, fullContext.length);
  const textRoom = Math.max(1, room - contextRoom);
  const lines = [`${quotePrefix}${truncate(fullText, textRoom)}`];
  if (context) lines.push(`${contextPrefix}${truncate(fullContext, Math.max(1, contextRoom))}`);
  lines.push(citationPart);
  return lines.join('\n');
}

// ─────────────── /quote ───────────────

const KIND_LABEL: Record<Quote['kind'], string> = { direct: 'quote', partial: 'quoted phrase', reported: 'paraphrase' };

export function quotesReply(result: QuotesResult, requestedPage = 0): BotReply {
  if (result.status === 'invalid') return { content: safeText(result.reason), ephemeral: true };
  if (result.status === 'unknown-speaker') {
    const known = result.knownSpeakers.map((speaker) => safeText(speaker.name, 80));
    return {
      content: `No quotes from “${safeText(result.query, ECHO_CHARS)}” in the indexed articles; known speakers: ${known.length > 0 ? known.join(', ') : 'none yet'}.`,
      ephemeral: true,
    };
  }
  const { speaker, quotes, otherMatches } = result;
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
  const footer =
    quotes.length === 0
      ? 'No quotes'
      : `Quotes ${first}–${first + shown.length - 1} of ${quotes.length} · whole quotes first, then quoted phrases, then paraphrases`;
  const names = shown.map((quote, index) => `${first + index}. ${KIND_LABEL[quote.kind]}`);
  const overhead = title.length + notes.join('\n').length + footer.length + names.reduce((sum, name) => sum + name.length, 0) + 50;
  const budget = perFieldBudget(shown.length, overhead);
  const embed: APIEmbed = {
    color: COLOR.quotes,
    title,
    fields: shown.map((quote, index) => ({ name: names[index] ?? `${first + index}.`, value: quoteBlock(quote, budget) })),
    footer: { text: footer },
  };
  if (notes.length > 0) embed.description = notes.join('\n');
  const reply: BotReply = { embeds: [embed] };
  const buttons = pageButtons(speaker, page, pages);
  if (buttons) reply.components = [buttons];
  return reply;
}

function quoteBlock(quote: Quote, budget: number): string {
  const attributed = quote.attribution === 'pronoun' || quote.attribution === 'title' ? ` (attributed from “${truncate(quote.cue, 80)}”)` : '';
  const citation = `— ${safeText(`${citationText(quote.citation)}${attributed}`, CITATION_CHARS)}`;
  const label = safeText(quoteLabel(quote), budget);
  const showSentence = quote.kind !== 'reported' && quote.sentence !== quote.text;
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

const QUOTE_PAGE_PREFIX = 'quote';

/** Stateless paging: the button carries the page and the speaker, so it works after a restart too. */
export function quotePageId(page: number, speakerName: string): string {
  return `${QUOTE_PAGE_PREFIX}:${page}:${speakerName}`;
}

export function parseQuotePageId(customId: string): { page: number; speakerName: string } | null {
  const match = /^quote:(-?\d+):(.+)$/s.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { page: Number(match[1]), speakerName: match[2] };
}

function pageButtons(speaker: Speaker, page: number, pages: number): ButtonRow | null {
  if (pages <= 1) return null;
  const previous = quotePageId(page - 1, speaker.name);
  const next = quotePageId(page + 1, speaker.name);
  if (previous.length > DISCORD_LIMITS.customId || next.length > DISCORD_LIMITS.customId) return null;
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: previous, label: '◀ Previous', disabled: page <= 0 },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: next, label: 'Next ▶', disabled: page >= pages - 1 },
    ],
  };
}

/** Autocomplete for /quote: "Sergei Lavrov — 10 quotes" → "Sergei Lavrov". */
export function speakerChoices(speakers: readonly Speaker[]): APIApplicationCommandOptionChoice<string>[] {
  return speakers.slice(0, DISCORD_LIMITS.autocompleteChoices).flatMap((speaker) => {
    const name = speaker.name.replace(/\s+/g, ' ').trim();
    if (!name) return [];
    const suffix = ` — ${plural(speaker.quoteCount, 'quote')}`;
    return [{ name: `${truncate(name, DISCORD_LIMITS.choiceName - suffix.length)}${suffix}`, value: name.slice(0, DISCORD_LIMITS.choiceValue) }];
  });
}

// ─────────────── /speakers, /sources, /help ───────────────

export function speakersReply(speakers: readonly Speaker[]): BotReply {
  if (speakers.length === 0) return { content: 'No one is quoted in the indexed articles.', ephemeral: true };
  const lines = speakers.map((speaker) => {
    const others = speaker.aliases.filter((alias) => alias !== speaker.name).slice(0, 4);
    const also = others.length > 0 ? `; also “${others.map((alias) => safeText(alias, 60)).join('”, “')}”` : '';
    return `**${safeText(speakerHeading(speaker), 150)}** — ${plural(speaker.quoteCount, 'quote')}${also}`;
  });
  return {
    embeds: [
      {
        color: COLOR.info,
        title: `Who is quoted (${speakers.length})`,
        description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more speaker')}.`),
        footer: { text: 'Most quoted first · /quote <name> shows what they said' },
      },
    ],
  };
}

export function sourcesReply(sources: SourcesSummary): BotReply {
  const indexedAt = Math.floor(sources.indexedAt.getTime() / 1000);
  const summary = `${plural(sources.articles.length, 'article')}, ${plural(sources.passages, 'passage')}, ${plural(sources.quotes, 'quote')} from ${plural(sources.speakers, 'speaker')}; indexed <t:${indexedAt}:R>.`;
  const lines = sources.articles.map((article) => {
    const meta = [publicationLabel(article), article.dateText, article.byline ? `by ${article.byline}` : null].filter(Boolean).join(', ');
    const comments =
      article.readerComments > 0 ? `, ${plural(article.readerComments, 'reader comment')} ${sources.includeComments ? 'indexed as comments' : 'not indexed'}` : '';
    return `• “${safeText(article.headline, 200)}” (${safeText(meta, 200)}) — ${safeText(article.file, 120)}: ${plural(article.passages, 'passage')}, ${plural(article.quotes, 'quote')}${comments}`;
  });
  const embed: APIEmbed = {
    color: COLOR.info,
    title: 'Indexed articles',
    description: joinLinesWithin([summary, ...lines], DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more article')}.`),
  };
  if (sources.skipped.length > 0) {
    const skipped = sources.skipped.map((entry) => `• ${safeText(entry.file, 120)}: ${safeText(entry.reason, 300)}`);
    embed.fields = [
      { name: `Skipped files (${sources.skipped.length})`, value: joinLinesWithin(skipped, DISCORD_LIMITS.fieldValue, (hidden) => `…and ${plural(hidden, 'more file')}.`) },
    ];
  }
  return { embeds: [embed] };
}

export function helpReply(options: { botUserId: string | null; askChannelId: string | null }): BotReply {
  const lines = COMMANDS.map((command) => `**${command.usage}** — ${command.description}${command.moderatorOnly ? ' *(moderators only)*' : ''}`);
  const mention = options.botUserId ? `<@${options.botUserId}>` : 'the bot';
  lines.push('', `You can also mention ${mention} with a question (“${mention} what did Kerry warn about?”) for the same answer as /ask.`);
  if (options.askChannelId) lines.push(`Every message in <#${options.askChannelId}> is treated as a question.`);
  lines.push('', 'Answers quote the articles word for word and cite publication, headline, date, paragraph and sentence.');
  return {
    embeds: [{ color: COLOR.info, title: 'Newsdesk — ask about the news articles', description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription) }],
    ephemeral: true,
  };
}

// ─────────────── /reindex ───────────────

export function reindexReply(result: ReindexResult): BotReply {
  const text = renderReindex(result);
  if (result.status === 'busy') return { content: safeText(text), ephemeral: true };
  const lines = text.split('\n').map((line) => safeText(line));
  return {
    embeds: [
      {
        color: result.status === 'done' ? COLOR.ok : COLOR.failed,
        title: result.status === 'done' ? 'Reindex done' : 'Reindex failed',
        description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, (hidden) => `…and ${plural(hidden, 'more line')}.`),
      },
    ],
  };
}

// ─────────────── refusals and errors ───────────────

export function notice(text: string): BotReply {
  return { content: text, ephemeral: true };
}

export function slowDownReply(seconds: number): BotReply {
  return notice(`Slow down a little — you can ask again in ${seconds} s.`);
}

export function busyReply(): BotReply {
  return notice('The newsdesk is answering a lot of questions right now — please try again in a few seconds.');
}

export function errorReply(errorId: string): BotReply {
  return notice(`Something went wrong (error id ${errorId}). It has been logged; please try again in a moment.`);
}
