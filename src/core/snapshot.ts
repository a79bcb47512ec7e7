import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Article } from '../domain/article.ts';
import { listSeedFiles } from '../corpus/listSeedFiles.ts';
import { parseArticle } from '../corpus/parseArticle.ts';
import { readSeedFile } from '../corpus/readSeedFile.ts';
import { analyzeArticle, type ArticleAnalysis } from '../nlp/analyzeArticle.ts';
import { mergeSpeakers } from '../nlp/speakerRegistry.ts';
import type { SavedIndexData as AsPlainObject } from '../search/passageIndex.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import { printable } from '../domain/printable.ts';
import type { Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';

/** One complete, immutable state of the corpus and its index. Reindexing builds a new one and swaps. */
export interface Snapshot {
  articles: Article[];
  analyses: ArticleAnalysis[];
  passages: ReadonlyMap<string, Passage>;
  quotes: Quote[];
  speakers: Speaker[];
  /** Quotes per article id, counted once per build: `/sources` must not scan every quote per article. */
  quoteCounts: ReadonlyMap<string, number>;
  index: PassageIndex;
  /**
   * The index as minisearch's plain object, for saving and for crossing threads. When the saved index
   * was reused as it was, this is that saved object, and `index` is only loaded if something asks
   * (the build worker never does: it would load the index only to serialise it again).
   */
  indexPlain: () => AsPlainObject;
  /** Built on first use (see LazyVocabulary); `warmUp` builds it ahead of time without blocking. */
  readonly vocabulary: Vocabulary;
  warmUp: () => Promise<void>;
  skipped: SkippedFile[];
  /** Files that went through NLP for this snapshot; the others reused a cached analysis. */
  analysed: string[];
  indexedAt: Date;
  buildMs: number;
}

export interface BuildOptions {
  seedsDir: string;
  includeComments: boolean;
  /** Analyses of files already seen, by content hash: unchanged files skip NLP. */
  cache?: ReadonlyMap<string, ArticleAnalysis>;
  /** Called for each file as it is analysed; a test hook and a progress hook. */
  onFile?: (file: string) => void | Promise<void>;
  /**
   * An index saved for exactly these files (snapshotStore.ts): used instead of building one when
   * every analysis came from the cache and the files, in order, are the ones it was built from.
   */
  savedIndex?: SavedIndex;
  /** Build the minisearch index only if something asks for it (a shared index in a database needs none). */
  lazyIndex?: boolean;
}

export interface SavedIndex {
  files: ReadonlyArray<{ file: string; contentHash: string }>;
  /** May throw (a damaged save): the index is then built as usual. */
  load: () => PassageIndex;
  /** The saved index as minisearch's plain object, when the saver holds it. */
  plain?: () => AsPlainObject;
}

/**
 * Reads every article in the seeds folder and builds a snapshot: at startup on the desk's own thread
 * (cachedStart.ts), for a reindex on the build worker (buildWorker.ts), whose result the NewsDesk
 * receives with receiveSnapshot (snapshotTransport.ts).
 */
export async function buildSnapshot(options: BuildOptions): Promise<Snapshot> {
  const started = performance.now();
  const { articles: files, ignored } = await listSeedFiles(options.seedsDir);
  const skipped: SkippedFile[] = [...ignored];
  const analyses: ArticleAnalysis[] = [];
  const analysed: string[] = [];
  let allFromCache = true;
  const cacheKey = (hash: string) => analysisCacheKey(hash, options.includeComments);

  for (const file of files) {
    await options.onFile?.(file);
    const read = await readSeedFile(options.seedsDir, file);
    if (!read.ok) {
      skipped.push({ file, reason: read.reason });
      continue;
    }
    const cached = options.cache?.get(cacheKey(read.contentHash));
    if (cached && cached.article.file === file) {
      analyses.push(cached);
      continue;
    }
    allFromCache = false;
    try {
      const article = parseArticle({ file, text: read.text, contentHash: read.contentHash });
      if (article.paragraphs.length === 0 && article.captions.length === 0) {
        skipped.push({ file, reason: 'has no article text after the headline' });
        continue;
      }
      analyses.push(analyzeArticle(article, { includeComments: options.includeComments }));
      analysed.push(file);
    } catch (error) {
      skipped.push({ file, reason: `could not be analysed (${printable(error instanceof Error ? error.message : String(error))})` });
    }
    await yieldToEventLoop();
  }

  for (const analysis of analyses) if (analysis.quotesUnread) skipped.push({ file: analysis.article.file, reason: analysis.quotesUnread, partly: true });

  // Fresh copies: merging writes speaker names into passages, and cached analyses are shared.
  const copies = analyses.map((analysis) => ({ ...analysis, passages: analysis.passages.map((passage) => ({ ...passage, speakerNames: [...passage.speakerNames] })) }));
  const { speakers, quotes } = mergeSpeakers(copies);
  const passages = new Map(copies.flatMap((analysis) => analysis.passages.map((passage) => [passage.id, passage] as const)));
  const aliasesByName = new Map<string, string[]>(speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]]));
  const vocabulary = new LazyVocabulary([...passages.values()]);
  const reusable = allFromCache && savedIndexFits(options.savedIndex, analyses) ? options.savedIndex : undefined;
  const plain = reusable?.plain?.() ?? null;
  const buildIndex = () => (reusable && loadSavedIndex(reusable)) || PassageIndex.build(passages.values(), aliasesByName);
  let index: PassageIndex | null = plain || options.lazyIndex ? null : buildIndex();

  return {
    articles: copies.map((analysis) => analysis.article),
    analyses,
    passages,
    quotes,
    speakers,
    quoteCounts: countQuotesByArticle(quotes),
    get index() {
      index ??= buildIndex();
      return index;
    },
    indexPlain: () => plain ?? (index ??= buildIndex()).toPlainObject(),
    get vocabulary() {
      return vocabulary.get();
    },
    warmUp: () => vocabulary.warm(),
    skipped,
    analysed,
    indexedAt: new Date(),
    buildMs: performance.now() - started,
  };
}

export function countQuotesByArticle(quotes: readonly Quote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quote of quotes) counts.set(quote.citation.articleId, (counts.get(quote.citation.articleId) ?? 0) + 1);
  return counts;
}

/** Whether a saved index was built from exactly these files, in this order. */
function savedIndexFits(saved: SavedIndex | undefined, analyses: readonly ArticleAnalysis[]): saved is SavedIndex {
  if (!saved || saved.files.length !== analyses.length) return false;
  return saved.files.every((entry, index) => entry.file === analyses[index]?.article.file && entry.contentHash === analyses[index]?.article.contentHash);
}

function loadSavedIndex(saved: SavedIndex): PassageIndex | null {
  try {
    return saved.load();
  } catch {
    return null;
  }
}

/**
 * The typo-correction vocabulary costs as much as the index to build (every word is tokenized and
 * stemmed again), and only questions with an unknown word need it. It is built on first use, or
 * ahead of time in slices by `warm()`, which yields to the event loop between slices.
 */
export class LazyVocabulary {
  private readonly vocabulary = new Vocabulary();
  private added = 0;
  private warming: Promise<void> | null = null;

  constructor(private readonly passages: readonly Passage[]) {}

  get(): Vocabulary {
    this.addUpTo(this.passages.length);
    return this.vocabulary;
  }

  warm(): Promise<void> {
    this.warming ??= (async () => {
      // Slices of a few milliseconds, not of a fixed count: passages vary a lot in length.
      while (this.added < this.passages.length) {
        const sliceStart = performance.now();
        while (this.added < this.passages.length && performance.now() - sliceStart < 5) this.addUpTo(this.added + 50);
        await yieldToEventLoop();
      }
    })();
    return this.warming;
  }

  private addUpTo(end: number): void {
    const stop = Math.min(end, this.passages.length);
    for (; this.added < stop; this.added++) {
      const passage = this.passages[this.added];
      if (passage) this.vocabulary.add(passage.text);
    }
  }
}

/** How analyses are keyed in a cache: the file's content hash and whether comments were analysed. */
export function analysisCacheKey(contentHash: string, includeComments: boolean): string {
  return `${contentHash}:${includeComments ? 'c' : ''}`;
}
