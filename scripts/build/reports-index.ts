/**
 * Writes /reports-index.json into an assembled production site (src/lib/preview/reports-index.ts):
 * every released report's id, URL and the sha256 of the report.json file the site serves (read
 * back from the assembled folder, so the hash is of exactly what is published).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportEntry } from '../../src/lib/content/load.ts';
import { jstCalendarDate } from '../../src/lib/jst.ts';
import { newestDate, REPORTS_INDEX_FILE, reportsIndex, reportsIndexText, sha256, type ReportsIndex, type ReportsIndexEntry } from '../../src/lib/preview/reports-index.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import type { BucketFile } from './prepare.ts';

export async function writeReportsIndex(siteDir: string, buckets: readonly BucketFile[]): Promise<ReportsIndex> {
  const entries: ReportsIndexEntry[] = [];
  const dates: string[] = [];
  for (const bucket of buckets) {
    for (const entry of JSON.parse(await readFile(bucket.file, 'utf8')) as ReportEntry[]) {
      if (entry.kind === 'strategySheet' || entry.release.status !== 'published') continue;
      const text = await readFile(path.join(siteDir, entry.id, 'report.json'), 'utf8');
      entries.push({ id: entry.id, url: entryUrl(entry.id), sha256: sha256(text) });
      if (entry.release.publishAt) dates.push(jstCalendarDate(entry.release.publishAt));
      for (const note of entry.data.changes ?? []) dates.push(note.date);
    }
  }
  const index = reportsIndex(entries, newestDate(dates));
  await writeFile(path.join(siteDir, REPORTS_INDEX_FILE), reportsIndexText(index));
  return index;
}
