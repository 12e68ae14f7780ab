/**
 * Static paths of report pages, shared by the HTML page and its data downloads so both
 * always cover exactly the same released reports. Figure pages (one per indicator) are derived
 * from the same paths, so they are built together with their report and depend on it alone.
 */
import { findOrganization } from './organizations.ts';
import { reportSlug, type OtherYears } from './continuity/chains.ts';
import { seriesOf, type SeriesLocation } from './open-data.ts';
import { getOrganizations, type ManagementIssueDoc, type MeasureDoc } from './content/entries.ts';
import { getOtherYears, getReportDocuments } from './site-data.ts';
import { renders } from './build/part.ts';
import type { Organization } from '../schemas/organization.ts';

export type ReportProps = (
  | { kind: 'managementIssue'; doc: ManagementIssueDoc; org: Organization }
  | { kind: 'measure'; doc: MeasureDoc; org: Organization }
) & {
  /** The same report's other years (前年度 / 翌年度), when it has any */
  otherYears?: OtherYears | undefined;
};

export async function reportStaticPaths() {
  if (!renders('reports')) return [];
  const [organizations, reports, otherYearsOf] = await Promise.all([getOrganizations(), getReportDocuments(), getOtherYears()]);
  return reports.map((report) => {
    const org = findOrganization(organizations, report.doc.organization);
    const otherYears = otherYearsOf(report);
    const props = (report.kind === 'managementIssue'
      ? { kind: report.kind, doc: report.doc, org, otherYears }
      : { kind: report.kind, doc: report.doc, org, otherYears }) satisfies ReportProps;
    return { params: { org: report.doc.organization, year: String(report.doc.fiscalYear), report: reportSlug(report) }, props };
  });
}

export type FigureProps = ReportProps & { location: SeriesLocation };

/** One path per indicator series of every report: /<org>/<year>/<report>/figures/<indicator-id>/. */
export async function figureStaticPaths() {
  return (await reportStaticPaths()).flatMap(({ params, props }) =>
    seriesOf(props).map((location) => ({ params: { ...params, indicator: location.series.id }, props: { ...props, location } satisfies FigureProps })),
  );
}
