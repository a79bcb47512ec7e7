/**
 * One restart, measured from process start: run by bench.ts in a fresh process as
 * `node --import tsx bench/coldStart.ts <seedsDir> <cacheDir>`. Prints one JSON line.
 */
const importStarted = performance.now();
const { NewsDesk } = await import('../src/core/newsDesk.ts');
const imported = performance.now();
const [seedsDir, cacheDir] = process.argv.slice(2);
if (!seedsDir || !cacheDir) throw new Error('usage: coldStart.ts <seedsDir> <cacheDir>');
const warnings: string[] = [];
const desk = await NewsDesk.open({ seedsDir, cacheDir, onWarning: (message) => warnings.push(message) });
const ready = performance.now();
desk.ask('election results', { limit: 3 });
const firstAsk = performance.now() - ready;
await desk.snapshot.warmUp();
const warmed = performance.now();
console.log(
  JSON.stringify({
    // performance.now() counts from the start of this process.
    processStartToReadyMs: ready,
    moduleLoadMs: imported - importStarted,
    openMs: ready - imported,
    firstAskMs: firstAsk,
    vocabularyReadyMs: warmed - ready,
    passages: desk.snapshot.passages.size,
    warnings,
  }),
);
