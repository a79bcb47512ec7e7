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
