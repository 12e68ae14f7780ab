// /sitemaps/<n>.xml — one sitemap file of the index /sitemap.xml, every published page once.
import type { APIRoute } from 'astro';
import { siteAddress } from '../../lib/site-address.ts';
import { urlsetXml } from '../../lib/sitemap.ts';
import { sitemapPageChunks } from '../../lib/sitemap-pages.ts';

export async function getStaticPaths() {
  // The same address Astro's `site` is made from (astro.config.mjs).
  const chunks = await sitemapPageChunks(new URL(siteAddress()));
  return chunks.map((locs, i) => ({ params: { part: String(i + 1) }, props: { locs } }));
}

export const GET: APIRoute<{ locs: string[] }> = ({ props }) =>
  new Response(urlsetXml(props.locs), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
