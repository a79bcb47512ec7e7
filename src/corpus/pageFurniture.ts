/**
 * Recognisers for the parts of a saved news page that are not reporting.
 * They are line-based because copy-pasted pages keep furniture on lines of its own; the English
 * wording they look for is in src/lang/en/pageFurniture.ts.
 */
import {
  COMMENTS_HEADER,
  END_OF_ARTICLE,
  LEADING_PHOTO_LABEL,
  NAME_CONNECTORS,
  PAGE_CHROME,
  PHOTO_CREDIT_ANYWHERE,
  POLL_STEM,
  SHARE_BUTTON_WORDS,
  TRAILING_PHOTO_CREDIT,
} from '../lang/en/pageFurniture.ts';

/** "Twitter Facebook Reddit Pinterest Email" and similar rows of share buttons. */
export function isShareRow(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•,]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((word) => SHARE_BUTTON_WORDS.has(word));
}

/** Lines after which the article proper is over (related links, error reports, polls, comments). */
export function isEndOfArticle(line: string): boolean {
  return END_OF_ARTICLE.some((pattern) => pattern.test(line.trim()));
}

/** The start of a reader-comment section: everything after it is readers, not reporters. */
export function isCommentsHeader(line: string): boolean {
  return COMMENTS_HEADER.some((pattern) => pattern.test(line.trim()));
}

/** "(AP Photo/Jane Doe, Pool)", "(Reuters)", "Photo: Getty Images" mark a photo caption. */
export function hasPhotoCredit(line: string): boolean {
  return TRAILING_PHOTO_CREDIT.test(line) || LEADING_PHOTO_LABEL.test(line) || PHOTO_CREDIT_ANYWHERE.test(line);
}

export function stripPhotoCredit(line: string): string {
  return line.replace(TRAILING_PHOTO_CREDIT, '').trim();
}

/** A short line that only names people or places ("John Smith and Jane Doe, left") is a photo caption. */
export function isNameOnlyLine(line: string): boolean {
  const words = line.replace(/[,()]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12) return false;
  if (/[.!?:;"“”]$/.test(line.trim())) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word.toLowerCase()));
}

/** Lines of poll widgets and page chrome that may appear without an end marker before them. */
export function isPageChrome(line: string): boolean {
  const trimmed = line.trim();
  return PAGE_CHROME.test(trimmed) || POLL_STEM.test(trimmed);
}
