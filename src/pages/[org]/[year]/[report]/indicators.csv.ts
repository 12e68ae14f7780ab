// /<組織>/<年度>/<報告書>/indicators.csv — the report's indicator series as CSV (UTF-8 with BOM).
// A production build writes this file itself (src/lib/data-files.ts); this route serves it in the dev server.
import type { APIRoute } from 'astro';
import { indicatorsCsvText } from '../../../../lib/data-files.ts';
import { reportDataStaticPaths, type ReportProps } from '../../../../lib/report-paths.ts';

export const getStaticPaths = reportDataStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(indicatorsCsvText(props as ReportProps), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
