/** One article as read from `seeds/`, split into what is reporting and what is not. */
export interface Article {
  /** Stable id derived from the file name (without extension). */
  id: string;
  /** File name relative to the seeds directory. */
  file: string;
  /** SHA-256 of the file's bytes: unchanged files are recognised on reindex by this. */
  contentHash: string;
  headline: string;
  /** The line under the headline (a "dek"), when there is one. */
  standfirst: string | null;
  /** Publication named by the text itself; null when the text names none (never invented). */
  publication: string | null;
  byline: string | null;
  /** The date line as printed, e.g. "Mar 14, 2014 12:34 PM CDT". */
  dateText: string | null;
  /** The same date as an ISO string when it could be parsed. */
  dateIso: string | null;
  /** Photo captions, kept but never mixed with the body. */
  captions: string[];
  /** Body paragraphs in order; paragraph numbers in citations are 1-based indexes into this. */
  paragraphs: string[];
  /** Reader comments found after the article; excluded from the index unless configured. */
  comments: ReaderComment[];
  /** Lines recognised as page furniture and dropped (share rows, "More From ...", polls). */
  droppedLines: string[];
}

export interface ReaderComment {
  dateText: string | null;
  text: string;
}

/** A file in `seeds/` that was not loaded, and why, in words a moderator can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
  /** The file is indexed, only part of what is read from it (its quotes) is missing. */
  partly?: true;
}

/** How a skipped file is introduced in a report line: 'skipped', or 'partly read' when it is indexed. */
export function skippedVerb(entry: SkippedFile): string {
  return entry.partly ? 'partly read' : 'skipped';
}
