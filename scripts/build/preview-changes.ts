/**
 * The preview's /preview/changes/ data, computed by the build from the production folder's
 * report.json files and the preview's own entries (read back one bucket at a time), so the page
 * itself needs no report's content.
 */
import { readFile } from 'node:fs/promises';
import type { ReportEntry } from '../../src/lib/content/load.ts';
import { undatedReports } from '../../src/lib/feed/items.ts';
import { findOrganization } from '../../src/lib/organizations.ts';
import type { JsonObject } from '../../src/lib/preview/json-diff.ts';
import { readProductionReports } from '../../src/lib/preview/production-reports.ts';
import { publishingChanges, reportRef, type PreviewChangesData, type PreviewReport } from '../../src/lib/preview/publishing-changes.ts';
import { reportJsonData } from '../../src/lib/report-json.ts';
import type { PreparedContent } from './prepare.ts';

export async function previewChanges(prepared: PreparedContent, productionDir: string): Promise<PreviewChangesData> {
  const previewReports: PreviewReport[] = [];
  const undatedIds = new Set<string>();
  for (const bucket of prepared.buckets) {
    for (const entry of JSON.parse(await readFile(bucket.file, 'utf8')) as ReportEntry[]) {
      if (entry.kind === 'strategySheet') continue;
      const doc = { ...entry.data, id: entry.id, release: entry.release, sourceFile: entry.file };
      const data = JSON.parse(JSON.stringify(reportJsonData({ doc, org: findOrganization(prepared.organizations, entry.data.organization) } as Parameters<typeof reportJsonData>[0]))) as JsonObject;
      previewReports.push({ id: entry.id, release: entry.release, data });
      if (entry.release.status === 'published' && undatedReports([entry.data]).length > 0) undatedIds.add(entry.id);
    }
  }
  previewReports.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const changes = publishingChanges(await readProductionReports(productionDir), previewReports);
  const undated = previewReports.filter((r) => undatedIds.has(r.id)).map((r) => reportRef(r.id, r.data));
  return { changes, undated };
}
