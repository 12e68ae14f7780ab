// /<組織>/<年度>/<報告書>/report.json — the whole report as structured data (the normalised content).
import type { APIRoute } from 'astro';
import { reportStaticPaths, type ReportProps } from '../../../../lib/report-paths.ts';

export const getStaticPaths = reportStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { doc, org } = props as ReportProps;
  // Staff-only bookkeeping (release state, source path) is not part of the published data.
  const { release: _release, sourceFile: _sourceFile, warnings: _warnings, id: _id, draft: _draft, publishAt: _publishAt, ...data } = doc;
  return new Response(`${JSON.stringify({ ...data, organization: org }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
