// /robots.txt — points crawlers at the sitemap index (absolute URL from the `site` setting, KOHYO_SITE_URL).
// The preview site asks every crawler to stay out, and has no sitemap.
// Under a sub-path (https://example.jp/kohyo/) crawlers read only the domain's own /robots.txt: the
// README says to add this Sitemap line there.
import type { APIRoute } from 'astro';
import { siteAddress } from '../lib/site-address.ts';
import { getReleaseState } from '../lib/content/release-state.ts';
import { absoluteUrl, sitemapIndexUrl } from '../lib/urls.ts';

// These files cannot exist without an absolute address: the placeholder the build warns about when none is set.
export const GET: APIRoute = async () => {
  const site = new URL(siteAddress());
  const headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  if ((await getReleaseState()).preview) return new Response('User-agent: *\nDisallow: /\n', { headers });
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapIndexUrl(), site)}\n`, { headers });
};
