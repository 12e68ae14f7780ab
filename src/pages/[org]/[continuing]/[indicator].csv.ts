// /<組織>/<継続する報告>/<指標>.csv — one indicator merged over all years' documents, with sources.
// A production build writes this file itself (src/lib/data-files.ts); this route serves it in the dev server.
import type { APIRoute } from 'astro';
import { continuingSeriesCsvText } from '../../../lib/data-files.ts';
import { continuingSeriesStaticPaths, type ContinuingSeriesProps } from '../../../lib/continuing-paths.ts';

export const getStaticPaths = continuingSeriesStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(continuingSeriesCsvText(props as ContinuingSeriesProps), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
