/**
 * Everything listings need, gathered once per build from the (already release-filtered)
 * collections.
 */
import { getManagementIssues, getMeasures, getOrganizations, getStrategySheets } from './content/entries.ts';
import { groupByOrganizationYear, reportLinks } from './reports.ts';

export async function getSiteData() {
  const [organizations, issues, measures, sheets] = await Promise.all([getOrganizations(), getManagementIssues(), getMeasures(), getStrategySheets()]);
  const links = reportLinks(issues, measures);
  const groups = groupByOrganizationYear(links, sheets);
  // Only organisations with something released are listed (an unreleased year must leave no trace).
  const publishingOrgs = organizations.filter((o) => groups.some((g) => g.organization === o.id));
  return { organizations, publishingOrgs, issues, measures, sheets, links, groups };
}
