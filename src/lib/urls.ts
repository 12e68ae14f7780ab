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
