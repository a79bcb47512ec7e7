import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationFor, type ArticleAnalysis, type ArticleQuote } from '../nlp/analyzeArticle.ts';
import type { ArticlePerson } from '../nlp/people.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import { analysisCacheKey, type SavedIndex, type Snapshot } from './snapshot.ts';
import { printable } from '../domain/printable.ts';
import type { Passage } from '../domain/types.ts';
import { describeIssue, HeaderSchema, PayloadSchema, type Header, type Payload, type SavedAnalysis } from './snapshotSchema.ts';

/**
 * Saves a built snapshot — each article's analysis and the minisearch index — to a cache folder, so
 * a restart with unchanged files skips NLP and index building. Each analysis is keyed by its file's
 * content hash; the whole file by a format version and a fingerprint of the code that produced it
 * (a change to the NLP or the index code makes old saves unusable, never silently stale). A save
 * that is damaged, from another version, or for another folder is ignored with a warning.
 */

/** Bump when the saved layout changes. */
export const SNAPSHOT_FORMAT_VERSION = 2;
const FORMAT = 'newsdesk-snapshot';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CACHE_DIR = path.join(projectRoot, '.cache');
/** Saves of other seed folders (tests use temporary ones) beyond this many are removed, oldest first. */
const MAX_SAVED_SNAPSHOTS = 8;

export interface SnapshotStoreOptions {
  cacheDir: string;
  seedsDir: string;
  includeComments: boolean;
  warn: (message: string) => void;
}

/** What a previous run saved, ready for buildSnapshot's `cache` and `savedIndex`. */
export interface LoadedSnapshot {
  analyses: Map<string, ArticleAnalysis>;
  savedIndex: SavedIndex;
}

export type { SavedAnalysis };

export class SnapshotStore {
  readonly file: string;

  constructor(private readonly options: SnapshotStoreOptions) {
    const folderKey = createHash('sha256')
      .update(`${path.resolve(options.seedsDir)}\u0000${options.includeComments ? 'c' : ''}`)
      .digest('hex')
      .slice(0, 16);
    this.file = path.join(options.cacheDir, `snapshot-${folderKey}.json`);
  }

  /** The saved snapshot, or null when there is none or it cannot be used (with a warning saying why). */
  async load(): Promise<LoadedSnapshot | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') this.options.warn(`snapshot cache ${printable(this.file)} could not be read (${describe(error)}); rebuilding`);
      return null;
    }
    try {
      return this.parse(raw);
    } catch (error) {
      this.options.warn(`snapshot cache ${printable(this.file)} ignored: ${describe(error)}; rebuilding`);
      return null;
    }
  }

  private parse(raw: string): LoadedSnapshot {
    const newline = raw.indexOf('\n');
    if (newline < 0) throw new Error('no header line (truncated or not a snapshot)');
    const parsedHeader = HeaderSchema.safeParse(JSON.parse(raw.slice(0, newline)));
    if (!parsedHeader.success) throw new Error(`not a snapshot file, or one from an older version (header ${describeIssue(parsedHeader.error)})`);
    const header = parsedHeader.data;
    if (header.format !== FORMAT) throw new Error('not a snapshot file');
    if (header.version !== SNAPSHOT_FORMAT_VERSION) throw new Error(`format version ${String(header.version)}, expected ${SNAPSHOT_FORMAT_VERSION}`);
    if (header.fingerprint !== codeFingerprint()) throw new Error('made by a different version of the code');
    if (header.seedsDir !== path.resolve(this.options.seedsDir) || header.includeComments !== this.options.includeComments)
      throw new Error('made for another seeds folder or settings');
    const body = raw.slice(newline + 1);
    if (Buffer.byteLength(body) !== header.payloadBytes)
      throw new Error(`payload is ${Buffer.byteLength(body)} bytes, the header says ${String(header.payloadBytes)} (truncated or damaged)`);
    // The digest: what is restored is exactly what this program saved, not text edited in place.
    if (payloadDigest(body) !== header.payloadSha256) throw new Error('payload does not match its digest (edited or damaged)');
    const parsed = PayloadSchema.safeParse(JSON.parse(body));
    if (!parsed.success) throw new Error(`payload has the wrong shape (${describeIssue(parsed.error)})`);
    const payload = parsed.data;
    const analyses = new Map<string, ArticleAnalysis>();
    for (const saved of payload.analyses) {
      const analysis = restoreAnalysis(saved);
      analyses.set(analysisCacheKey(analysis.article.contentHash, this.options.includeComments), analysis);
    }
    const files = payload.files;
    const index = payload.index;
    const load = (): PassageIndex => {
      try {
        return PassageIndex.fromPlainObject(index);
      } catch (error) {
        this.options.warn(`snapshot cache ${printable(this.file)}: the saved index is damaged (${describe(error)}); rebuilding it`);
        throw error;
      }
    };
    return { analyses, savedIndex: { files, load, plain: () => index } };
  }

  /**
   * Writes the snapshot (atomically: a temporary file renamed over the old one), unless it is exactly
   * what `loaded` already holds. Failures are warnings: the bot works without a cache.
   */
  async save(snapshot: Snapshot, loaded: LoadedSnapshot | null = null): Promise<void> {
    if (loaded && isUnchanged(snapshot, loaded)) return;
    const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const payload: Payload = {
        analyses: snapshot.analyses.map(saveAnalysis),
        index: snapshot.indexPlain(),
        files: snapshot.analyses.map((analysis) => ({ file: analysis.article.file, contentHash: analysis.article.contentHash })),
      };
      const body = JSON.stringify(payload);
      const header: Header = {
        format: FORMAT,
        version: SNAPSHOT_FORMAT_VERSION,
        fingerprint: codeFingerprint(),
        seedsDir: path.resolve(this.options.seedsDir),
        includeComments: this.options.includeComments,
        payloadBytes: Buffer.byteLength(body),
        payloadSha256: payloadDigest(body),
        savedAt: new Date().toISOString(),
      };
      await mkdir(this.options.cacheDir, { recursive: true });
      await writeFile(temporary, `${JSON.stringify(header)}\n${body}`);
      await rename(temporary, this.file);
      await this.prune();
    } catch (error) {
      this.options.warn(`snapshot cache ${printable(this.file)} could not be written (${describe(error)}); the next start will rebuild`);
      await unlink(temporary).catch(() => undefined);
    }
  }

  /** Keeps the newest few saves and drops temporary files left by a crash. */
  private async prune(): Promise<void> {
    const names = await readdir(this.options.cacheDir);
    const entries = await Promise.all(
      names
        .filter((name) => /^snapshot-[0-9a-f]+\.json(?:\..*\.tmp)?$/.test(name))
        .map(async (name) => {
          const full = path.join(this.options.cacheDir, name);
          const info = await stat(full).catch(() => null);
          return { full, name, mtime: info?.mtimeMs ?? 0 };
        }),
    );
    const hourAgo = Date.now() - 3_600_000;
    const stale = entries.filter((entry) => entry.name.endsWith('.tmp') && entry.mtime < hourAgo);
    const saves = entries.filter((entry) => !entry.name.endsWith('.tmp') && entry.full !== this.file).sort((a, b) => b.mtime - a.mtime);
    for (const entry of [...stale, ...saves.slice(MAX_SAVED_SNAPSHOTS - 1)]) await unlink(entry.full).catch(() => undefined);
  }
}

/** SHA-256 of the payload as written, kept in the header and checked before the payload is trusted. */
export function payloadDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function isUnchanged(snapshot: Snapshot, loaded: LoadedSnapshot): boolean {
  const files = loaded.savedIndex.files;
  if (files.length !== snapshot.analyses.length) return false;
  const restored = new Set(loaded.analyses.values());
  return snapshot.analyses.every((analysis, index) => {
    const saved = files[index];
    return saved?.file === analysis.article.file && saved.contentHash === analysis.article.contentHash && restored.has(analysis);
  });
}

/** One analysis as plain JSON: people become a table the quotes point into; citations keep only what the article does not say. */
export function saveAnalysis(analysis: ArticleAnalysis): SavedAnalysis {
  const people: ArticlePerson[] = [];
  const personIndex = new Map<ArticlePerson, number>();
  for (const quote of analysis.quotes) {
    if (quote.speaker && !personIndex.has(quote.speaker)) {
      personIndex.set(quote.speaker, people.length);
      people.push(quote.speaker);
    }
  }
  const textIndex = new Map<string, number>();
  analysis.passages.forEach((passage, index) => {
    if (!textIndex.has(passage.text)) textIndex.set(passage.text, index);
  });
  const reference = (text: string | null): number | string | null => (text === null ? null : (textIndex.get(text) ?? text));
  return {
    article: analysis.article,
    people: people.map((person) => ({ kind: person.kind, name: person.name, titles: [...person.titles], surfaceForms: [...person.surfaceForms] })),
    passages: analysis.passages.map((passage) => ({
      id: passage.id,
      text: passage.text,
      section: passage.citation.section,
      paragraph: passage.citation.paragraph,
      sentence: passage.citation.sentence,
      b: reference(passage.before),
      a: reference(passage.after),
      speakerNames: passage.speakerNames,
    })),
    quotes: analysis.quotes.map((quote) => ({
      text: quote.text,
      kind: quote.kind,
      passageId: quote.passageId,
      speaker: quote.speaker ? (personIndex.get(quote.speaker) ?? null) : null,
      attribution: quote.attribution,
      cue: quote.cue,
    })),
    ...(analysis.quotesUnread ? { quotesUnread: analysis.quotesUnread } : {}),
  };
}

/** The inverse of saveAnalysis; throws on a shape it cannot restore. */
export function restoreAnalysis(saved: SavedAnalysis): ArticleAnalysis {
  const { article } = saved;
  if (
    !article ||
    typeof article.file !== 'string' ||
    typeof article.contentHash !== 'string' ||
    !Array.isArray(saved.passages) ||
    !Array.isArray(saved.quotes) ||
    !Array.isArray(saved.people)
  ) {
    throw new Error('an article in the payload is incomplete');
  }
  const people: ArticlePerson[] = saved.people.map((person) => ({
    kind: person.kind,
    name: person.name,
    titles: new Set(person.titles),
    surfaceForms: new Set(person.surfaceForms),
  }));
  const texts = saved.passages.map((passage) => passage.text);
  const dereference = (value: number | string | null): string | null => {
    if (value === null || typeof value === 'string') return value;
    const text = texts[value];
    if (text === undefined) throw new Error(`a passage of ${article.file} points at a missing neighbour`);
    return text;
  };
  const passages: Passage[] = saved.passages.map((passage) => ({
    id: passage.id,
    text: passage.text,
    citation: citationFor(article, passage.section, passage.paragraph, passage.sentence),
    before: dereference(passage.b),
    after: dereference(passage.a),
    speakerNames: passage.speakerNames,
  }));
  const quotes: ArticleQuote[] = saved.quotes.map((quote) => {
    const speaker = quote.speaker === null ? null : people[quote.speaker];
    if (speaker === undefined) throw new Error(`a quote of ${article.file} points at a missing speaker`);
    return { text: quote.text, kind: quote.kind, passageId: quote.passageId, speaker, attribution: quote.attribution, cue: quote.cue };
  });
  return saved.quotesUnread ? { article, passages, quotes, quotesUnread: saved.quotesUnread } : { article, passages, quotes };
}

let fingerprint: string | null = null;

/**
 * A hash of the code that produces what is saved (reading, NLP, terms and the index, with the English
 * word lists and domain types they use) and of the versions of the libraries it uses. Computed once
 * per process, from the source files.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT_VERSION}\n`);
  for (const folder of ['src/corpus', 'src/nlp', 'src/search', 'src/lang/en', 'src/domain']) {
    const directory = path.join(projectRoot, folder);
    let names: string[] = [];
    try {
      names = readdirSync(directory)
        .filter((name) => name.endsWith('.ts'))
        .sort();
    } catch {
      hash.update(`${folder}: unreadable\n`);
    }
    for (const name of names) hash.update(`${folder}/${name}\n`).update(readFileSync(path.join(directory, name)));
  }
  for (const file of ['src/core/snapshot.ts', 'src/core/snapshotStore.ts', 'src/core/snapshotSchema.ts']) {
    try {
      hash.update(`${file}\n`).update(readFileSync(path.join(projectRoot, file)));
    } catch {
      hash.update(`${file}: unreadable\n`);
    }
  }
  for (const library of ['wink-nlp', 'wink-eng-lite-web-model', 'minisearch']) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', library, 'package.json'), 'utf8')) as { version?: string };
      hash.update(`${library}@${manifest.version ?? '?'}\n`);
    } catch {
      hash.update(`${library}: unknown\n`);
    }
  }
  fingerprint = hash.digest('hex').slice(0, 32);
  return fingerprint;
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}

function describe(error: unknown): string {
  return printable(error instanceof Error ? error.message : String(error));
}
