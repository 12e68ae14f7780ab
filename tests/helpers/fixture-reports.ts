/**
 * The reports of the synthetic multi-year fixture (tests/fixtures/content/multi-year), read and
 * checked by the real content loader, as the pure continuity and rating-check functions take them.
 */
import path from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatReport } from '../../src/lib/content/problems.ts';
import type { ReportDocument } from '../../src/lib/reports.ts';

export const MULTI_YEAR_CONTENT = path.resolve('tests/fixtures/content/multi-year');

export async function fixtureReports(contentDir = MULTI_YEAR_CONTENT): Promise<ReportDocument[]> {
  const { entries, problems } = await loadContent({ contentDir, now: new Date('2030-01-01T00:00:00Z') });
  if (problems.some((p) => p.severity === 'error')) throw new Error(formatReport(problems));
  return entries.flatMap((e): ReportDocument[] => (e.kind === 'managementIssue' ? [{ kind: e.kind, doc: e.data }] : e.kind === 'measure' ? [{ kind: e.kind, doc: e.data }] : []));
}
