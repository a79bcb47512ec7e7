/**
 * A fault in attribution (a rule that throws on an unforeseen sentence) costs the quotes of that
 * paragraph only: the article stays indexed for /ask, its other quotes stay, and /sources says which
 * file was partly read and why — also after a restart from the cache. The fault is injected into the
 * real Attributor of the real NewsDesk over the seed articles.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sourcesText } from '../src/commands/sources.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { Attributor } from '../src/nlp/attribution.ts';
import { AFP_FILE, AFP_ID, copySeeds } from './helpers/seeds.ts';

/** Words of one AFP paragraph that holds a direct quote of the foreign minister. */
const FAULTY_PARAGRAPH_WORDS = 'differences remain';

function injectFault(): void {
  const original = Attributor.prototype.attributeBlock;
  vi.spyOn(Attributor.prototype, 'attributeBlock').mockImplementation(function (this: Attributor, block, runningOn) {
    if (block.text.includes(FAULTY_PARAGRAPH_WORDS)) throw new TypeError("Cannot read properties of undefined (reading 'pos')");
    return original.call(this, block, runningOn);
  });
}

/** Every (article, paragraph) a quote is cited at. */
function quotedParagraphs(desk: NewsDesk): Set<string> {
  const places = new Set<string>();
  for (const speaker of desk.speakers()) for (const quote of desk.quotesOf(speaker.id)?.quotes ?? []) places.add(`${quote.citation.articleId}#${quote.citation.paragraph}`);
  return places;
}

let seeds: { dir: string; cleanup: () => Promise<void> };
let cacheDir: string;
let healthy: NewsDesk;
let faulty: NewsDesk;
let faultyParagraph: string;

beforeAll(async () => {
  seeds = await copySeeds();
  cacheDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-faults-cache-'));
  healthy = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir: false });
  const answer = healthy.ask('did the foreign minister say differences remain');
  const top = answer.status === 'found' ? answer.hits[0] : undefined;
  expect(top?.passage.citation.articleId).toBe(AFP_ID);
  faultyParagraph = `${AFP_ID}#${top?.passage.citation.paragraph}`;
  injectFault();
  faulty = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir });
  vi.restoreAllMocks();
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await seeds.cleanup();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('a fault while reading quotes', () => {
  it('loses only the quotes of the paragraph where it happened', () => {
    const before = quotedParagraphs(healthy);
    const after = quotedParagraphs(faulty);
    expect(before.has(faultyParagraph)).toBe(true);
    expect(after.has(faultyParagraph)).toBe(false);
    expect([...before].filter((place) => !after.has(place))).toEqual([faultyParagraph]);
  });

  it('keeps the article indexed: /ask still answers from that paragraph', () => {
    expect(faulty.sources().articles).toHaveLength(healthy.sources().articles.length);
    const answer = faulty.ask('did the foreign minister say differences remain');
    expect(answer.status).toBe('found');
    const top = answer.status === 'found' ? answer.hits[0] : undefined;
    expect(`${top?.passage.citation.articleId}#${top?.passage.citation.paragraph}`).toBe(faultyParagraph);
  });

  it('is reported by /sources as a partly read file, naming the paragraph and the error', () => {
    expect(healthy.sources().skipped).toEqual([]);
    const [entry, ...rest] = faulty.sources().skipped;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ file: AFP_FILE, partly: true });
    expect(entry?.reason).toContain(`paragraph ${faultyParagraph.split('#')[1]}`);
    expect(entry?.reason).toContain('TypeError');
    expect(sourcesText(faulty.sources())).toContain(`! partly read ${AFP_FILE}: quotes not read in paragraph`);
  });

  it('is still reported after a restart from the cache (the same code would fail the same way)', async () => {
    const restarted = await NewsDesk.open({ seedsDir: seeds.dir, cacheDir });
    expect(restarted.sources().skipped).toEqual(faulty.sources().skipped);
    expect(quotedParagraphs(restarted)).toEqual(quotedParagraphs(faulty));
  });
});
