import type { SkippedFile } from '../domain/types.ts';

export interface ChangeCounts {
  added: number;
  removed: number;
  unchanged: number;
}

export interface ReindexDiff {
  files: { added: string[]; removed: string[]; changed: string[]; unchanged: string[] };
  passages: ChangeCounts;
  quotes: ChangeCounts;
  skipped: SkippedFile[];
}

/** What a report compares: a Snapshot, or the pieces of one a worker holds. */
export interface DiffView {
  articles: ReadonlyArray<{ file: string; contentHash: string }>;
  passages: { values(): Iterable<{ id: string; text: string }> };
  quotes: ReadonlyArray<{ id: string; text: string; speakerId: string | null }>;
  skipped: SkippedFile[];
}

/** What a reindex changed, file by file and in passage and quote counts. */
export function diffSnapshots(before: DiffView | null, after: DiffView): ReindexDiff {
  const oldFiles = new Map((before?.articles ?? []).map((article) => [article.file, article.contentHash]));
  const newFiles = new Map(after.articles.map((article) => [article.file, article.contentHash]));
  const files = { added: [] as string[], removed: [] as string[], changed: [] as string[], unchanged: [] as string[] };
  for (const [file, hash] of newFiles) {
    const oldHash = oldFiles.get(file);
    if (oldHash === undefined) files.added.push(file);
    else if (oldHash === hash) files.unchanged.push(file);
    else files.changed.push(file);
  }
  for (const file of oldFiles.keys()) if (!newFiles.has(file)) files.removed.push(file);

  const passageKeys = (snapshot: DiffView | null) => new Set([...(snapshot?.passages.values() ?? [])].map((passage) => `${passage.id}\u0000${passage.text}`));
  const quoteKeys = (snapshot: DiffView | null) => new Set((snapshot?.quotes ?? []).map((quote) => `${quote.id}\u0000${quote.text}\u0000${quote.speakerId ?? ''}`));
  return { files, passages: countChanges(passageKeys(before), passageKeys(after)), quotes: countChanges(quoteKeys(before), quoteKeys(after)), skipped: after.skipped };
}

function countChanges(before: Set<string>, after: Set<string>): ChangeCounts {
  let unchanged = 0;
  for (const key of after) if (before.has(key)) unchanged++;
  return { added: after.size - unchanged, removed: before.size - unchanged, unchanged };
}
