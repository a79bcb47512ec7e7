import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { AsPlainObject } from 'minisearch';
import type { ArticleAnalysis } from '../nlp/analyzeArticle.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import type { Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import type { DiffView, ReindexDiff } from './reindexReport.ts';
import type { SavedAnalysis } from './snapshotSchema.ts';
import { restoreAnalysis, saveAnalysis } from './snapshotStore.ts';
import { countQuotesByArticle, LazyVocabulary, type Snapshot } from './snapshot.ts';

/**
 * A snapshot built in the worker thread (buildWorker.ts), as it crosses to the main thread: strings
 * only, in pieces. Copying strings between threads is a memory copy; turning them back into objects
 * is done piece by piece on the main thread (`receiveSnapshot`), yielding between pieces, so no
 * single step holds the event loop for long. The same pieces go back to the worker with the next
 * reindex, which reuses the analyses of unchanged files from them.
 */
export interface SnapshotTransport {
  /** One JSON text per article (TransportArticle). */
  articles: string[];
  /** JSON of Speaker[]. */
  speakers: string;
  index: IndexTransport;
  skipped: SkippedFile[];
  /** Files that went through NLP in this build (the others came from a cache). */
  analysed: string[];
  /** What changed since the snapshot the build was given, when it was given one. */
  diff: ReindexDiff | null;
  /** Problems met on the way (an unusable cache file), for the desk's onWarning. */
  warnings: string[];
  buildMs: number;
}

/** minisearch's plain object, its biggest parts as separate JSON texts and its terms in slices. */
export interface IndexTransport {
  rest: string;
  documentIds: string;
  fieldLength: string;
  storedFields: string;
  terms: string[];
}

/** One article: its own analysis (for the next build's cache) and what merging speakers added. */
export interface TransportArticle {
  saved: SavedAnalysis;
  /** Per passage, the merged speaker names. */
  speakerNames: string[][];
  quotes: Array<Omit<Quote, 'citation' | 'sentence'>>;
}

const TERMS_PER_SLICE_CHARS = 256 * 1024;

/** Worker side: a built snapshot as strings. */
export function sendSnapshot(snapshot: Snapshot, extra: Pick<SnapshotTransport, 'analysed' | 'diff' | 'warnings'>): SnapshotTransport {
  const quotesByArticle = new Map<string, Quote[]>();
  for (const quote of snapshot.quotes) {
    const list = quotesByArticle.get(quote.citation.articleId) ?? [];
    list.push(quote);
    quotesByArticle.set(quote.citation.articleId, list);
  }
  const articles = snapshot.analyses.map((analysis) => {
    const article: TransportArticle = {
      saved: saveAnalysis(analysis),
      speakerNames: analysis.passages.map((passage) => snapshot.passages.get(passage.id)?.speakerNames ?? []),
      quotes: (quotesByArticle.get(analysis.article.id) ?? []).map(({ citation: _citation, sentence: _sentence, ...quote }) => quote),
    };
    return JSON.stringify(article);
  });
  const { index, documentIds, fieldLength, storedFields, ...rest } = snapshot.index.toPlainObject();
  const terms: string[] = [];
  let slice: AsPlainObject['index'] = [];
  let size = 0;
  for (const entry of index) {
    slice.push(entry);
    size += entry[0].length + 16 * Object.keys(entry[1]).length;
    for (const field of Object.values(entry[1])) size += 12 * Object.keys(field).length;
    if (size > TERMS_PER_SLICE_CHARS) {
      terms.push(JSON.stringify(slice));
      slice = [];
      size = 0;
    }
  }
  if (slice.length > 0) terms.push(JSON.stringify(slice));
  return {
    articles,
    speakers: JSON.stringify(snapshot.speakers),
    index: { rest: JSON.stringify(rest), documentIds: JSON.stringify(documentIds), fieldLength: JSON.stringify(fieldLength), storedFields: JSON.stringify(storedFields), terms },
    skipped: snapshot.skipped,
    ...extra,
    buildMs: snapshot.buildMs,
  };
}

/** Worker side: the index a previous transport holds, as minisearch's plain object. */
export function assembleIndex(parts: IndexTransport): AsPlainObject {
  const rest = JSON.parse(parts.rest) as Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
  const index = parts.terms.flatMap((slice) => JSON.parse(slice) as AsPlainObject['index']);
  return { ...rest, documentIds: JSON.parse(parts.documentIds), fieldLength: JSON.parse(parts.fieldLength), storedFields: JSON.parse(parts.storedFields), index };
}

/** Worker side: the analyses a previous transport holds, to skip NLP for unchanged files. */
export function analysesOf(transport: Pick<SnapshotTransport, 'articles'>): ArticleAnalysis[] {
  return transport.articles.map((text) => restoreAnalysis((JSON.parse(text) as TransportArticle).saved));
}

/** Worker side: what the reindex report compares, from a previous transport. */
export function corpusOf(transport: Pick<SnapshotTransport, 'articles' | 'skipped'>): DiffView {
  const parsed = transport.articles.map((text) => JSON.parse(text) as TransportArticle);
  return {
    articles: parsed.map((entry) => entry.saved.article),
    passages: new Map(parsed.flatMap((entry) => entry.saved.passages.map((passage) => [passage.id, passage] as const))),
    quotes: parsed.flatMap((entry) => entry.quotes),
    skipped: transport.skipped,
  };
}

/**
 * Main-thread side: the snapshot back as objects, in slices of at most ~`sliceMs` between yields.
 * Throws AbortError when `signal` aborts between slices.
 */
export async function receiveSnapshot(transport: SnapshotTransport, options: { signal?: AbortSignal; sliceMs?: number } = {}): Promise<Snapshot> {
  const started = performance.now();
  const sliceMs = options.sliceMs ?? 8;
  let sliceStart = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  };

  const analyses: ArticleAnalysis[] = [];
  const passages = new Map<string, Passage>();
  const quotes: Quote[] = [];
  for (const text of transport.articles) {
    const entry = JSON.parse(text) as TransportArticle;
    const analysis = restoreAnalysis(entry.saved);
    analyses.push(analysis);
    analysis.passages.forEach((passage, index) => passages.set(passage.id, { ...passage, speakerNames: [...(entry.speakerNames[index] ?? [])] }));
    for (const quote of entry.quotes) {
      const passage = passages.get(quote.passageId);
      if (passage) quotes.push({ ...quote, citation: passage.citation, sentence: passage.text });
    }
    await pause();
  }
  const speakers = JSON.parse(transport.speakers) as Speaker[];
  await pause();

  const parts = transport.index;
  const rest = JSON.parse(parts.rest) as Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
  const documentIds = JSON.parse(parts.documentIds) as AsPlainObject['documentIds'];
  await pause();
  const fieldLength = JSON.parse(parts.fieldLength) as AsPlainObject['fieldLength'];
  await pause();
  const storedFields = JSON.parse(parts.storedFields) as AsPlainObject['storedFields'];
  await pause();
  const index: AsPlainObject['index'] = [];
  for (const slice of parts.terms) {
    for (const entry of JSON.parse(slice) as AsPlainObject['index']) index.push(entry);
    await pause();
  }
  const searchIndex = await PassageIndex.fromPlainObjectAsync({ ...rest, documentIds, fieldLength, storedFields, index });
  options.signal?.throwIfAborted();

  const vocabulary = new LazyVocabulary([...passages.values()]);
  return {
    articles: analyses.map((analysis) => analysis.article),
    analyses,
    passages,
    quotes,
    speakers,
    quoteCounts: countQuotesByArticle(quotes),
    index: searchIndex,
    get vocabulary() {
      return vocabulary.get();
    },
    warmUp: () => vocabulary.warm(),
    skipped: transport.skipped,
    analysed: transport.analysed,
    indexedAt: new Date(),
    buildMs: transport.buildMs + (performance.now() - started),
  };
}
