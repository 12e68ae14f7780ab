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
import { reportIndexEntry, siteIndexOf, type SiteIndex } from './site-index.ts';

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
  const index = otherYearsIndex((await getReportDocuments()).map(summaryOf));
  return (report) => index.get(summaryKey(summaryOf(report)));
}
