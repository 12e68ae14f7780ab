// /<組織>/<年度>/<報告書>/figures/<指標>/chart.svg — the figure's chart alone (download, embed).
// A production build writes this file itself (src/lib/data-files.ts); this route serves it in the dev server.
import type { APIRoute } from 'astro';
import { figureDataStaticPaths, type FigureProps } from '../../../../../../lib/report-paths.ts';
import { standaloneChartSvg } from '../../../../../../lib/share-image.ts';

export const getStaticPaths = figureDataStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = standaloneChartSvg((props as FigureProps).location.series);
  return svg ? new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } }) : new Response(null, { status: 404 });
};
