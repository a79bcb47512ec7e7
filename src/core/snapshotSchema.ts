import { z } from 'zod';

/**
 * The shape of a saved snapshot's payload (snapshotStore.ts), checked before anything is restored:
 * `.cache/` is a file on disk, and a value of the wrong type there (a passage's text as a number, a
 * headline as an object) would otherwise crash every start, since the cache is read before anything
 * else. zod rather than hand-written checks: one declaration gives both the check and the
 * TypeScript type, and its errors name the path of the bad value for the warning. zod 4 checks
 * the 500-text cache in about a third of zod 3's time (1.0 s against 3.2 s).
 */

const nullableString = z.string().nullable();

export const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  contentHash: z.string(),
  headline: z.string(),
  standfirst: nullableString,
  publication: nullableString,
  byline: nullableString,
  dateText: nullableString,
  dateIso: nullableString,
  captions: z.array(z.string()),
  paragraphs: z.array(z.string()),
  comments: z.array(z.object({ dateText: nullableString, text: z.string() })),
  droppedLines: z.array(z.string()),
});

const neighbour = z.union([z.number().int().nonnegative(), z.string(), z.null()]);

export const SavedAnalysisSchema = z.object({
  article: ArticleSchema,
  people: z.array(z.object({ kind: z.enum(['person', 'organization']), name: z.string(), titles: z.array(z.string()), surfaceForms: z.array(z.string()) })),
  passages: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      section: z.enum(['headline', 'standfirst', 'caption', 'body', 'comment']),
      paragraph: z.number().int().nonnegative(),
      sentence: z.number().int().nonnegative(),
      b: neighbour,
      a: neighbour,
      speakerNames: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      text: z.string(),
      kind: z.enum(['direct', 'partial', 'reported']),
      passageId: z.string(),
      speaker: z.number().int().nonnegative().nullable(),
      attribution: z.string(),
      cue: z.string(),
    }),
  ),
  quotesUnread: z.string().optional(),
});

/** One field's postings of a term (passage → count): an object, its counts unchecked (see below). */
const postingCounts = z.custom<Record<string, number>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'expected an object of counts');

/**
 * minisearch's serialised index (its AsPlainObject). Its postings (term → field → passage → count,
 * about 2 million numbers for 500 texts) are checked down to the field only: checking every count
 * took half a second of each restart, and the payload's digest already rules out damage; a count
 * of the wrong type in a hand-made file can only spoil scores, never crash a start.
 */
export const SavedIndexSchema = z.object({
  documentCount: z.number(),
  nextId: z.number(),
  documentIds: z.record(z.string(), z.string()),
  fieldIds: z.record(z.string(), z.number()),
  fieldLength: z.record(z.string(), z.array(z.number())),
  averageFieldLength: z.array(z.number()),
  storedFields: z.record(z.string(), z.record(z.string(), z.unknown())),
  dirtCount: z.number().optional(),
  index: z.array(z.tuple([z.string(), z.record(z.string(), postingCounts)])),
  // minisearch's loadJS throws on any other version.
  serializationVersion: z.number().int().min(1).max(2),
});

export const PayloadSchema = z.object({
  analyses: z.array(SavedAnalysisSchema),
  index: SavedIndexSchema,
  files: z.array(z.object({ file: z.string(), contentHash: z.string() })),
});

export const HeaderSchema = z.object({
  format: z.string(),
  version: z.number(),
  fingerprint: z.string(),
  seedsDir: z.string(),
  includeComments: z.boolean(),
  payloadBytes: z.number(),
  payloadSha256: z.string(),
  savedAt: z.string(),
});

export type SavedAnalysis = z.infer<typeof SavedAnalysisSchema>;
export type Payload = z.infer<typeof PayloadSchema>;
export type Header = z.infer<typeof HeaderSchema>;

/** The first problem zod found, as "analyses.0.passages.3.text: Invalid input: expected string, received number". */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the payload';
  return `${where}: ${issue.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : ''}`;
}
