// /<組織>/<年度>/<報告書>/figures/<指標>/data.json — one figure: source, series, citation.
import type { APIRoute } from 'astro';
import { figureContextOf, figureJson } from '../../../../../../lib/figures.ts';
import { figureStaticPaths, type FigureProps } from '../../../../../../lib/report-paths.ts';

export const getStaticPaths = figureStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const figure = props as FigureProps;
  return new Response(figureJson(figureContextOf(figure, site), figure.location.series), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
