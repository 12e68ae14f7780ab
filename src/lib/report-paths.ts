/**
 * Static paths of report pages, shared by the HTML page and its data downloads so both
 * always cover exactly the same released reports. Figure pages (one per indicator) are derived
 * from the same paths, so they are built together with their report and depend on it alone.
 */
import { getOrganizations } from './content/entries.ts';
import { getOtherYears, getReportDocuments } from './site-data.ts';
import { dataFilesWrittenByBuild, renders } from './build/part.ts';
import { figurePropsOf, reportParams, reportPropsOf } from './report-props.ts';

export type { FigureProps, ReportProps } from './report-props.ts';

export async function reportStaticPaths() {
  if (!renders('reports')) return [];
  const [organizations, reports, otherYearsOf] = await Promise.all([getOrganizations(), getReportDocuments(), getOtherYears()]);
  return reportPropsOf(reports, organizations, otherYearsOf).map((props) => ({ params: reportParams(props), props }));
}

/** One path per indicator series of every report: /<org>/<year>/<report>/figures/<indicator-id>/. */
export async function figureStaticPaths() {
  return (await reportStaticPaths()).flatMap(({ params, props }) => figurePropsOf(props).map((figure) => ({ params: { ...params, indicator: figure.location.series.id }, props: figure })));
}

/** The data downloads' routes (report.json, indicators.csv): none in a production build, which writes these files itself. */
export async function reportDataStaticPaths() {
  return dataFilesWrittenByBuild() ? [] : reportStaticPaths();
}

/** The figures' data routes (data.csv, data.json): none in a production build, which writes these files itself. */
export async function figureDataStaticPaths() {
  return dataFilesWrittenByBuild() ? [] : figureStaticPaths();
}
