// /robots.txt — points crawlers at the sitemap (absolute URL from the `site` setting, KOHYO_SITE_URL).
// The preview site asks every crawler to stay out, and has no sitemap.
import type { APIRoute } from 'astro';
import { getReleaseState } from '../lib/content/release-state.ts';

export const GET: APIRoute = async ({ site }) => {
  const headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  if ((await getReleaseState()).preview) return new Response('User-agent: *\nDisallow: /\n', { headers });
  const sitemap = new URL('/sitemap.xml', site ?? 'http://127.0.0.1/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers });
};
