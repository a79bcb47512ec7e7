import type { Article } from '../domain/article.ts';
import type { Citation, Passage, PassageSection, QuoteKind } from '../domain/types.ts';
import { Attributor, type TextBlock } from './attribution.ts';
import type { ArticlePerson } from './people.ts';
import { ArticlePeople } from './people.ts';
import { introducedStatements } from './introducedParagraph.ts';
import { readParagraph } from './sentences.ts';
import { assignDialogueTurns, type ParagraphQuotes } from './dialogueTurns.ts';
import { findQuoteSpans } from './quoteSpans.ts';
import { maskQuotes } from './quoteText.ts';
import { AttributionFaults } from './attributionFaults.ts';
import { completeSpeakerNames } from './fullerPersonName.ts';
import { completeBodyNames } from './fullerBodyName.ts';
import { addSpeakerRoles } from './speakerRoles.ts';
import { namesItsOwnSpeaker } from './pronounBinding.ts';

/** A quote before speakers are merged across articles: the speaker is still the article's own record. */
export interface ArticleQuote {
  text: string;
  kind: QuoteKind;
  passageId: string;
  speaker: ArticlePerson | null;
  attribution: string;
  cue: string;
}

/** Everything derived from one article alone; cached by content hash so unchanged files skip NLP. */
export interface ArticleAnalysis {
  article: Article;
  passages: Passage[];
  quotes: ArticleQuote[];
  /** Why some of the article's quotes were not read (an error in attribution), when that happened. */
  quotesUnread?: string;
}

export interface AnalyzeOptions {
  /** Index reader comments too (labelled as such). Off by default: comments are not coverage. */
  includeComments: boolean;
}

/** A paragraph opening with a dash and a capital starts another item of a roundup ("—Consumer spending edged down …"). */
const STORY_START = /^\s*(?:—|–|--)\s*\p{Lu}/u;

export function analyzeArticle(article: Article, options: AnalyzeOptions): ArticleAnalysis {
  const blocks = toBlocks(article, options);
  // A fault in reading who said what costs that paragraph's quotes, never the article's sentences:
  // its passages stay searchable by /ask, and the fault is reported (quotesUnread) for /sources.
  const faults = new AttributionFaults();
  const people = faults.guard('naming people', ArticlePeople.scan([]), () => ArticlePeople.scan(blocks.filter((block) => block.section !== 'comment').map((block) => block.text)));
  people.byline = article.byline;
  const attributor = new Attributor(people);
  const passages: Passage[] = [];
  const quotes: ArticleQuote[] = [];
  let runningOn: ArticlePerson | null = null;
  let previousBody: TextBlock | undefined;
  const paragraphs: ParagraphQuotes[] = [];

  for (const block of blocks) {
    const blockPassages = block.sentences.map((sentence, index): Passage => ({
      id: passageId(article.id, block.section, block.paragraph, index + 1),
      text: sentence.text,
      citation: citationFor(article, block.section, block.paragraph, index + 1),
      before: block.sentences[index - 1]?.text ?? null,
      after: block.sentences[index + 1]?.text ?? null,
      speakerNames: [],
    }));
    passages.push(...blockPassages);
    if (block.section === 'comment') continue; // readers' words are never attributed as reported speech

    if (block.section === 'body' && STORY_START.test(block.text)) {
      attributor.startStory();
      runningOn = null;
    }
    const where = `${block.section === 'body' ? 'paragraph' : block.section} ${block.paragraph}`;
    const { quotes: found, runsOnWith } = faults.guard(where, { quotes: [], runsOnWith: null }, () => attributor.attributeBlock(block, runningOn));
    found.push(...faults.guard(where, [], () => introducedStatements(previousBody, block, runningOn, found)));
    if (block.section === 'body') previousBody = block;
    runningOn = block.section === 'body' ? runsOnWith : null;
    const blockQuotes: ArticleQuote[] = [];
    for (const quote of found) {
      const passage = blockPassages[quote.sentenceIndex];
      if (!passage) continue;
      // "he suggested that O'Banion should …" is not O'Banion's (pronounBinding.ts).
      const bound = namesItsOwnSpeaker(quote);
      blockQuotes.push({
        text: quote.text,
        kind: quote.kind,
        passageId: passage.id,
        speaker: bound ? null : quote.speaker,
        attribution: bound ? 'none' : quote.method,
        cue: quote.cue,
      });
    }
    quotes.push(...blockQuotes);
    if (block.section === 'body') paragraphs.push({ block, quotes: blockQuotes });
  }
  // "“Get much mileage”??" / "“About 35”.": untagged turns of a dialogue (dialogueTurns.ts).
  faults.guard('dialogue turns', undefined, () =>
    assignDialogueTurns(
      paragraphs,
      (text) => maskQuotes(text, findQuoteSpans(text)),
      () => people.writer(),
    ),
  );
  // "John said" is John Cool, "the committee declared" the Federal Council of Churches' (names only, not who spoke).
  const texts = blocks.filter((block) => block.section !== 'comment').map((block) => block.text);
  const speakers = quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
  faults.guard('naming speakers', undefined, () => {
    completeSpeakerNames(speakers, texts);
    addSpeakerRoles(speakers, texts);
    completeBodyNames(paragraphs.map(({ block, quotes: own }) => ({ text: block.text, speakers: own.map((quote) => quote.speaker) })));
  });
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  for (const quote of quotes) {
    const passage = byId.get(quote.passageId);
    if (quote.speaker && passage && !passage.speakerNames.includes(quote.speaker.name)) passage.speakerNames.push(quote.speaker.name);
  }
  linkAcrossParagraphs(passages.filter((passage) => passage.citation.section === 'body'));
  const quotesUnread = faults.summary();
  return quotesUnread ? { article, passages, quotes, quotesUnread } : { article, passages, quotes };
}

/** Context runs across paragraph breaks: "“…,” he said." opening a paragraph needs the one before. */
function linkAcrossParagraphs(body: Passage[]): void {
  body.forEach((passage, index) => {
    passage.before = body[index - 1]?.text ?? null;
    passage.after = body[index + 1]?.text ?? null;
  });
}

function toBlocks(article: Article, options: AnalyzeOptions): TextBlock[] {
  const blocks: TextBlock[] = [];
  const add = (section: PassageSection, paragraph: number, text: string, split = true): void => {
    const { sentences, tokens } = split ? readParagraph(text) : { sentences: [{ text, start: 0, end: text.length }], tokens: null };
    if (sentences.length > 0) blocks.push({ section, paragraph, text, sentences, tokens });
  };
  // Headlines and standfirsts are one unit each, even when they hold a full stop.
  add('headline', 1, article.headline, false);
  if (article.standfirst) add('standfirst', 1, article.standfirst, false);
  article.captions.forEach((caption, index) => add('caption', index + 1, caption));
  article.paragraphs.forEach((paragraph, index) => add('body', index + 1, paragraph));
  if (options.includeComments) article.comments.forEach((comment, index) => add('comment', index + 1, comment.text.replace(/\n+/g, ' ')));
  return blocks;
}

export function passageId(articleId: string, section: PassageSection, paragraph: number, sentence: number): string {
  const prefix = section === 'body' ? 'p' : section;
  return `${articleId}#${prefix}${paragraph}.s${sentence}`;
}

export function citationFor(article: Article, section: PassageSection, paragraph: number, sentence: number): Citation {
  return {
    articleId: article.id,
    file: article.file,
    publication: article.publication,
    headline: article.headline,
    byline: article.byline,
    dateText: article.dateText,
    dateIso: article.dateIso,
    section,
    paragraph,
    sentence,
  };
}
