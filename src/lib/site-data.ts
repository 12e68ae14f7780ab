/**
 * Everything listings need, gathered once per build from the (already release-filtered)
 * collections.
 */
import { currentBuildPart } from './build/part.ts';
import { otherYearsIndex, summaryKey, summaryOf, type OtherYears } from './continuity/chains.ts';
import { getManagementIssues, getMeasures, getOrganizations, getReportLinks, getStrategySheets, type ManagementIssueDoc, type MeasureDoc } from './content/entries.ts';
import { groupByOrganizationYear, type ReportDocument } from './reports.ts';

/** A report as pages get it: its content with the entry's id, release and source file. */
export type ReportDoc = { kind: 'managementIssue'; doc: ManagementIssueDoc } | { kind: 'measure'; doc: MeasureDoc };
import { digestsOf, reportIndexEntry, siteIndexOf, type SiteIndex } from './site-index.ts';
import { undatedReports } from './feed/items.ts';
import { feedReports, type FeedSource } from './feed/reports.ts';
import { datedFeedUrls } from './feed/advertised.ts';
import { findOrganization } from './organizations.ts';
import type { ChangeSection } from './preview/describe-change.ts';
import type { JsonObject } from './preview/json-diff.ts';
import { baseSetting, openProductionBase } from './preview/production-base.ts';
import { baseReportsFor, publishingChanges, reportRef, type PreviewChangesData, type PreviewReport } from './preview/publishing-changes.ts';
import { newestDate, sha256 } from './preview/reports-index.ts';
import { unpublishableFiles } from './preview/unpublishable.ts';
import { contentDirectory } from './content/loader.ts';
import { getReleaseState } from './content/release-state.ts';
import { jstCalendarDate } from './jst.ts';
import { reportJsonText } from './report-json.ts';

export async function getSiteData() {
  const [organizations, links, sheets] = await Promise.all([getOrganizations(), getReportLinks(), getStrategySheets()]);
  const groups = groupByOrganizationYear(links, sheets);
  // Only organisations with something released are listed (an unreleased year must leave no trace).
  const publishingOrgs = organizations.filter((o) => groups.some((g) => g.organization === o.id));
  return { organizations, publishingOrgs, sheets, links, groups };
}

/** The full reports this process renders pages of, with their kind. */
export async function getReportDocuments(): Promise<ReportDoc[]> {
  const [issues, measures] = await Promise.all([getManagementIssues(), getMeasures()]);
  return [...issues.map((doc) => ({ kind: 'managementIssue' as const, doc })), ...measures.map((doc) => ({ kind: 'measure' as const, doc }))];
}

/** Summaries, figure URLs, rating checks and chains of every released report (site-wide pages). */
export async function getSiteIndex(): Promise<SiteIndex> {
  const part = await currentBuildPart();
  if (part?.mode === 'site') return part.siteIndex;
  return siteIndexOf((await getReportDocuments()).map(reportIndexEntry));
}

/** The same report's other years, for 前年度 / 翌年度 links: handed over by the build, or computed here in the dev server. */
export async function getOtherYears(): Promise<(report: ReportDocument) => OtherYears | undefined> {
  const part = await currentBuildPart();
  if (part?.mode === 'shard') return (report) => part.otherYears[summaryKey(summaryOf(report))];
  const reports = await getReportDocuments();
  const index = otherYearsIndex(reports.map(summaryOf), digestsOf(reports.map(reportIndexEntry)));
  return (report) => index.get(summaryKey(summaryOf(report)));
}

/** /preview/changes/: computed by the build (site part), or here from all reports in the dev server. */
export async function getPreviewChanges(): Promise<PreviewChangesData> {
  const part = await currentBuildPart();
  if (part?.mode === 'site' && part.previewChanges) return part.previewChanges;
  const [organizations, reports, { problems }] = await Promise.all([getOrganizations(), getReportDocuments(), getReleaseState()]);
  const preview: PreviewReport[] = reports
    .map(({ doc }) => {
      const text = reportJsonText({ doc, org: findOrganization(organizations, doc.organization) });
      return { id: doc.id, release: doc.release, data: JSON.parse(text) as JsonObject, sha256: sha256(text) };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  // Published reports the feeds cannot list (no publishAt, no change notes): see src/lib/feed/items.ts.
  const undated = undatedReports(reports.map((r) => r.doc).filter((doc) => doc.release.status === 'published'))
    .map((doc) => reportRef(doc.id, preview.find((r) => r.id === doc.id)!.data))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const base = await baseReportsFor(await openProductionBase(baseSetting()), preview);
  const dates = reports.flatMap(({ doc }) => [...(doc.publishAt ? [jstCalendarDate(doc.publishAt)] : []), ...doc.changes.map((c) => c.date)]);
  return { changes: publishingChanges(base, preview, unpublishableFiles(problems, contentDirectory())), undated, contentNewest: newestDate(dates) };
}

/**
 * Preview: a report's differences from the public site, for its page to mark (「変更あり」 with the
 * published value beside it). Handed over by the build (shard part); computed here in the dev server.
 */
export async function getReportChanges(): Promise<(id: string) => ChangeSection[] | undefined> {
  const part = await currentBuildPart();
  if (part?.mode === 'shard') return (id) => part.previewChanges?.[id];
  if (part || !(await getReleaseState()).preview) return () => undefined;
  const changed = new Map((await getPreviewChanges()).changes.changed.map((r) => [r.id, r.sections]));
  return (id) => changed.get(id);
}

/** Every released report as the Atom feeds describe it (src/lib/feed). */
export async function getFeedReports(): Promise<FeedSource[]> {
  const [organizations, { feedDocs }] = await Promise.all([getOrganizations(), getSiteIndex()]);
  const issues = feedDocs.flatMap((f) => (f.kind === 'managementIssue' ? [f.doc] : []));
  const measures = feedDocs.flatMap((f) => (f.kind === 'measure' ? [f.doc] : []));
  return feedReports(organizations, issues, measures);
}

/** The feeds pages may advertise (those with a dated entry): handed over by the build, or computed here in the dev server. */
export async function getDatedFeeds(): Promise<ReadonlySet<string>> {
  const part = await currentBuildPart();
  if (part) return new Set(part.datedFeeds);
  return new Set(datedFeedUrls((await getReportDocuments()).map((r) => r.doc)));
}
