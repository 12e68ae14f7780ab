// /<組織>/<年度>/<報告書>/figures/<指標>/chart.png — the share image (og:image, 1200 × 630).
// A production build draws these itself, kept with their shard (scripts/build/share-images.ts);
// this route draws one in the dev server.
import type { APIRoute } from 'astro';
import { figureShareText } from '../../../../../../lib/data-files.ts';
import { figureDataStaticPaths, type FigureProps } from '../../../../../../lib/report-paths.ts';
import { shareImageSvg } from '../../../../../../lib/share-image.ts';
import { renderPngs } from '../../../../../../lib/share-image-png.ts';

export const getStaticPaths = figureDataStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const figure = props as FigureProps;
  const [png] = await renderPngs([shareImageSvg(figure.location.series, figureShareText(figure))]);
  return new Response(new Uint8Array(png!), { headers: { 'Content-Type': 'image/png' } });
};
