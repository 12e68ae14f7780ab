// /<組織>/<年度>/<報告書>/figures/<指標>/data.csv — one figure's data, in the report CSV's format.
// A production build writes this file itself (src/lib/data-files.ts); this route serves it in the dev server.
import type { APIRoute } from 'astro';
import { figureCsvText } from '../../../../../../lib/data-files.ts';
import { figureDataStaticPaths, type FigureProps } from '../../../../../../lib/report-paths.ts';

export const getStaticPaths = figureDataStaticPaths;

export const GET: APIRoute = ({ props, site }) => new Response(figureCsvText(props as FigureProps, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
