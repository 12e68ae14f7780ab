/**
 * Everything listings need, gathered once per build from the (already release-filtered)
 * collections.
 */
import { getManagementIssues, getMeasures, getOrganizations, getStrategySheets } from './content/entries.ts';
import { groupByOrganizationYear, reportLinks, type ReportDocument } from './reports.ts';

export async function getSiteData() {
  const [organizations, issues, measures, sheets] = await Promise.all([getOrganizations(), getManagementIssues(), getMeasures(), getStrategySheets()]);
  const links = reportLinks(issues, measures);
  // Every released report with its kind: what continuity and rating checks are computed from.
  const reports: ReportDocument[] = [...issues.map((doc) => ({ kind: 'managementIssue' as const, doc })), ...measures.map((doc) => ({ kind: 'measure' as const, doc }))];
  const groups = groupByOrganizationYear(links, sheets);
  // Only organisations with something released are listed (an unreleased year must leave no trace).
  const publishingOrgs = organizations.filter((o) => groups.some((g) => g.organization === o.id));
  return { organizations, publishingOrgs, issues, measures, sheets, links, groups, reports };
}
