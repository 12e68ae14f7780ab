/**
 * Every URL and in-page anchor the site uses. URLs are ASCII and stable
 * (/osaka-ict/2018/keiei-kadai-2/): the press links to them for years.
 *
 * Every path is under the site's own path (the path of KOHYO_SITE_URL, Astro's `base`): a site
 * published at https://example.jp/kohyo/ writes /kohyo/osaka-ict/… . Build every URL here, so a
 * new one is under it too.
 */
import { sitePath } from './site-address.ts';

let cached: { address: string | undefined; base: string } | undefined;

/**
 * The site's path, "/" or "/kohyo/". Pages and the build's own processes read it from the address
 * (the same function astro.config.mjs gives Astro as `base`); in the browser Vite gives Astro's base.
 */
export function basePath(): string {
  if (typeof process === 'undefined' || !process.env) return import.meta.env?.BASE_URL ?? '/';
  // The address comes from KOHYO_SITE_URL or the content's site.yaml: both are part of the key.
  const address = `${process.env.KOHYO_SITE_URL ?? ''}\u0000${process.env.KOHYO_CONTENT_DIR ?? ''}`;
  // Read on every call (tests and the build change the setting), parsed once per value.
  if (cached === undefined || cached.address !== address) cached = { address, base: sitePath(process.env) };
  return cached.base;
}

/** A path of the site ("osaka-ict/2018/" or "/osaka-ict/2018/") under the site's path. */
export function sitePathOf(path: string): string {
  return `${basePath()}${path.replace(/^\/+/, '')}`;
}

/** A file of public/ (e.g. favicon.svg), under the site's path. */
export const publicFileUrl = (file: string) => sitePathOf(file);
/** The sitemap index (named by robots.txt), and its sitemap files, numbered from 1. */
export const sitemapIndexUrl = () => sitePathOf('sitemap.xml');
export const sitemapFileUrl = (part: number) => sitePathOf(`sitemaps/${part}.xml`);
export const homeUrl = () => sitePathOf('/');
export const organizationUrl = (org: string) => sitePathOf(`/${org}/`);
export const yearIndexUrl = (org: string, fiscalYear: number) => sitePathOf(`/${org}/${fiscalYear}/`);
export const managementIssueUrl = (org: string, fiscalYear: number, number: number) => sitePathOf(`/${org}/${fiscalYear}/keiei-kadai-${number}/`);
export const measureUrl = (org: string, fiscalYear: number, code: string) => sitePathOf(`/${org}/${fiscalYear}/shisaku-${code}/`);
export const ratingsLegendUrl = () => sitePathOf('/about/ratings/');
export const accessibilityUrl = () => sitePathOf('/about/accessibility/');
/** What 〔判読不能〕 and 〔読み: …〕 mean: every such marker links here, so it is reachable by keyboard and touch. */
export const readingNotesUrl = () => `${accessibilityUrl()}#${anchors.readingNotes}`;
export const searchUrl = () => sitePathOf('/search/');
/** The search page with a state in its address (a query string from src/lib/search/url-state.ts). */
export const searchWithUrl = (query: string) => `${searchUrl()}?${query}`;
/** 評価と数値の照合: every comparison of a target with its self-evaluation, site-wide */
export const ratingChecksUrl = () => sitePathOf('/checks/');
/** The checks of one organisation: its years with their counts. */
export const organizationRatingChecksUrl = (org: string) => sitePathOf(`/checks/${org}/`);
/** The checks of one organisation and fiscal year, in full. */
export const yearRatingChecksUrl = (org: string, fiscalYear: number) => sitePathOf(`/checks/${org}/${fiscalYear}/`);
/** A report's page from its organisation, year and file name (keiei-kadai-2, shisaku-4-1-2). */
export const reportUrl = (org: string, fiscalYear: number, slug: string) => sitePathOf(`/${org}/${fiscalYear}/${slug}/`);
/** The stable page of one indicator of one report: chart, table, data and citation. */
export const figureUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => sitePathOf(`/${org}/${fiscalYear}/${slug}/figures/${indicatorId}/`);
/** A figure's chart alone (SVG), its share image (PNG, 1200 × 630) and its page for other sites' frames. */
export const figureChartSvgUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}chart.svg`;
export const figureChartPngUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}chart.png`;
export const figureEmbedUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}embed/`;
/** The small script of figure pages that fills in 閲覧日 and copies the citation. */
export const citationScriptUrl = () => publicFileUrl('cite.js');
export const searchBootScriptUrl = () => publicFileUrl('search-boot.js');
/** The page of a report continuing over years (all years side by side). */
export const continuingReportUrl = (org: string, chainId: string) => sitePathOf(`/${org}/${chainId}/`);
/** Older years of a continuing report, YEARS_PER_PAGE at a time (src/lib/continuity/periods.ts). */
export const continuingPeriodUrl = (org: string, chainId: string, periodSlug: string) => sitePathOf(`/${org}/${chainId}/${periodSlug}/`);
/** One merged indicator series of a continuing report, as CSV. */
export const continuingSeriesCsvUrl = (org: string, chainId: string, indicatorId: string) => sitePathOf(`/${org}/${chainId}/${indicatorId}.csv`);

/**
 * The URL to print for sharing and citing: absolute from the site's address (KOHYO_SITE_URL or
 * content/site.yaml → Astro's `site`), or the path alone when no address is set — never a
 * made-up host (src/lib/site-address.ts).
 */
export const absoluteUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);
/** Atom feeds: the whole site, and one per organisation. */
export const feedUrl = () => sitePathOf('/feed.xml');
export const organizationFeedUrl = (org: string) => sitePathOf(`/${org}/feed.xml`);
/** The preview site's list of what publishing would change (absent from the public site). */
export const previewChangesUrl = () => sitePathOf('/preview/changes/');
/** JSON Schema of a content file kind, for editors. */
export const contentSchemaUrl = (kind: string) => sitePathOf(`/schemas/${kind}.schema.json`);

/** Anchors inside a report page. */
export const anchors = {
  plan: 'keikaku',
  selfEvaluation: 'jiko-hyoka',
  indicators: 'shihyo',
  strategy: (number: string) => `senryaku-${number}`,
  initiative: (number: string) => `torikumi-${number}`,
  project: (number: number) => `jigyo-${number}`,
  changeNotes: 'koshin-rireki',
  /** The explanation of 〔判読不能〕 and 〔読み〕 (accessibility page) */
  readingNotes: 'handoku-funo',
} as const;

/** The page URL of a report entry id such as "osaka-ict/2018/keiei-kadai-2". */
export const entryUrl = (id: string) => sitePathOf(`/${id}/`);
