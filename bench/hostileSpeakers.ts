/**
 * Hostile speaker loads (issue 11, item 2): attribution and speaker merging must stay near-linear
 * in the number of people. Run by `npm run bench`, or alone: `npx tsx bench/hostileSpeakers.ts`.
 * - one 4 MB article of 100,000 distinct people each saying one thing ("Zqaaab Xozqaaab said …");
 * - 8,000 different people named Smith spread over 40 articles, merged into corpus speakers.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/corpus/parseArticle.ts';
import { analyzeArticle } from '../src/nlp/analyzeArticle.ts';
import { mergeSpeakers } from '../src/nlp/speakerRegistry.ts';

/** A pronounceable, distinct capitalised word for each number. */
function word(index: number, prefix: string): string {
  let text = '';
  let rest = index;
  for (let position = 0; position < 4; position++) {
    text += 'abcdefghijklmnopqrstuvwxyz'[rest % 26];
    rest = Math.floor(rest / 26);
  }
  return `${prefix}${text}`;
}

export interface HostileTimings {
  manySpeakers: { speakers: number; megabytes: number; analyzeMs: number; quotes: number; mergeMs: number; speakersFound: number };
  smiths: { people: number; files: number; analyzeMs: number; mergeMs: number; speakersFound: number };
}

export function runHostileSpeakers(count = 100_000): HostileTimings {
  const lines = Array.from({ length: count }, (_, index) => `${word(index, 'Zq')} ${word(index, 'Xoz')} said the vote was fine.`);
  const text = `Who said what\n\n${lines.join('\n\n')}\n`;
  const article = parseArticle({ file: 'hostile.txt', text, contentHash: 'hostile' });
  let started = performance.now();
  const analysis = analyzeArticle(article, { includeComments: false });
  const analyzeMs = performance.now() - started;
  started = performance.now();
  const merged = mergeSpeakers([analysis]);
  const mergeMs = performance.now() - started;

  const files = 40;
  const perFile = 200;
  const smithArticles = Array.from({ length: files }, (_, file) => {
    const body = Array.from({ length: perFile }, (_, index) => `${word(file * perFile + index, 'Ab')} Smith said the count was right.`).join('\n\n');
    return parseArticle({ file: `smith${file}.txt`, text: `Smiths\n\n${body}\n`, contentHash: `smith${file}` });
  });
  started = performance.now();
  const smithAnalyses = smithArticles.map((entry) => analyzeArticle(entry, { includeComments: false }));
  const smithAnalyzeMs = performance.now() - started;
  started = performance.now();
  const smiths = mergeSpeakers(smithAnalyses);
  const smithMergeMs = performance.now() - started;
  return {
    manySpeakers: { speakers: count, megabytes: Buffer.byteLength(text) / 1024 / 1024, analyzeMs, quotes: analysis.quotes.length, mergeMs, speakersFound: merged.speakers.length },
    smiths: { people: files * perFile, files, analyzeMs: smithAnalyzeMs, mergeMs: smithMergeMs, speakersFound: smiths.speakers.length },
  };
}

export function printHostile(timings: HostileTimings): void {
  const many = timings.manySpeakers;
  const smiths = timings.smiths;
  console.log(`\n== hostile speaker loads ==`);
  console.log(
    `${many.speakers} distinct speakers in one ${many.megabytes.toFixed(1)} MB article: analysis ${many.analyzeMs.toFixed(0)} ms + merge ${many.mergeMs.toFixed(0)} ms (${many.quotes} quotes, ${many.speakersFound} speakers; target < 10000 ms)`,
  );
  console.log(
    `${smiths.people} people named Smith over ${smiths.files} files: analysis ${smiths.analyzeMs.toFixed(0)} ms, merge ${smiths.mergeMs.toFixed(0)} ms (${smiths.speakersFound} speakers; merge target < 1000 ms)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100_000);
  printHostile(runHostileSpeakers(count));
}
