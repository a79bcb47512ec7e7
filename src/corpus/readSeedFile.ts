import { createHash } from 'node:crypto';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { cleanArticleText } from './cleanText.ts';
import { describeNonFile } from './fileKind.ts';

/** Files larger than this are refused: a news article is a few kilobytes, and NLP time grows with size. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type SeedFileRead = { ok: true; text: string; contentHash: string; bytes: number } | { ok: false; reason: string };

/**
 * Reads one article file defensively. Every way a file can be unusable becomes a
 * reason string instead of an exception, so one bad file never stops a load.
 */
export async function readSeedFile(seedsDir: string, fileName: string): Promise<SeedFileRead> {
  const fullPath = path.join(seedsDir, fileName);
  let stats;
  try {
    stats = await lstat(fullPath);
  } catch (error) {
    return { ok: false, reason: `could not be read (${describeFsError(error)})` };
  }
  if (stats.isSymbolicLink()) {
    // A link could point anywhere on the machine; only follow it if it stays inside seeds/.
    try {
      const target = await realpath(fullPath);
      const root = await realpath(seedsDir);
      if (!target.startsWith(root + path.sep)) return { ok: false, reason: 'is a symbolic link pointing outside the seeds folder' };
      stats = await lstat(target);
    } catch (error) {
      return { ok: false, reason: `is a broken symbolic link (${describeFsError(error)})` };
    }
  }
  // Never open anything but a regular file: opening a FIFO would wait for a writer forever.
  if (!stats.isFile()) return { ok: false, reason: describeNonFile(stats) };
  if (stats.size === 0) return { ok: false, reason: 'is empty' };
  if (stats.size > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `is too large (${formatBytes(stats.size)}; the limit is ${formatBytes(MAX_ARTICLE_BYTES)})` };
  }

  let bytes: Buffer;
  try {
    // Read at most the limit + 1 bytes even if the file grew after lstat.
    const handle = await open(fullPath, 'r');
    try {
      const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: `could not be read (${describeFsError(error)})` };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `is too large (over ${formatBytes(MAX_ARTICLE_BYTES)})` };
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };
  // Windows' "Unicode" is UTF-16 with a byte-order mark; its NUL bytes are text, not binary.
  const encoding = utf16Encoding(bytes);
  if (!encoding && bytes.includes(0)) return { ok: false, reason: 'looks binary (contains NUL bytes), not a text article' };

  let text: string;
  try {
    text = new TextDecoder(encoding ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: encoding ? `is not valid ${encoding.toUpperCase()} text (save it as UTF-8)` : 'is not valid UTF-8 text (save it as UTF-8)' };
  }
  if (controlCharacterShare(text) > 0.01) return { ok: false, reason: 'looks binary (too many control characters), not a text article' };
  text = cleanArticleText(text);
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'is empty (only whitespace)' };

  return { ok: true, text, contentHash: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** 'utf-16le' or 'utf-16be' when the bytes start with that byte-order mark (the decoder drops it). */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function controlCharacterShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 127) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
}

function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}
