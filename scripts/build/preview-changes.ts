/**
 * The preview's /preview/changes/ data, computed by the build from the public site (its
 * reports-index.json and the report.json files that differ, src/lib/preview/production-base.ts)
 * and the preview's own entries (read back one bucket at a time), so the page itself needs no
 * report's content.
 */
import { readFile } from 'node:fs/promises';
import { contentDirectory } from '../../src/lib/content/loader.ts';
import type { ReportEntry } from '../../src/lib/content/load.ts';
import { undatedReports } from '../../src/lib/feed/items.ts';
import { jstCalendarDate } from '../../src/lib/jst.ts';
import { findOrganization } from '../../src/lib/organizations.ts';
import type { JsonObject } from '../../src/lib/preview/json-diff.ts';
import type { ProductionBase } from '../../src/lib/preview/production-base.ts';
import { baseReportsFor, publishingChanges, reportRef, type PreviewChangesData, type PreviewReport } from '../../src/lib/preview/publishing-changes.ts';
import { newestDate, sha256 } from '../../src/lib/preview/reports-index.ts';
import { unpublishableFiles } from '../../src/lib/preview/unpublishable.ts';
import { reportJsonText } from '../../src/lib/report-json.ts';
import type { PreparedContent } from './prepare.ts';

export async function previewChanges(prepared: PreparedContent, base: ProductionBase | undefined, env: NodeJS.ProcessEnv = process.env): Promise<PreviewChangesData> {
  const previewReports: PreviewReport[] = [];
  const undatedIds = new Set<string>();
  const dates: string[] = [];
  for (const bucket of prepared.buckets) {
    for (const entry of JSON.parse(await readFile(bucket.file, 'utf8')) as ReportEntry[]) {
      if (entry.kind === 'strategySheet') continue;
      const doc = { ...entry.data, id: entry.id, release: entry.release, sourceFile: entry.file };
      // The same text the production build writes as report.json, so equal hashes mean equal files.
      const text = reportJsonText({ doc, org: findOrganization(prepared.organizations, entry.data.organization) } as Parameters<typeof reportJsonText>[0]);
      previewReports.push({ id: entry.id, release: entry.release, data: JSON.parse(text) as JsonObject, sha256: sha256(text) });
      if (entry.release.status === 'published' && undatedReports([entry.data]).length > 0) undatedIds.add(entry.id);
      if (entry.release.publishAt) dates.push(jstCalendarDate(entry.release.publishAt));
      for (const note of entry.data.changes ?? []) dates.push(note.date);
    }
  }
  previewReports.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const changes = publishingChanges(await baseReportsFor(base, previewReports), previewReports, unpublishableFiles(prepared.problems, contentDirectory(env)));
  const undated = previewReports.filter((r) => undatedIds.has(r.id)).map((r) => reportRef(r.id, r.data));
  return { changes, undated, contentNewest: newestDate(dates) };
}
