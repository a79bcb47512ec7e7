/**
 * Recognisers for the parts of a saved news page that are not reporting.
 * They are line-based because copy-pasted pages keep furniture on lines of its own.
 */

const SHARE_WORDS = new Set([
  'twitter', 'facebook', 'reddit', 'pinterest', 'email', 'e-mail', 'whatsapp', 'linkedin', 'share', 'print',
  'tumblr', 'x', 'telegram', 'messenger', 'copy', 'link', 'flipboard', 'mail', 'sms', 'comments', 'save',
]);

/** "Twitter Facebook Reddit Pinterest Email" and similar rows of share buttons. */
export function isShareRow(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|·•,]+/).filter(Boolean);
  return words.length >= 2 && words.every((word) => SHARE_WORDS.has(word));
}

/** Lines after which the article proper is over (related links, error reports, polls, comments). */
const END_OF_ARTICLE = [
  /^More From\b/i,
  /^To report an error\b/i,
  /^You Might Like$/i,
  /^My Take on This Story$/i,
  /^Related (Stories|Articles|Coverage|Links)$/i,
  /^Read more:?$/i,
  /^Showing \d+ of \d+ comments?$/i,
  /^\d+ comments?$/i,
  /^(Reader )?Comments$/i,
  /^Show results without voting$/i,
];

export function isEndOfArticle(line: string): boolean {
  return END_OF_ARTICLE.some((pattern) => pattern.test(line.trim()));
}

/** The start of a reader-comment section: everything after it is readers, not reporters. */
export function isCommentsHeader(line: string): boolean {
  return /^Showing \d+ of \d+ comments?$/i.test(line.trim()) || /^(Reader )?Comments( \(\d+\))?$/i.test(line.trim());
}

/** "(AP Photo/Brendan Smialowski, Pool)", "(Reuters)", "Photo: Getty Images" mark a photo caption. */
export function hasPhotoCredit(line: string): boolean {
  return (
    /\((AP|AFP|Reuters|Getty|EPA|Photo|Image|File)[^)]*\)\s*$/i.test(line) ||
    /^(Photo|Image|Picture)( credit)?:/i.test(line) ||
    /\b(Getty Images|AP Photo|Photograph:)/.test(line)
  );
}

export function stripPhotoCredit(line: string): string {
  return line.replace(/\s*\((AP|AFP|Reuters|Getty|EPA|Photo|Image|File)[^)]*\)\s*$/i, '').trim();
}

const NAME_CONNECTORS = new Set(['and', 'of', 'the', 'with', 'at', 'in', 'de', 'von', 'van', 'bin', 'al', '&', 'left', 'right']);

/** A short line that only names people or places ("John Kerry and Sergei Lavrov") is a photo caption. */
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
  return /^(Advertisement|ADVERTISEMENT|Story continues below|Sign up for|Subscribe\b|Show results without voting|Vote$|Results$)/.test(trimmed) || /\bis\.\.\.$/.test(trimmed);
}
