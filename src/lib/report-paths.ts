/**
 * Static paths of report pages, shared by the HTML page and its data downloads so both
 * always cover exactly the same released reports. Figure pages (one per indicator) are derived
 * from the same paths, so they are built together with their report and depend on it alone.
 */
import { getSiteData } from './site-data.ts';
import { findOrganization } from './organizations.ts';
import { otherYearsIndex, reportSlug, summaryKey, summaryOf, type OtherYears } from './continuity/chains.ts';
import { seriesOf, type SeriesLocation } from './open-data.ts';
import type { ManagementIssueDoc, MeasureDoc } from './content/entries.ts';
import type { Organization } from '../schemas/organization.ts';

export type ReportProps = (
  | { kind: 'managementIssue'; doc: ManagementIssueDoc; org: Organization }
  | { kind: 'measure'; doc: MeasureDoc; org: Organization }
) & {
  /** The same report's other years (前年度 / 翌年度), when it has any */
  otherYears?: OtherYears | undefined;
};

export async function reportStaticPaths() {
  const { organizations, issues, measures } = await getSiteData();
  const reports = [
    ...issues.map((doc) => ({ kind: 'managementIssue' as const, doc })),
    ...measures.map((doc) => ({ kind: 'measure' as const, doc })),
  ];
  // Only the light summary of every report is needed to link a report to its other years.
  const otherYears = otherYearsIndex(reports.map(summaryOf));
  return reports.map((report) => {
    const summary = summaryOf(report);
    const org = findOrganization(organizations, report.doc.organization);
    const props = (report.kind === 'managementIssue'
      ? { kind: report.kind, doc: report.doc, org, otherYears: otherYears.get(summaryKey(summary)) }
      : { kind: report.kind, doc: report.doc, org, otherYears: otherYears.get(summaryKey(summary)) }) satisfies ReportProps;
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
