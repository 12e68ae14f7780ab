/**
 * Static paths of the continuing-report pages (/<org>/<chain>/) and their merged-series CSVs.
 * The data comes from pure functions of the released reports (src/lib/continuity/).
 */
import { renders } from './build/part.ts';
import { getOrganizations } from './content/entries.ts';
import { getReportDocuments } from './site-data.ts';
import { findOrganization } from './organizations.ts';
import { continuingReports, type ContinuingReport } from './continuity/pages.ts';
import { mergeSeries, type MergedSeries } from './continuity/series.ts';
import type { Organization } from '../schemas/organization.ts';

export type ContinuingProps = ContinuingReport & { org: Organization };

export async function continuingStaticPaths() {
  if (!renders('continuity')) return [];
  const [organizations, reports] = await Promise.all([getOrganizations(), getReportDocuments()]);
  return continuingReports(reports).map((c) => ({
    params: { org: c.chain.organization, continuing: c.chain.id },
    props: { ...c, org: findOrganization(organizations, c.chain.organization) } satisfies ContinuingProps,
  }));
}

export type ContinuingSeriesProps = ContinuingProps & { merged: MergedSeries };

export async function continuingSeriesStaticPaths() {
  return (await continuingStaticPaths()).flatMap(({ params, props }) =>
    mergeSeries(props.reports).map((merged) => ({ params: { ...params, indicator: merged.id }, props: { ...props, merged } satisfies ContinuingSeriesProps })),
  );
}
