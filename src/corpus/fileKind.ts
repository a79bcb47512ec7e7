import type { Dirent, Stats } from 'node:fs';

/** What a directory entry that is not a regular file is, in a moderator's words ("is a folder"). */
export function describeNonFile(entry: Stats | Dirent): string {
  if (entry.isDirectory()) return 'is a folder, not an article file';
  if (entry.isFIFO()) return 'is a named pipe (FIFO), not an article file';
  if (entry.isSocket()) return 'is a socket, not an article file';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'is a device, not an article file';
  if (entry.isSymbolicLink()) return 'is a symbolic link that does not lead to a file';
  return 'is not a regular file';
}
