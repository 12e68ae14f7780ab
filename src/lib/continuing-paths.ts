/**
 * Static paths of the continuing-report pages (/<org>/<chain>/) and their merged-series CSVs.
 * The data comes from pure functions of the released reports (src/lib/continuity/, src/lib/report-props.ts).
 */
import { dataFilesWrittenByBuild, renders } from './build/part.ts';
import { getOrganizations } from './content/entries.ts';
import { getReportDocuments } from './site-data.ts';
import { continuingPropsOf, continuingSeriesPropsOf } from './report-props.ts';
import { continuingPeriods } from './continuity/periods.ts';

export type { ContinuingProps, ContinuingSeriesProps } from './report-props.ts';
export type ContinuingPeriodProps = import('./report-props.ts').ContinuingProps & { period: import('./continuity/periods.ts').OlderPeriod };

export async function continuingStaticPaths() {
  if (!renders('continuity')) return [];
  const [organizations, reports] = await Promise.all([getOrganizations(), getReportDocuments()]);
  return continuingPropsOf(reports, organizations).map((props) => ({ params: { org: props.chain.organization, continuing: props.chain.id }, props }));
}

/** The pages of a continuing report's older years (/<org>/<chain>/<from>-<to>/), when it runs longer than one page holds. */
export async function continuingPeriodStaticPaths() {
  return (await continuingStaticPaths()).flatMap(({ params, props }) =>
    continuingPeriods(props.chain.members.map((m) => m.fiscalYear)).older.map((period) => ({ params: { ...params, period: period.slug }, props: { ...props, period } })),
  );
}

/** The merged-series CSV routes: none in a production build, which writes these files itself (src/lib/data-files.ts). */
export async function continuingSeriesStaticPaths() {
  if (dataFilesWrittenByBuild()) return [];
  return (await continuingStaticPaths()).flatMap(({ params, props }) => continuingSeriesPropsOf(props).map((series) => ({ params: { ...params, indicator: series.merged.id }, props: series })));
}
