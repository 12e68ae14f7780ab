/**
 * What one Astro run of a production build renders, handed from scripts/build.ts to the content
 * loader in the child process as a JSON file (KOHYO_BUILD_PART). The build script has already
 * read, checked and release-filtered everything: the child never reads content/ itself.
 *
 * - `shard` of kind `reports`: the report and figure pages of one fiscal year (their own data, and
 *   the titles of the same reports' other years), searchable;
 * - `shard` of kind `continuity`: the continuing-report pages (/<org>/<report>/) of a group of
 *   organisations, from all years of those organisations;
 * - `site`: the site-wide pages (home, organisation and year indexes, legend, checks, search,
 *   sitemap) from the organisations, the 戦略シート headers and a short index of every report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Organization } from '../../schemas/organization.ts';
import type { ReportEntry, StrategySheetEntry } from '../content/load.ts';
import { reportSlug, summaryKey, type OtherYears } from '../continuity/chains.ts';
import type { ContentProblem } from '../content/problems.ts';
import { releasedOnly } from '../content/release.ts';
import type { ChangeSection } from '../preview/describe-change.ts';
import type { PreviewChangesData } from '../preview/publishing-changes.ts';
import type { ReportDocument, ReportLink } from '../reports.ts';
import type { SiteIndex } from '../site-index.ts';
import { sitePathOf } from '../urls.ts';

/** A published shard's search index, as the search page merges it. */
export interface ShardIndexInfo {
  id: string;
  /** Place in the search order (newest fiscal year first) */
  position: number;
  /** URL of its Pagefind bundle, e.g. /pagefind/2018/ */
  bundleUrl: string;
  /**
   * The fiscal year of its reports (a year above the shard capacity has several bundles); absent
   * for a bundle of several years (the single-index build, KOHYO_SHARDS=single)
   */
  fiscalYear?: number;
}

export interface ShardPart {
  mode: 'shard';
  kind: 'reports' | 'continuity';
  shardId: string;
  organizations: Organization[];
  /** JSON files, each an array of released entries (one organisation and fiscal year) */
  bucketFiles: string[];
  /** Only these reports of the bucket files, by summaryKey (continuity shards: the chains' members) */
  onlyReports?: string[];
  /** The same reports' other years, by summaryKey (reports shards) */
  otherYears: Record<string, OtherYears>;
  /** Content problems the preview site shows on every page (empty in production) */
  problems: ContentProblem[];
  /** Preview: differences from the public site of this shard's changed reports, by report id */
  previewChanges?: Record<string, ChangeSection[]>;
  /** The feeds with at least one dated entry, which pages may advertise (src/lib/feed/advertised.ts) */
  datedFeeds: string[];
}

export interface SitePart {
  mode: 'site';
  organizations: Organization[];
  sheets: StrategySheetEntry[];
  reports: ReportLink[];
  siteIndex: SiteIndex;
  /** Content problems the preview site shows on every page (empty in production) */
  problems: ContentProblem[];
  /** The preview's /preview/changes/ data, computed by the build (preview only) */
  previewChanges?: PreviewChangesData;
  /** Newest year first: the first is the search page's primary index */
  searchIndexes: ShardIndexInfo[];
  /** The feeds with at least one dated entry, which pages may advertise (src/lib/feed/advertised.ts) */
  datedFeeds: string[];
}

export type BuildPart = ShardPart | SitePart;

export const BUILD_PART_ENV = 'KOHYO_BUILD_PART';
/** `reports`, `continuity` or `site`, next to the part file: pages can tell without reading it */
export const BUILD_PART_MODE_ENV = 'KOHYO_BUILD_PART_MODE';

export type PageFamily = 'reports' | 'continuity' | 'listings';

/**
 * Which family of pages this process renders (all of them in the dev server). A route of another
 * family gets no paths, so nothing is rendered twice or from partial data.
 */
export function renders(family: PageFamily, env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env[BUILD_PART_MODE_ENV];
  if (mode === 'site') return family === 'listings';
  if (mode === 'reports' || mode === 'continuity') return family === mode;
  return true;
}

/**
 * In a production build the build process writes the data files of report, figure and
 * continuing-report pages itself (src/lib/data-files.ts, scripts/build/data-files.ts): one Astro
 * route per file cost about as much as the pages. Their routes then have no paths; the dev server
 * serves the same text through them.
 */
export function dataFilesWrittenByBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env[BUILD_PART_MODE_ENV]);
}

let partPromise: Promise<BuildPart | undefined> | undefined;

/** This production run's part, or undefined in the dev server. */
export function currentBuildPart(env: NodeJS.ProcessEnv = process.env): Promise<BuildPart | undefined> {
  const file = env[BUILD_PART_ENV];
  partPromise ??= file ? readBuildPart(file) : Promise.resolve(undefined);
  return partPromise;
}

export async function writeBuildPart(file: string, part: BuildPart): Promise<void> {
  await writeFile(file, JSON.stringify(part));
}

export async function readBuildPart(file: string): Promise<BuildPart> {
  return JSON.parse(await readFile(file, 'utf8')) as BuildPart;
}

/** The entries of a shard, read back from its bucket files. */
async function readShardEntries(part: ShardPart): Promise<ReportEntry[]> {
  const only = part.onlyReports && new Set(part.onlyReports);
  const wanted = (entry: ReportEntry) => !only || (entry.kind !== 'strategySheet' && only.has(summaryKey({ organization: entry.data.organization, fiscalYear: entry.data.fiscalYear, slug: reportSlug({ kind: entry.kind, doc: entry.data } as ReportDocument) })));
  const entries: ReportEntry[] = [];
  for (const file of part.bucketFiles) entries.push(...(JSON.parse(await readFile(file, 'utf8')) as ReportEntry[]).filter(wanted));
  return entries;
}

/**
 * What a shard's pages may show: its entries with the release switch applied again (production
 * keeps only what may be published), and the content problems only in the staff preview. The
 * content loader (the pages) and the build's data files (scripts/build/data-files.ts) both use it.
 */
export async function shardContent(part: ShardPart, preview: boolean): Promise<{ entries: ReportEntry[]; problems: ContentProblem[] }> {
  const entries = await readShardEntries(part);
  return preview ? { entries, problems: part.problems } : { entries: releasedOnly(entries), problems: [] };
}

/** Where the search page finds a shard's index. */
export function shardBundleUrl(shardId: string): string {
  return sitePathOf(`/pagefind/${shardId}/`);
}
