import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BROWN_SOURCE } from './brownFixtures.ts';

/** A small seeded generator, so every run asks the same questions. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Realistic questions from the corpus's own words: nouns that occur in one sentence of the tagged
 * source, as a pair ("jury election"), or in a question ("what did Kennedy say about taxes").
 */
export async function generateQueries(files: string[], count: number, seed: number): Promise<{ plain: string[]; typos: string[] }> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentences: Array<{ nouns: string[]; names: string[] }> = [];
  for (const file of files) {
    const tagged = await readFile(path.join(BROWN_SOURCE, file), 'utf8');
    for (const line of tagged.split('\n')) {
      const nouns: string[] = [];
      const names: string[] = [];
      for (const token of line.trim().split(/\s+/)) {
        const slash = token.lastIndexOf('/');
        if (slash <= 0) continue;
        const word = token.slice(0, slash);
        const tag = token.slice(slash + 1);
        if (!/^[A-Za-z][a-z-]{2,}$/.test(word)) continue;
        if (/^nns?$/.test(tag)) nouns.push(word.toLowerCase());
        else if (/^np(?:-tl)?$/.test(tag)) names.push(word);
      }
      if (nouns.length >= 2 || (nouns.length >= 1 && names.length >= 1)) sentences.push({ nouns, names });
    }
  }
  const plain: string[] = [];
  while (plain.length < count) {
    const sentence = pick(sentences);
    const first = pick(sentence.nouns);
    const others = sentence.nouns.filter((noun) => noun !== first);
    const shape = next();
    if (sentence.names.length > 0 && shape < 0.35) plain.push(`what did ${pick(sentence.names)} say about ${first}`);
    else if (others.length > 0 && shape < 0.75) plain.push(`${first} ${pick(others)}`);
    else if (others.length > 0) plain.push(`why ${first} ${pick(others)}?`);
    else plain.push(`${pick(sentence.names)} ${first}`);
  }
  // The same questions with one word misspelled (two letters swapped), which /ask corrects.
  const typos = plain.slice(0, Math.max(20, Math.floor(count / 5))).map((question) => {
    const words = question.split(' ');
    const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => word.length >= 5);
    const target = candidates.length > 0 ? pick(candidates) : { word: words[0] ?? '', index: 0 };
    const at = 1 + Math.floor(next() * Math.max(1, target.word.length - 3));
    const swapped = target.word.slice(0, at) + (target.word[at + 1] ?? '') + (target.word[at] ?? '') + target.word.slice(at + 2);
    words[target.index] = swapped;
    return words.join(' ');
  });
  return { plain, typos };
}
