// /sitemap.xml — the sitemap index: one sitemap file per 50,000 URLs or 50 MB (src/lib/sitemap.ts).
import type { APIRoute } from 'astro';
import { siteAddress } from '../lib/site-address.ts';
import { sitemapIndexXml } from '../lib/sitemap.ts';
import { sitemapPageChunks } from '../lib/sitemap-pages.ts';
import { absoluteUrl, sitemapFileUrl } from '../lib/urls.ts';

// These files cannot exist without an absolute address: the placeholder the build warns about when none is set.
export const GET: APIRoute = async () => {
  const site = new URL(siteAddress());
  const chunks = await sitemapPageChunks(site);
  return new Response(sitemapIndexXml(chunks.map((_, i) => absoluteUrl(sitemapFileUrl(i + 1), site))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
