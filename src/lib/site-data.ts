/**
 * Everything listings need, gathered once per build from the (already release-filtered)
 * collections.
 */
import { getOrganizations, getReportLinks, getStrategySheets } from './content/entries.ts';
import { groupByOrganizationYear } from './reports.ts';

export async function getSiteData() {
  const [organizations, links, sheets] = await Promise.all([getOrganizations(), getReportLinks(), getStrategySheets()]);
  const groups = groupByOrganizationYear(links, sheets);
  // Only organisations with something released are listed (an unreleased year must leave no trace).
  const publishingOrgs = organizations.filter((o) => groups.some((g) => g.organization === o.id));
  return { organizations, publishingOrgs, sheets, links, groups };
}
