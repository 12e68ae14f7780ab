/**
 * /reports-index.json — the small machine-readable list every production build publishes: each
 * released report's id, page URL and the sha256 of its report.json, with the count, a hash of the
 * list itself and the newest date in the content. A preview reads it from the public address and
 * fetches only the report.json files whose hash differs from its own, so "what publishing would
 * change" is measured against what is really public, not against a local folder.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

export { REPORTS_INDEX_FILE } from '../build-folders.ts';
export const REPORTS_INDEX_FORMAT = 'kohyo-reports-index/1';

export interface ReportsIndexEntry {
  /** osaka-ict/2018/keiei-kadai-2 */
  id: string;
  /** /osaka-ict/2018/keiei-kadai-2/ */
  url: string;
  /** sha256 (hex) of the report's report.json as served */
  sha256: string;
}

export interface ReportsIndex {
  format: typeof REPORTS_INDEX_FORMAT;
  count: number;
  /** sha256 of the report list (ids and hashes): two sites with the same value publish the same data */
  indexHash: string;
  /** The newest date in the published content (publishAt or a change note), YYYY-MM-DD; null when none */
  newest: string | null;
  reports: ReportsIndexEntry[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const entrySchema = z.object({
  id: z.string().regex(/^[^/]+\/\d{4}\/[^/]+$/),
  url: z.string().startsWith('/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const indexSchema = z.object({
  format: z.literal(REPORTS_INDEX_FORMAT),
  count: z.number().int().nonnegative(),
  indexHash: z.string().regex(/^[0-9a-f]{64}$/),
  newest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  reports: z.array(entrySchema),
});

/** The index of a site's reports, in id order (so two builds of the same content give the same file). */
export function reportsIndex(entries: readonly ReportsIndexEntry[], newest: string | null): ReportsIndex {
  const reports = [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const indexHash = sha256(reports.map((r) => `${r.id} ${r.sha256}`).join('\n'));
  return { format: REPORTS_INDEX_FORMAT, count: reports.length, indexHash, newest, reports };
}

export function reportsIndexText(index: ReportsIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** Reads an index; a message naming what is wrong (not a stack trace) when it is not one. */
export function parseReportsIndex(text: string): { ok: true; index: ReportsIndex } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `JSON として読めません / not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `Kohyo の報告一覧の形ではありません（${issue.path.join('.') || '(全体)'}: ${issue.message}） / not a Kohyo reports index` };
  }
  const index = parsed.data as ReportsIndex;
  if (index.count !== index.reports.length) return { ok: false, problem: `count (${index.count}) が reports の件数 (${index.reports.length}) と違います / count does not match the list` };
  return { ok: true, index };
}

/** The newest of some YYYY-MM-DD dates, or null. */
export function newestDate(dates: Iterable<string | undefined>): string | null {
  let newest: string | null = null;
  for (const date of dates) if (date && (newest === null || date > newest)) newest = date;
  return newest;
}
