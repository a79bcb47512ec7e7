/**
 * The English wording of news-page furniture: what a copy-pasted page says around the reporting
 * (bylines, share buttons, "More From …", comment sections, photo credits, adverts). The
 * recognisers that use these are in src/corpus/pageFurniture.ts and src/corpus/parseArticle.ts.
 */

/** "By Jane Doe, Gazette Staff": the byline, with an optional affiliation after the comma. */
export const BYLINE = /^By\s+(?<name>[^,]+?)(?:,\s*(?<affiliation>.+))?$/;

/** A byline affiliation that names the publication: "Gazette Staff", "AP Correspondent". */
export const STAFF_AFFILIATION = /^(?<pub>.+?)\s+(Staff|Staff Writer|Correspondent|Reporter)$/i;

/** "Posted Mar 14, 2014 12:34 PM CDT", "Last updated: …": a date line's label. */
export const POSTED_LINE = /^(?:Posted|Published|Updated|First published|Last updated)(?: on)?:?\s+(?<date>.+)$/i;

/** "(Gazette) – ", "LONDON (Reuters) - ": a dateline naming the publication. */
export const DATELINE = /^(?:[\p{Lu}][\p{Lu} ,.'-]{1,40}\s)?\((?<publication>[\p{Lu}][\p{L}\d .&'-]{1,40})\)\s*[–—-]+\s*/u;

/** "More From the Gazette": a related-links header that names the publication. */
export const MORE_FROM = /^More From (.+)$/i;

/** The words of a row of share buttons ("Twitter Facebook Reddit Pinterest Email"). */
export const SHARE_BUTTON_WORDS: ReadonlySet<string> = new Set([
  'twitter',
  'facebook',
  'reddit',
  'pinterest',
  'email',
  'e-mail',
  'whatsapp',
  'linkedin',
  'share',
  'print',
  'tumblr',
  'x',
  'telegram',
  'messenger',
  'copy',
  'link',
  'flipboard',
  'mail',
  'sms',
  'comments',
  'save',
]);

/** Lines after which the article proper is over (related links, error reports, polls, comments). */
export const END_OF_ARTICLE: readonly RegExp[] = [
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

/** The start of a reader-comment section: "Showing 5 of 120 comments", "Comments (12)". */
export const COMMENTS_HEADER: readonly RegExp[] = [/^Showing \d+ of \d+ comments?$/i, /^(Reader )?Comments( \(\d+\))?$/i];

/** "(AP Photo/Jane Doe, Pool)", "(Reuters)" at the end of a caption. */
export const TRAILING_PHOTO_CREDIT = /\s*\((AP|AFP|Reuters|Getty|EPA|Photo|Image|File)[^)]*\)\s*$/i;

/** "Photo: …", "Image credit: …" at the start of a caption. */
export const LEADING_PHOTO_LABEL = /^(Photo|Image|Picture)( credit)?:/i;

/** Credits that mark a caption wherever they stand. */
export const PHOTO_CREDIT_ANYWHERE = /\b(Getty Images|AP Photo|Photograph:)/;

/** Small words inside a caption that only names people or places ("John Smith and Jane Doe, left"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'with', 'at', 'in', 'de', 'von', 'van', 'bin', 'al', '&', 'left', 'right']);

/** Adverts, sign-up prompts and poll widgets that may appear without an end marker before them. */
export const PAGE_CHROME = /^(Advertisement|ADVERTISEMENT|Story continues below|Sign up for|Subscribe\b|Show results without voting|Vote$|Results$)/;

/** A poll question's stem: "The best answer is...". */
export const POLL_STEM = /\bis\.\.\.$/;
