import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { ensureBrownFixtures } from '../../bench/brownFixtures.ts';
import { parseArticle } from '../../src/corpus/parseArticle.ts';
import { analyzeArticle, type ArticleAnalysis } from '../../src/nlp/analyzeArticle.ts';

/** One article of these paragraphs (a headline first), analysed as the desk would: for attribution tests on real sentences. */
export function analyse(file: string, paragraphs: string[]): ArticleAnalysis {
  return analyzeArticle(parseArticle({ file, text: `Headline of ${file}\n\n${paragraphs.join('\n\n')}\n`, contentHash: file }), { includeComments: false });
}

/** The speaker of the first quote holding these words (of that kind, when given): undefined when no quote holds them. */
export function speakerOf(analysis: ArticleAnalysis, words: string, kind?: string): string | null | undefined {
  return analysis.quotes.find((quote) => quote.text.includes(words) && (!kind || quote.kind === kind))?.speaker?.name;
}

/** A whole Brown text, analysed as the desk does: who "he" is depends on the article's earlier sentences. */
export async function analyseBrown(id: string): Promise<ArticleAnalysis> {
  const { allDir } = await ensureBrownFixtures();
  const text = await readFile(path.join(allDir, `${id}.txt`), 'utf8');
  return analyzeArticle(parseArticle({ file: `${id}.txt`, text, contentHash: id }), { includeComments: false });
}

/** The speaker of the quote holding these words, after checking the words are in the article (a typo must fail). */
export function speakerOfWords(analysis: ArticleAnalysis, words: string): string | null | undefined {
  expect(analysis.passages.some((passage) => passage.text.replace(/\s+/g, ' ').includes(words))).toBe(true);
  return speakerOf(analysis, words);
}
