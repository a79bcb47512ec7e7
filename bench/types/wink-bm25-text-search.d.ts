/** The part of wink-bm25-text-search's API the baselines use (the package ships no types). */
declare module 'wink-bm25-text-search' {
  type PrepTask = (input: string) => string | string[];
  interface BM25Engine {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number }; ovFieldNames?: string[] }): boolean;
    definePrepTasks(tasks: PrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    /** [id, score] pairs, best first. */
    search(text: string, limit?: number): Array<[string, number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function bm25(): BM25Engine;
  export default bm25;
}
