/**
 * The choices of each search filter, computed at build time from the released reports with the
 * same functions that write each report page's filter values (SearchMetadata). The search page
 * prints them in its HTML, so the filters have their final size from the first paint and nothing
 * moves when the script later redraws them from the index (which holds the same values).
 */
import { findOrganization, organizationDisplayName } from '../organizations.ts';
import { reportRatings } from '../report-ratings.ts';
import type { ReportDocument } from '../reports.ts';
import type { Organization } from '../../schemas/organization.ts';
import { compareNatural } from '../natural-order.ts';
import { compareFilterValues, documentTypeFilterValue, FILTER_ORDER, fiscalYearFilterValue, type FilterId } from './filters.ts';

/** The filter values one report gives (organisation by id). */
export interface ReportFilterValues {
  fiscalYear: number;
  organization: string;
  documentType: 'managementPolicy' | 'strategySheet';
  ratings: string[];
}

export function reportFilterValues(report: ReportDocument): ReportFilterValues {
  return {
    fiscalYear: report.doc.fiscalYear,
    organization: report.doc.organization,
    documentType: report.kind === 'managementIssue' ? 'managementPolicy' : 'strategySheet',
    ratings: reportRatings(report),
  };
}

/** Each filter's values, in the order the search page shows them. */
export function filterOptions(organizations: readonly Organization[], reports: readonly ReportFilterValues[]): Record<FilterId, string[]> {
  const values: Record<FilterId, Set<string>> = { fiscalYear: new Set(), organization: new Set(), documentType: new Set(), rating: new Set() };
  for (const report of reports) {
    values.fiscalYear.add(fiscalYearFilterValue(report.fiscalYear));
    values.organization.add(organizationDisplayName(findOrganization(organizations, report.organization)));
    values.documentType.add(documentTypeFilterValue(report.documentType));
    for (const rating of report.ratings) values.rating.add(rating);
  }
  return Object.fromEntries(FILTER_ORDER.map((id) => [id, [...values[id]].sort((a, b) => compareFilterValues(id, a, b))])) as Record<FilterId, string[]>;
}

/** Organisations of one 自治体, as the 組織 filter groups them. */
export interface OrganizationGroup {
  municipality: string;
  /** Filter values (「大阪市 ICT戦略室」), in the filter's order */
  organizations: string[];
}

/**
 * Groups the 組織 filter's values by 自治体 (in Japanese collation order), so a long list (the
 * benchmark archive has 112 organisations) reads as a few labelled groups.
 */
export function organizationGroups(organizations: readonly Organization[], values: readonly string[]): OrganizationGroup[] {
  const municipalityOf = new Map(organizations.map((org) => [organizationDisplayName(org), org.municipality]));
  const groups = new Map<string, string[]>();
  for (const value of values) {
    const municipality = municipalityOf.get(value) ?? value;
    groups.set(municipality, [...(groups.get(municipality) ?? []), value]);
  }
  return [...groups]
    .sort(([a], [b]) => compareNatural(a, b))
    .map(([municipality, list]) => ({ municipality, organizations: list }));
}
