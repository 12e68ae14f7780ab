// /sitemap.xml — every published page (drafts and embargoed reports never reach the collections).
import type { APIRoute } from 'astro';
import { getSiteData, getSiteIndex } from '../lib/site-data.ts';
import { checksByOrganization } from '../lib/rating-check-summary.ts';
import { accessibilityUrl, continuingReportUrl, homeUrl, organizationRatingChecksUrl, organizationUrl, ratingChecksUrl, ratingsLegendUrl, searchUrl, yearIndexUrl, yearRatingChecksUrl } from '../lib/urls.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const GET: APIRoute = async ({ site }) => {
  const [{ publishingOrgs, groups, links }, { chains, figureUrls, ratingChecks }] = await Promise.all([getSiteData(), getSiteIndex()]);
  const checks = [...checksByOrganization(ratingChecks)];
  const paths = [
    homeUrl(),
    ratingsLegendUrl(),
    accessibilityUrl(),
    searchUrl(),
    ratingChecksUrl(),
    ...checks.flatMap(([org, years]) => [organizationRatingChecksUrl(org), ...[...years.keys()].map((year) => yearRatingChecksUrl(org, year))]),
    ...publishingOrgs.map((o) => organizationUrl(o.id)),
    ...groups.map((g) => yearIndexUrl(g.organization, g.fiscalYear)),
    ...links.map((l) => l.url),
    ...chains.map((c) => continuingReportUrl(c.organization, c.id)),
    ...figureUrls,
  ];
  const base = site ?? new URL('http://127.0.0.1/');
  const body = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, base).href)}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
