import type pg from 'pg';
import type { ChangeCounts, ReindexDiff } from '../core/reindexReport.ts';
import type { SkippedFile } from '../domain/types.ts';

/**
 * What a reindex changed, as diffSnapshots (src/core/reindexReport.ts) reports it for the embedded
 * index, counted in the database: the previous generation is never read into the process.
 */
export async function diffGenerations(client: pg.ClientBase, previous: number | null, next: number, skipped: readonly SkippedFile[]): Promise<ReindexDiff> {
  const files = await client.query<{ file: string; change: 'added' | 'removed' | 'changed' | 'unchanged' }>(
    `SELECT coalesce(n.file, o.file) AS file,
            CASE WHEN o.file IS NULL THEN 'added' WHEN n.file IS NULL THEN 'removed' WHEN o.content_hash = n.content_hash THEN 'unchanged' ELSE 'changed' END AS change
     FROM (SELECT file, content_hash, position FROM articles WHERE generation = $2) n
     FULL JOIN (SELECT file, content_hash, position FROM articles WHERE generation = $1) o ON o.file = n.file
     ORDER BY n.position NULLS LAST, o.position`,
    [previous, next],
  );
  const byChange: ReindexDiff['files'] = { added: [], removed: [], changed: [], unchanged: [] };
  for (const row of files.rows) byChange[row.change].push(row.file);
  const counts = await client.query<{ table: 'passages' | 'quotes'; before: number; after: number; unchanged: number }>(
    `SELECT 'passages' AS table,
            (SELECT count(*)::integer FROM passages WHERE generation = $1) AS before,
            (SELECT count(*)::integer FROM passages WHERE generation = $2) AS after,
            (SELECT count(*)::integer FROM passages n JOIN passages o ON o.generation = $1 AND o.id = n.id AND o.text = n.text WHERE n.generation = $2) AS unchanged
     UNION ALL
     SELECT 'quotes',
            (SELECT count(*)::integer FROM quotes WHERE generation = $1),
            (SELECT count(*)::integer FROM quotes WHERE generation = $2),
            (SELECT count(*)::integer FROM quotes n JOIN quotes o ON o.generation = $1 AND o.id = n.id AND o.text = n.text
               AND o.speaker_id IS NOT DISTINCT FROM n.speaker_id WHERE n.generation = $2)`,
    [previous, next],
  );
  const changes = (table: 'passages' | 'quotes'): ChangeCounts => {
    const row = counts.rows.find((entry) => entry.table === table);
    const unchanged = row?.unchanged ?? 0;
    return { added: (row?.after ?? 0) - unchanged, removed: (row?.before ?? 0) - unchanged, unchanged };
  };
  return { files: byChange, passages: changes('passages'), quotes: changes('quotes'), skipped: [...skipped] };
}
