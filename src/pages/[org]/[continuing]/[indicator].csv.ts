// /<組織>/<継続する報告>/<指標>.csv — one indicator merged over all years' documents, with sources.
import type { APIRoute } from 'astro';
import { mergedSeriesCsv } from '../../../lib/continuity/csv.ts';
import { continuingSeriesStaticPaths, type ContinuingSeriesProps } from '../../../lib/continuing-paths.ts';
import { organizationDisplayName } from '../../../lib/organizations.ts';

export const getStaticPaths = continuingSeriesStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { org, chain, merged } = props as ContinuingSeriesProps;
  const csv = mergedSeriesCsv({ organization: organizationDisplayName(org), report: chain.members.at(-1)!.title }, merged);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
