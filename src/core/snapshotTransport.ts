import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { SavedIndexData as AsPlainObject } from '../search/passageIndex.ts';
import type { ArticleAnalysis } from '../nlp/analyzeArticle.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import type { Passage, Quote, SkippedFile, Speaker } from '../domain/types.ts';
import type { DiffView, ReindexDiff } from './reindexReport.ts';
import type { SavedAnalysis } from './snapshotSchema.ts';
import { restoreAnalysis, saveAnalysis } from './snapshotStore.ts';
import { countQuotesByArticle, LazyVocabulary, type Snapshot } from './snapshot.ts';

/**
 * A snapshot built in the worker thread (buildWorker.ts), as it crosses to the main thread: JSON
 * texts in one SharedArrayBuffer, so crossing copies nothing (a structured clone of ~50 MB of
 * strings held the receiving thread for 100 ms). The main thread decodes and parses the pieces one
 * by one (`receiveSnapshot`), yielding between them, so no single step holds the event loop for
 * long. The same buffer goes back to the worker with the next reindex, which reuses the analyses
 * (and, when nothing changed, the index) of unchanged files from it.
 */
export interface SnapshotTransport {
  texts: PackedTexts;
  /** Pieces of `texts`: one JSON text per article (TransportArticle). */
  articles: PieceRange;
  /** Piece of `texts`: JSON of Speaker[]. */
  speakers: number;
  index: IndexTransport;
  articleCount: number;
  skipped: SkippedFile[];
  /** Files that went through NLP in this build (the others came from a cache). */
  analysed: string[];
  /** What changed since the snapshot the build was given, when it was given one. */
  diff: ReindexDiff | null;
  /** Problems met on the way (an unusable cache file), for the desk's onWarning. */
  warnings: string[];
  buildMs: number;
}

/**
 * minisearch's plain object: a piece of `texts` for its small parts, and its per-passage objects
 * and its terms in slices (parsing one 52k-key object in one go held the receiving thread ~60 ms).
 */
export interface IndexTransport {
  rest: number;
  documentIds: PieceRange;
  fieldLength: PieceRange;
  storedFields: PieceRange;
  terms: PieceRange;
}

/** Texts as UTF-8 in shared memory: piece i is bytes offsets[i] to offsets[i + 1]. */
export interface PackedTexts {
  bytes: SharedArrayBuffer;
  offsets: number[];
}

/** Pieces `from` to `to` (exclusive). */
export interface PieceRange {
  from: number;
  to: number;
}

class TextPacker {
  private readonly chunks: Buffer[] = [];
  private readonly offsets = [0];

  add(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    this.chunks.push(bytes);
    this.offsets.push((this.offsets.at(-1) ?? 0) + bytes.length);
    return this.chunks.length - 1;
  }

  addAll(texts: readonly string[]): PieceRange {
    const from = this.chunks.length;
    for (const text of texts) this.add(text);
    return { from, to: this.chunks.length };
  }

  pack(): PackedTexts {
    const bytes = new SharedArrayBuffer(this.offsets.at(-1) ?? 0);
    const view = Buffer.from(bytes);
    let at = 0;
    for (const chunk of this.chunks) at += chunk.copy(view, at);
    return { bytes, offsets: this.offsets };
  }
}

/** Piece `index` of packed texts, decoded. */
export function textAt(texts: PackedTexts, index: number): string {
  const start = texts.offsets[index] ?? 0;
  const end = texts.offsets[index + 1] ?? start;
  return Buffer.from(texts.bytes, start, end - start).toString('utf8');
}

function textsIn(texts: PackedTexts, range: PieceRange): string[] {
  const out: string[] = [];
  for (let index = range.from; index < range.to; index++) out.push(textAt(texts, index));
  return out;
}

/** One article: its own analysis (for the next build's cache) and what merging speakers added. */
export interface TransportArticle {
  saved: SavedAnalysis;
  /** Per passage, the merged speaker names. */
  speakerNames: string[][];
  quotes: Array<Omit<Quote, 'citation' | 'sentence'>>;
}

const TERMS_PER_SLICE_CHARS = 256 * 1024;
const KEYS_PER_SLICE = 4000;

/** An object's entries as JSON objects of at most KEYS_PER_SLICE keys each. */
function objectSlices(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  const slices: string[] = [];
  for (let from = 0; from < keys.length; from += KEYS_PER_SLICE) {
    const slice: Record<string, unknown> = {};
    for (const key of keys.slice(from, from + KEYS_PER_SLICE)) slice[key] = object[key];
    slices.push(JSON.stringify(slice));
  }
  return slices;
}

/** The object that slices `range` of `texts` hold, merged; `pause` runs after each slice. */
async function mergeSlices<T>(texts: PackedTexts, range: PieceRange, pause: () => Promise<void> | void): Promise<Record<string, T>> {
  const merged: Record<string, T> = {};
  for (let piece = range.from; piece < range.to; piece++) {
    const slice = JSON.parse(textAt(texts, piece)) as Record<string, T>;
    for (const key in slice) merged[key] = slice[key] as T;
    await pause();
  }
  return merged;
}

function mergeSlicesSync<T>(texts: PackedTexts, range: PieceRange): Record<string, T> {
  const merged: Record<string, T> = {};
  for (let piece = range.from; piece < range.to; piece++) Object.assign(merged, JSON.parse(textAt(texts, piece)) as Record<string, T>);
  return merged;
}

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
  const { index: termEntries, documentIds, fieldLength, storedFields, ...rest } = snapshot.indexPlain();
  const terms: string[] = [];
  let slice: AsPlainObject['index'] = [];
  let size = 0;
  for (const entry of termEntries) {
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
  const packer = new TextPacker();
  const articleRange = packer.addAll(articles);
  const speakers = packer.add(JSON.stringify(snapshot.speakers));
  const index = {
    rest: packer.add(JSON.stringify(rest)),
    documentIds: packer.addAll(objectSlices(documentIds)),
    fieldLength: packer.addAll(objectSlices(fieldLength)),
    storedFields: packer.addAll(objectSlices(storedFields)),
    terms: packer.addAll(terms),
  };
  return {
    texts: packer.pack(),
    articles: articleRange,
    speakers,
    index,
    articleCount: articles.length,
    skipped: snapshot.skipped,
    ...extra,
    buildMs: snapshot.buildMs,
  };
}

/** Worker side: the index a previous transport holds, as minisearch's plain object. */
export function assembleIndex(transport: Pick<SnapshotTransport, 'texts' | 'index'>): AsPlainObject {
  const { texts, index: parts } = transport;
  const rest = JSON.parse(textAt(texts, parts.rest)) as Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
  const index = textsIn(texts, parts.terms).flatMap((slice) => JSON.parse(slice) as AsPlainObject['index']);
  return {
    ...rest,
    documentIds: mergeSlicesSync(texts, parts.documentIds),
    fieldLength: mergeSlicesSync(texts, parts.fieldLength),
    storedFields: mergeSlicesSync(texts, parts.storedFields),
    index,
  };
}

/** Worker side: the analyses a previous transport holds, to skip NLP for unchanged files. */
export function analysesOf(transport: Pick<SnapshotTransport, 'texts' | 'articles'>): ArticleAnalysis[] {
  return textsIn(transport.texts, transport.articles).map((text) => restoreAnalysis((JSON.parse(text) as TransportArticle).saved));
}

/** Worker side: what the reindex report compares, from a previous transport. */
export function corpusOf(transport: Pick<SnapshotTransport, 'texts' | 'articles' | 'skipped'>): DiffView {
  const parsed = textsIn(transport.texts, transport.articles).map((text) => JSON.parse(text) as TransportArticle);
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
  const sliceMs = options.sliceMs ?? 4;
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
  const { texts } = transport;
  for (let piece = transport.articles.from; piece < transport.articles.to; piece++) {
    const entry = JSON.parse(textAt(texts, piece)) as TransportArticle;
    const analysis = restoreAnalysis(entry.saved);
    analyses.push(analysis);
    analysis.passages.forEach((passage, index) => passages.set(passage.id, { ...passage, speakerNames: [...(entry.speakerNames[index] ?? [])] }));
    for (const quote of entry.quotes) {
      const passage = passages.get(quote.passageId);
      if (passage) quotes.push({ ...quote, citation: passage.citation, sentence: passage.text });
    }
    await pause();
  }
  const speakers = JSON.parse(textAt(texts, transport.speakers)) as Speaker[];
  await pause();

  const parts = transport.index;
  const rest = JSON.parse(textAt(texts, parts.rest)) as Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
  const documentIds: AsPlainObject['documentIds'] = await mergeSlices(texts, parts.documentIds, pause);
  const fieldLength: AsPlainObject['fieldLength'] = await mergeSlices(texts, parts.fieldLength, pause);
  const storedFields: AsPlainObject['storedFields'] = await mergeSlices(texts, parts.storedFields, pause);
  const index: AsPlainObject['index'] = [];
  for (let piece = parts.terms.from; piece < parts.terms.to; piece++) {
    for (const entry of JSON.parse(textAt(texts, piece)) as AsPlainObject['index']) index.push(entry);
    await pause();
  }
  let searchIndex: PassageIndex;
  try {
    searchIndex = await PassageIndex.fromPlainObjectAsync({ ...rest, documentIds, fieldLength, storedFields, index }, sliceMs);
  } catch {
    // A saved index that passed the checks but minisearch cannot load: build it here, in one go.
    // Rare (a hand-made cache), and it is still better than refusing to start.
    searchIndex = PassageIndex.build(passages.values(), new Map(speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]])));
  }
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
    indexPlain: () => searchIndex.toPlainObject(),
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
