/** Every published page of the site, as absolute URLs for the sitemaps (drafts and embargoed reports never reach the data). */
import { getSiteData, getSiteIndex } from './site-data.ts';
import { sitemapChunks } from './sitemap.ts';
import { checksByOrganization } from './rating-check-summary.ts';
import { continuingPeriods } from './continuity/periods.ts';
import { absoluteUrl, accessibilityUrl, continuingPeriodUrl, continuingReportUrl, homeUrl, organizationRatingChecksUrl, organizationUrl, ratingChecksUrl, ratingsLegendUrl, searchUrl, yearIndexUrl, yearRatingChecksUrl } from './urls.ts';

export async function sitemapPageUrls(site: URL | undefined): Promise<string[]> {
  const [{ publishingOrgs, groups, links }, { chains, figureUrls, ratingChecks }] = await Promise.all([getSiteData(), getSiteIndex()]);
  const paths = [
    homeUrl(),
    ratingsLegendUrl(),
    accessibilityUrl(),
    searchUrl(),
    ratingChecksUrl(),
    ...[...checksByOrganization(ratingChecks)].flatMap(([org, years]) => [organizationRatingChecksUrl(org), ...[...years.keys()].map((year) => yearRatingChecksUrl(org, year))]),
    ...publishingOrgs.map((o) => organizationUrl(o.id)),
    ...groups.map((g) => yearIndexUrl(g.organization, g.fiscalYear)),
    ...links.map((l) => l.url),
    ...chains.flatMap((c) => [
      continuingReportUrl(c.organization, c.id),
      ...continuingPeriods(c.members.map((m) => m.fiscalYear)).older.map((p) => continuingPeriodUrl(c.organization, c.id, p.slug)),
    ]),
    ...figureUrls,
  ];
  return paths.map((p) => absoluteUrl(p, site));
}

/** The site's URLs split into sitemap files within the protocol's limits (the index and each file ask for the same split). */
export async function sitemapPageChunks(site: URL | undefined): Promise<string[][]> {
  return sitemapChunks(await sitemapPageUrls(site));
}
