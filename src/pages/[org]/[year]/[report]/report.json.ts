// /<組織>/<年度>/<報告書>/report.json — the whole report as structured data (the normalised content).
import type { APIRoute } from 'astro';
import { reportStaticPaths, type ReportProps } from '../../../../lib/report-paths.ts';
import { reportJsonText } from '../../../../lib/report-json.ts';

export const getStaticPaths = reportStaticPaths;

export const GET: APIRoute = ({ props }) => {
  // Staff-only bookkeeping (release state, source path) is not part of the published data.
  return new Response(reportJsonText(props as ReportProps), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
