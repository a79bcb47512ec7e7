import type { AskResult } from '../core/newsDesk.ts';
import { DEFAULT_RESULTS, MAX_RESULTS } from '../domain/limits.ts';
import type { Citation } from '../domain/types.ts';
import { citationLine, publicationLabel, shortCitationLine } from '../presentation/citationText.ts';
import { perFieldBudget, truncate } from '../presentation/limits.ts';
import { safeText } from '../presentation/safeText.ts';
import { COLOR, plural } from '../presentation/text.ts';
import { integerInput, textInput, type Command, type Outcome, type Reply, type ReplyEmbed } from './types.ts';
import { orUnavailable } from './unavailable.ts';

/** What Discord lets a person type into `/ask` (mentions may be longer, up to the core's MAX_QUESTION_CHARS). */
export const MAX_SLASH_QUESTION_CHARS = 300;
/** Echoed questions are cut to this so the rest of a reply always has room. */
export const ECHO_CHARS = 200;
export const CITATION_CHARS = 400;
export const HEADLINE_CHARS = 150;

export const ask: Command = {
  name: 'ask',
  usage: '/ask <question>',
  description: 'The passages that best answer a question, each with its source.',
  options: [
    { type: 'string', name: 'question', description: 'What you want to know, e.g. “who was elected mayor?”', required: true, maxLength: MAX_SLASH_QUESTION_CHARS },
    { type: 'integer', name: 'results', description: `How many passages to show (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`, min: 1, max: MAX_RESULTS },
  ],
  checks: { busyWork: true, cooldown: true },
  run: (context, input) =>
    orUnavailable(async () => askOutcome(await context.desk.ask(textInput(input, 'question'), { limit: integerInput(input, 'results') ?? DEFAULT_RESULTS }))),
};

export function askOutcome(result: AskResult): Outcome {
  return { text: () => askText(result), reply: () => askReply(result) };
}

export function askText(result: AskResult): string {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'nothing-found') {
    const hint = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : ' Try other words, a name, or /speakers and /sources to see what is covered.';
    return `Nothing in the indexed articles matches “${result.question}”.${hint}`;
  }
  const lines: string[] = [];
  if (result.correctedQuestion) lines.push(`(searched for “${result.correctedQuestion}”)`);
  if (result.status === 'not-covered') {
    if (result.nearest.length === 0) lines.push(`Nothing in the indexed articles matches “${result.question}”.`);
    lines.push(result.reason);
    if (result.nearest.length > 0) lines.push('Closest passages — not an answer:');
  }
  const hits = result.status === 'not-covered' ? result.nearest : result.hits;
  hits.forEach((hit, index) => {
    lines.push(`${index + 1}. ${hit.text}`);
    if (hit.context) lines.push(`   context: ${hit.context}`);
    lines.push(`   — ${citationLine(hit.citation)}`);
  });
  return lines.join('\n');
}

export function askReply(result: AskResult): Reply {
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
    return {
      content: `Nothing in the indexed articles matches “${safeText(result.question, ECHO_CHARS)}”. ${missingLine} Try other words — /speakers and /sources show what is covered.`,
      ephemeral: true,
    };
  }
  const title = notCovered ? `Not covered: “${safeText(result.question, ECHO_CHARS)}”` : `Answers to “${safeText(result.question, ECHO_CHARS)}”`;
  const corrected = result.correctedQuestion ? `Searched for “${safeText(result.correctedQuestion, ECHO_CHARS)}” (spelling corrected to words the articles use).` : undefined;
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
  const fields = hits.map((hit, index) => ({
    name: names[index] ?? `${index + 1}.`,
    value: passageBlock(hit.text, hit.context, discordCitation(hit.citation), budget),
  }));
  const embed: ReplyEmbed = { color: notCovered ? COLOR.info : COLOR.answer, title, fields, footer: { text: footer } };
  if (description) embed.description = description;
  return { embeds: [embed] };
}

export function discordCitation(citation: Citation & { lastParagraph?: number; lastSentence?: number }): string {
  return shortCitationLine(citation, HEADLINE_CHARS, truncate);
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
