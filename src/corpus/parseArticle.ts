import path from 'node:path';
import type { Article, ReaderComment } from '../domain/article.ts';
import { BYLINE, DATELINE, MORE_FROM, POSTED_LINE, STAFF_AFFILIATION } from '../lang/en/pageFurniture.ts';
import { hasPhotoCredit, isCommentsHeader, isEndOfArticle, isNameOnlyLine, isPageChrome, isShareRow, stripPhotoCredit } from './pageFurniture.ts';
import { isDateLine, parseNewsDate } from './parseDate.ts';

interface ArticleSource {
  file: string;
  text: string;
  contentHash: string;
}

/** "News World Talks stall ..." style section crumbs glued to the headline. */
const MAX_HEADER_LINES = 12;

/** Splits a plain-text news page into headline, metadata, captions, body and reader comments. */
export function parseArticle(source: ArticleSource): Article {
  const lines = normaliseText(source.text)
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  const droppedLines: string[] = [];
  const captions: string[] = [];
  let publication: string | null = null;
  let byline: string | null = null;
  let dateText: string | null = null;
  let standfirst: string | null = null;

  let cursor = skipBlank(lines, 0);
  let headline = (lines[cursor] ?? '').trim();
  cursor++;

  // A repeated headline after section crumbs ("News World <headline>" then "<headline>") is common in copy-pastes.
  for (let look = cursor, seen = 0; look < lines.length && seen < 4; look++) {
    const candidate = (lines[look] ?? '').trim();
    if (!candidate) continue;
    seen++;
    if (candidate === headline || (candidate.length >= 10 && headline.endsWith(' ' + candidate))) {
      if (candidate !== headline) droppedLines.push(headline.slice(0, headline.length - candidate.length).trim());
      headline = candidate;
      cursor = look + 1;
      break;
    }
  }

  // Header: metadata lines until the first line of prose.
  let headerLines = 0;
  let sawBlankSinceHeadline = false;
  while (cursor < lines.length && headerLines < MAX_HEADER_LINES) {
    const line = (lines[cursor] ?? '').trim();
    if (!line) {
      sawBlankSinceHeadline = true;
      cursor++;
      continue;
    }
    const bylineMatch = BYLINE.exec(line);
    const postedMatch = POSTED_LINE.exec(line);
    if (isShareRow(line)) droppedLines.push(line);
    else if (bylineMatch?.groups && line.length < 120) {
      byline = bylineMatch.groups.name?.trim() ?? null;
      const staff = STAFF_AFFILIATION.exec(bylineMatch.groups.affiliation ?? '');
      if (staff?.groups?.pub) publication ??= staff.groups.pub.trim();
    } else if (postedMatch?.groups?.date && parseNewsDate(postedMatch.groups.date)) dateText = postedMatch.groups.date.trim();
    else if (isDateLine(line)) dateText = line;
    else if (hasPhotoCredit(line)) captions.push(stripPhotoCredit(line));
    else if (isNameOnlyLine(line)) captions.push(line);
    else if (headerLines === 0 && !sawBlankSinceHeadline && isShortLine(line)) standfirst = line;
    else if (isShortLine(line) && isShareRow((lines[skipBlank(lines, cursor + 1)] ?? '').trim())) captions.push(line);
    else break;
    headerLines++;
    cursor++;
  }

  // Body: until the first end-of-article marker; then chrome and, possibly, reader comments.
  const bodyLines: string[] = [];
  while (cursor < lines.length && !isEndOfArticle(lines[cursor] ?? '')) bodyLines.push(lines[cursor++] ?? '');
  const { comments, furniture } = splitTrailer(lines.slice(cursor));
  droppedLines.push(...furniture);

  const paragraphs: string[] = [];
  for (const block of toParagraphs(bodyLines)) {
    if (isShareRow(block) || isPageChrome(block)) droppedLines.push(block);
    else if (hasPhotoCredit(block) && block.length < 400) captions.push(stripPhotoCredit(block));
    else paragraphs.push(block);
  }

  const first = paragraphs[0];
  const dateline = first === undefined ? null : DATELINE.exec(first);
  if (first !== undefined && dateline?.groups?.publication) {
    publication ??= dateline.groups.publication.trim();
    paragraphs[0] = first.slice(dateline[0].length);
  }
  if (!publication) {
    const moreFrom = furniture.map((line) => MORE_FROM.exec(line)?.[1]).find(Boolean);
    if (moreFrom) publication = moreFrom.trim();
  }

  return {
    id: articleIdFor(source.file),
    file: source.file,
    contentHash: source.contentHash,
    headline: headline || path.basename(source.file),
    standfirst,
    publication,
    byline,
    dateText,
    dateIso: dateText ? parseNewsDate(dateText) : null,
    captions,
    paragraphs,
    comments,
    droppedLines,
  };
}

export function articleIdFor(file: string): string {
  return file.replace(/\.(txt|md)$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
}

/** NFC, one kind of newline, no BOM, no zero-width or bidi control characters that break matching. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ');
}

function skipBlank(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && !(lines[index] ?? '').trim()) index++;
  return index;
}

function isShortLine(line: string): boolean {
  return line.split(/\s+/).length <= 25 && !/[.!?]["”’]?$/.test(line);
}

/**
 * Body lines to paragraphs: blank lines separate paragraphs; inside a block, a line that does not
 * end a sentence continues onto the next one (hard-wrapped text), otherwise each line is a paragraph.
 */
function toParagraphs(bodyLines: string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of bodyLines) {
    const line = raw.trim();
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (/[.!?:)"”’'…]$/.test(line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** After the article: reader comments (a date line, then the comment) and page furniture. */
function splitTrailer(trailer: string[]): { comments: ReaderComment[]; furniture: string[] } {
  const comments: ReaderComment[] = [];
  const furniture: string[] = [];
  let inComments = false;
  let current: ReaderComment | null = null;
  for (const raw of trailer) {
    const line = raw.trim();
    if (!line) continue;
    if (isCommentsHeader(line)) {
      inComments = true;
      furniture.push(line);
      continue;
    }
    if (!inComments) {
      furniture.push(line);
      continue;
    }
    if (isDateLine(line)) {
      if (current) comments.push(current);
      current = { dateText: line, text: '' };
    } else if (current) current.text = current.text ? `${current.text}\n${line}` : line;
    else current = { dateText: null, text: line };
  }
  if (current) comments.push(current);
  return { comments: comments.filter((comment) => comment.text.trim()), furniture };
}
