/**
 * The choices of each search filter, computed at build time from the released reports with the
 * same functions that write each report page's filter values (SearchMetadata). The search page
 * prints them in its HTML, so the filters have their final size from the first paint and nothing
 * moves when the script later redraws them from the index (which holds the same values).
 */
import type { ManagementIssueDoc, MeasureDoc } from '../content/entries.ts';
import { findOrganization, organizationDisplayName } from '../organizations.ts';
import { reportRatings } from '../report-ratings.ts';
import type { Organization } from '../../schemas/organization.ts';
import { compareFilterValues, documentTypeFilterValue, FILTER_ORDER, fiscalYearFilterValue, type FilterId } from './filters.ts';

interface Released {
  organizations: readonly Organization[];
  issues: readonly ManagementIssueDoc[];
  measures: readonly MeasureDoc[];
}

/** Each filter's values, in the order the search page shows them. */
export function filterOptions({ organizations, issues, measures }: Released): Record<FilterId, string[]> {
  const values: Record<FilterId, Set<string>> = { fiscalYear: new Set(), organization: new Set(), documentType: new Set(), rating: new Set() };
  const add = (doc: ManagementIssueDoc | MeasureDoc, type: 'managementPolicy' | 'strategySheet', ratings: string[]) => {
    values.fiscalYear.add(fiscalYearFilterValue(doc.fiscalYear));
    values.organization.add(organizationDisplayName(findOrganization(organizations, doc.organization)));
    values.documentType.add(documentTypeFilterValue(type));
    for (const rating of ratings) values.rating.add(rating);
  };
  for (const doc of issues) add(doc, 'managementPolicy', reportRatings({ kind: 'managementIssue', doc }));
  for (const doc of measures) add(doc, 'strategySheet', reportRatings({ kind: 'measure', doc }));
  return Object.fromEntries(FILTER_ORDER.map((id) => [id, [...values[id]].sort((a, b) => compareFilterValues(id, a, b))])) as Record<FilterId, string[]>;
}
