// /<組織>/<年度>/<報告書>/report.json — the whole report as structured data (the normalised content).
// A production build writes this file itself (src/lib/data-files.ts); this route serves it in the dev server.
import type { APIRoute } from 'astro';
import { reportDataStaticPaths, type ReportProps } from '../../../../lib/report-paths.ts';
import { reportJsonText } from '../../../../lib/report-json.ts';

export const getStaticPaths = reportDataStaticPaths;

// Staff-only bookkeeping (release state, source path) is not part of the published data.
export const GET: APIRoute = ({ props }) => new Response(reportJsonText(props as ReportProps), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
