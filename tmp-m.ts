import { Piscina } from 'piscina';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
const t = performance.now();
const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const pool = new Piscina({ filename: new URL('./tmp-w.ts', import.meta.url).href, execArgv: ['--import', loader], maxThreads: 1, minThreads: 0, idleTimeout: 1000 });
console.log(await pool.run({ text: 'Hello there. How are you?' }), (performance.now() - t).toFixed(0));
const t2 = performance.now();
console.log(await pool.run({ text: 'Hello there. How are you? Fine.' }), (performance.now() - t2).toFixed(0));
const ac = new AbortController();
const p = pool.run({ text: 'x. '.repeat(200000) }, { signal: ac.signal });
setTimeout(() => ac.abort(), 50);
try { await p; } catch (e) { console.log('aborted', (e as Error).name, (e as Error).message); }
console.log('done; exiting naturally?');
