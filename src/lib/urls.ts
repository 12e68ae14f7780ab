/**
 * Every URL and in-page anchor the site uses. URLs are ASCII and stable
 * (/osaka-ict/2018/keiei-kadai-2/): the press links to them for years.
 */
export const homeUrl = () => '/';
export const organizationUrl = (org: string) => `/${org}/`;
export const yearIndexUrl = (org: string, fiscalYear: number) => `/${org}/${fiscalYear}/`;
export const managementIssueUrl = (org: string, fiscalYear: number, number: number) => `/${org}/${fiscalYear}/keiei-kadai-${number}/`;
export const measureUrl = (org: string, fiscalYear: number, code: string) => `/${org}/${fiscalYear}/shisaku-${code}/`;
export const ratingsLegendUrl = () => '/about/ratings/';
export const accessibilityUrl = () => '/about/accessibility/';
export const searchUrl = () => '/search/';
/** 評価と数値の照合: every comparison of a target with its self-evaluation, site-wide */
export const ratingChecksUrl = () => '/checks/';
/** A report's page from its organisation, year and file name (keiei-kadai-2, shisaku-4-1-2). */
export const reportUrl = (org: string, fiscalYear: number, slug: string) => `/${org}/${fiscalYear}/${slug}/`;
/** The stable page of one indicator of one report: chart, table, data and citation. */
export const figureUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `/${org}/${fiscalYear}/${slug}/figures/${indicatorId}/`;
/** A figure's chart alone (SVG), its share image (PNG, 1200 × 630) and its page for other sites' frames. */
export const figureChartSvgUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}chart.svg`;
export const figureChartPngUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}chart.png`;
export const figureEmbedUrl = (org: string, fiscalYear: number, slug: string, indicatorId: string) => `${figureUrl(org, fiscalYear, slug, indicatorId)}embed/`;
/** The small script of figure pages that fills in 閲覧日 and copies the citation. */
export const citationScriptUrl = () => '/cite.js';
/** The page of a report continuing over years (all years side by side). */
export const continuingReportUrl = (org: string, chainId: string) => `/${org}/${chainId}/`;
/** One merged indicator series of a continuing report, as CSV. */
export const continuingSeriesCsvUrl = (org: string, chainId: string, indicatorId: string) => `/${org}/${chainId}/${indicatorId}.csv`;

/**
 * The URL to print for sharing and citing: absolute from the site's address (KOHYO_SITE_URL or
 * content/site.yaml → Astro's `site`), or the path alone when no address is set — never a
 * made-up host (src/lib/site-address.ts).
 */
export const absoluteUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);
/** Atom feeds: the whole site, and one per organisation. */
export const feedUrl = () => '/feed.xml';
export const organizationFeedUrl = (org: string) => `/${org}/feed.xml`;
/** The preview site's list of what publishing would change (absent from the public site). */
export const previewChangesUrl = () => '/preview/changes/';
/** JSON Schema of a content file kind, for editors. */
export const contentSchemaUrl = (kind: string) => `/schemas/${kind}.schema.json`;

/** Anchors inside a report page. */
export const anchors = {
  plan: 'keikaku',
  selfEvaluation: 'jiko-hyoka',
  indicators: 'shihyo',
  strategy: (number: string) => `senryaku-${number}`,
  initiative: (number: string) => `torikumi-${number}`,
  project: (number: number) => `jigyo-${number}`,
  changeNotes: 'koshin-rireki',
} as const;

/** The page URL of a report entry id such as "osaka-ict/2018/keiei-kadai-2". */
export const entryUrl = (id: string) => `/${id}/`;
