// /<組織>/<年度>/<報告書>/figures/<指標>/data.csv — one figure's data, in the report CSV's format.
import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../../../../lib/open-data.ts';
import { figureContextOf } from '../../../../../../lib/figures.ts';
import { figureStaticPaths, type FigureProps } from '../../../../../../lib/report-paths.ts';

export const getStaticPaths = figureStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const figure = props as FigureProps;
  const context = figureContextOf(figure, site);
  const csv = indicatorCsv({ organization: context.organization, documentType: context.documentType, fiscalYear: context.fiscalYear }, [figure.location]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
