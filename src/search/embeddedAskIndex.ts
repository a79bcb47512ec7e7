import type { Passage } from '../domain/types.ts';
import type { AskIndex, TermStats } from './askIndex.ts';
import type { IndexMatch, PassageIndex, QueryOptions } from './passageIndex.ts';
import type { Vocabulary } from './vocabulary.ts';

/** /ask over the embedded minisearch index and the corpus in memory: every answer is at hand. */
export class EmbeddedAskIndex implements AskIndex {
  constructor(
    private readonly index: PassageIndex,
    private readonly corpus: ReadonlyMap<string, Passage>,
    /** Built on first use (snapshot.ts's LazyVocabulary): only a question with an unknown word needs it. */
    private readonly vocabularySource: () => Vocabulary,
  ) {}

  get size(): number {
    return this.corpus.size;
  }

  /** The index holds every term's count: nothing to fetch. */
  termStats(): TermStats {
    return this.index;
  }

  query(question: string, limit: number, options: QueryOptions): IndexMatch[] {
    return this.index.query(question, limit, options);
  }

  /** The whole corpus: windows find any neighbour in it. */
  passages(): ReadonlyMap<string, Passage> {
    return this.corpus;
  }

  vocabulary(): Vocabulary {
    return this.vocabularySource();
  }
}
