/**
 * What each report page, figure page and continuing-report page is rendered from: pure functions of
 * the released reports, shared by Astro's static paths (src/lib/report-paths.ts,
 * src/lib/continuing-paths.ts) and by the build process, which writes the pages' data files itself
 * (src/lib/data-files.ts). Both therefore cover exactly the same reports with the same props.
 */
import type { Organization } from '../schemas/organization.ts';
import { reportSlug, type OtherYears } from './continuity/chains.ts';
import { continuingReports, type ContinuingReport } from './continuity/pages.ts';
import { mergeSeries, type MergedSeries } from './continuity/series.ts';
import type { ManagementIssueDoc, MeasureDoc } from './content/entries.ts';
import { seriesOf, type SeriesLocation } from './open-data.ts';
import { findOrganization } from './organizations.ts';
import type { ReportDoc } from './site-data.ts';

export type ReportProps = (
  | { kind: 'managementIssue'; doc: ManagementIssueDoc; org: Organization }
  | { kind: 'measure'; doc: MeasureDoc; org: Organization }
) & {
  /** The same report's other years (前年度 / 翌年度), when it has any */
  otherYears?: OtherYears | undefined;
};

export type FigureProps = ReportProps & { location: SeriesLocation };

export type ContinuingProps = ContinuingReport & { org: Organization };

export type ContinuingSeriesProps = ContinuingProps & { merged: MergedSeries };

/** /<org>/<year>/<report>/ */
export interface ReportParams {
  org: string;
  year: string;
  report: string;
}

export function reportParams(report: ReportProps): ReportParams {
  return { org: report.doc.organization, year: String(report.doc.fiscalYear), report: reportSlug(report) };
}

export function reportPropsOf(reports: readonly ReportDoc[], organizations: readonly Organization[], otherYearsOf: (report: ReportDoc) => OtherYears | undefined): ReportProps[] {
  return reports.map((report) => {
    const org = findOrganization(organizations, report.doc.organization);
    const otherYears = otherYearsOf(report);
    return (report.kind === 'managementIssue' ? { kind: report.kind, doc: report.doc, org, otherYears } : { kind: report.kind, doc: report.doc, org, otherYears }) satisfies ReportProps;
  });
}

/** One figure per indicator series of the report: /<org>/<year>/<report>/figures/<indicator-id>/. */
export function figurePropsOf(report: ReportProps): FigureProps[] {
  return seriesOf(report).map((location) => ({ ...report, location }) satisfies FigureProps);
}

/** /<org>/<continuing report>/ pages. */
export function continuingPropsOf(reports: readonly ReportDoc[], organizations: readonly Organization[]): ContinuingProps[] {
  return continuingReports(reports).map((c) => ({ ...c, org: findOrganization(organizations, c.chain.organization) }) satisfies ContinuingProps);
}

/** One merged series per indicator of a continuing report: /<org>/<continuing report>/<indicator>.csv. */
export function continuingSeriesPropsOf(props: ContinuingProps): ContinuingSeriesProps[] {
  return mergeSeries(props.reports).map((merged) => ({ ...props, merged }) satisfies ContinuingSeriesProps);
}
