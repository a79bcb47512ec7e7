import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Article } from '../corpus/types.ts';
import { listSeedFiles } from '../corpus/listSeedFiles.ts';
import { parseArticle } from '../corpus/parseArticle.ts';
import { readSeedFile } from '../corpus/readSeedFile.ts';
import { analyzeArticle, type ArticleAnalysis } from '../nlp/analyzeArticle.ts';
import { mergeSpeakers } from '../nlp/speakerRegistry.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import type { Passage, Quote, SkippedFile, Speaker } from './types.ts';

/** One complete, immutable state of the corpus and its index. Reindexing builds a new one and swaps. */
export interface Snapshot {
  articles: Article[];
  analyses: ArticleAnalysis[];
  passages: ReadonlyMap<string, Passage>;
  quotes: Quote[];
  speakers: Speaker[];
  index: PassageIndex;
  vocabulary: Vocabulary;
  skipped: SkippedFile[];
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
}

/**
 * Reads every article in the seeds folder and builds a snapshot. Yields to the event loop between
 * files so a running bot keeps answering from the old snapshot while a new one is built.
 */
export async function buildSnapshot(options: BuildOptions): Promise<Snapshot> {
  const started = performance.now();
  const { articles: files, ignored } = await listSeedFiles(options.seedsDir);
  const skipped: SkippedFile[] = ignored.map((file) => ({ file, reason: 'is not a .txt or .md article' }));
  const analyses: ArticleAnalysis[] = [];
  const cacheKey = (hash: string) => `${hash}:${options.includeComments ? 'c' : ''}`;

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
    try {
      const article = parseArticle({ file, text: read.text, contentHash: read.contentHash });
      if (article.paragraphs.length === 0 && article.captions.length === 0) {
        skipped.push({ file, reason: 'has no article text after the headline' });
        continue;
      }
      analyses.push(analyzeArticle(article, { includeComments: options.includeComments }));
    } catch (error) {
      skipped.push({ file, reason: `could not be analysed (${error instanceof Error ? error.message : String(error)})` });
    }
    await yieldToEventLoop();
  }

  // Fresh copies: merging writes speaker names into passages, and cached analyses are shared.
  const copies = analyses.map((analysis) => ({ ...analysis, passages: analysis.passages.map((passage) => ({ ...passage, speakerNames: [...passage.speakerNames] })) }));
  const { speakers, quotes } = mergeSpeakers(copies);
  const passages = new Map(copies.flatMap((analysis) => analysis.passages.map((passage) => [passage.id, passage] as const)));
  const aliasesByName = new Map<string, string[]>(speakers.map((speaker) => [speaker.name, [speaker.name, ...speaker.aliases]]));
  const vocabulary = new Vocabulary();
  for (const passage of passages.values()) vocabulary.add(passage.text);
  const index = PassageIndex.build(passages.values(), aliasesByName);

  return {
    articles: copies.map((analysis) => analysis.article),
    analyses,
    passages,
    quotes,
    speakers,
    index,
    vocabulary,
    skipped,
    indexedAt: new Date(),
    buildMs: performance.now() - started,
  };
}

export function analysisCache(snapshot: Snapshot, includeComments: boolean): Map<string, ArticleAnalysis> {
  return new Map(snapshot.analyses.map((analysis) => [`${analysis.article.contentHash}:${includeComments ? 'c' : ''}`, analysis]));
}
