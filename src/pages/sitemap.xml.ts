// /sitemap.xml — the sitemap index: one sitemap file per 50,000 URLs or 50 MB (src/lib/sitemap.ts).
import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/sitemap.ts';
import { sitemapPageChunks } from '../lib/sitemap-pages.ts';
import { absoluteUrl, sitemapFileUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const chunks = await sitemapPageChunks(site);
  return new Response(sitemapIndexXml(chunks.map((_, i) => absoluteUrl(sitemapFileUrl(i + 1), site))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
