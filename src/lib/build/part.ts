/**
 * What one Astro run of a production build renders, handed from scripts/build.ts to the content
 * loader in the child process as a JSON file (KOHYO_BUILD_PART). The build script has already
 * read, checked and release-filtered everything: the child never reads content/ itself.
 *
 * - `shard`: the report pages of one shard (their own data only), no site-wide pages.
 * - `site`: the site-wide pages (home, organisation and year indexes, legend, search, sitemap)
 *   from the organisations, the 戦略シート headers and a short summary of every report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Organization } from '../../schemas/organization.ts';
import type { ReportEntry, StrategySheetEntry } from '../content/load.ts';
import type { ReportLink } from '../reports.ts';

/** A published shard's search index, as the search page merges it. */
export interface ShardIndexInfo {
  id: string;
  /** Place in the search order (newest fiscal year first) */
  position: number;
  /** URL of its Pagefind bundle, e.g. /pagefind/2018/ */
  bundleUrl: string;
}

export interface ShardPart {
  mode: 'shard';
  shardId: string;
  organizations: Organization[];
  /** JSON files, each an array of released entries (one organisation and fiscal year) */
  bucketFiles: string[];
}

export interface SitePart {
  mode: 'site';
  organizations: Organization[];
  sheets: StrategySheetEntry[];
  reports: ReportLink[];
  /** Newest year first: the first is the search page's primary index */
  searchIndexes: ShardIndexInfo[];
}

export type BuildPart = ShardPart | SitePart;

export const BUILD_PART_ENV = 'KOHYO_BUILD_PART';
/** `shard` or `site`, next to the part file: pages can tell without reading it */
export const BUILD_PART_MODE_ENV = 'KOHYO_BUILD_PART_MODE';

/**
 * Which collections this process renders from. Asking Astro for a collection that is empty in this
 * part (report entries in the site part, listings in a shard) only makes it print warnings.
 */
export function renders(what: 'reports' | 'listings', env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env[BUILD_PART_MODE_ENV];
  if (mode === 'site') return what === 'listings';
  if (mode === 'shard') return what === 'reports';
  return true;
}

export async function writeBuildPart(file: string, part: BuildPart): Promise<void> {
  await writeFile(file, JSON.stringify(part));
}

export async function readBuildPart(file: string): Promise<BuildPart> {
  return JSON.parse(await readFile(file, 'utf8')) as BuildPart;
}

/** The entries of a shard, read back from its bucket files. */
export async function readShardEntries(part: ShardPart): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const file of part.bucketFiles) entries.push(...(JSON.parse(await readFile(file, 'utf8')) as ReportEntry[]));
  return entries;
}

/** Where the search page finds a shard's index. */
export function shardBundleUrl(shardId: string): string {
  return `/pagefind/${shardId}/`;
}
