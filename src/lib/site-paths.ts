/**
 * The URL names the site itself writes, read from what decides them — the page files under
 * src/pages, the files under public/, and the folders the build writes (Astro's assets, the
 * search index) — so a new page or folder is reserved the moment it exists, with no list to
 * keep up to date. Content whose identifiers become URL parts (organisation ids, year folders,
 * report file names, indicator ids) is checked against these names.
 *
 * A route is the page file's path: `search.astro` → /search/, `robots.txt.ts` → /robots.txt,
 * `[org]/[year]/[report]/indicators.csv.ts` → /<org>/<year>/<report>/indicators.csv.
 * Segments with `[…]` are filled by content; every other segment is a name the site owns.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_FOLDER } from '../integrations/pagefind.ts';
import { ASSETS_FOLDER, REPORTS_INDEX_FILE } from './build-folders.ts';

/** Files Astro turns into pages or endpoints (https://docs.astro.build/en/basics/astro-pages/). */
const PAGE_FILE = /\.(astro|md|mdx|markdown|html|ts|js|mjs)$/;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One segment of a route: a name the site owns, or a place content fills (`[org]`). */
export type RouteSegment = { static: string } | { dynamic: string };

export interface Route {
  segments: RouteSegment[];
  /** The page file, relative to the project, for messages */
  source: string;
}

/** Where a reserved name comes from, for the message staff read. */
export interface ReservedName {
  name: string;
  /** e.g. 「ページ src/pages/search.astro」 */
  origin: string;
}

/** A page file as staff find it: src/pages/… in this project, else relative to the folder above the pages. */
function sourceName(pagesDir: string, file: string): string {
  const inProject = path.relative(ROOT, file);
  const shown = inProject.startsWith('..') ? path.relative(path.dirname(pagesDir), file) : inProject;
  return shown.split(path.sep).join('/');
}

/** Every route under a pages folder (default: this project's src/pages). */
export function readRoutes(pagesDir = path.join(ROOT, 'src/pages')): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, parents: string[]): void => {
    // Sorted, so the same files give the same names in the same order on every machine.
    for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
      // Astro leaves out files and folders whose name starts with _ (and we skip hidden ones).
      if (item.name.startsWith('_') || item.name.startsWith('.')) continue;
      if (item.isDirectory()) {
        walk(path.join(dir, item.name), [...parents, item.name]);
        continue;
      }
      if (!PAGE_FILE.test(item.name)) continue;
      const name = item.name.replace(PAGE_FILE, '');
      const parts = name === 'index' ? parents : [...parents, name];
      routes.push({
        segments: parts.map((part) => (part.includes('[') ? { dynamic: part } : { static: part })),
        source: sourceName(pagesDir, path.join(dir, item.name)),
      });
    }
  };
  walk(pagesDir, []);
  return routes;
}

/**
 * Names the routes own right below `prefix`: '*' stands for a segment content fills, a string
 * for a name the site owns. `['*', '*']` = what sits next to report pages inside /<org>/<year>/.
 */
export function staticNamesBelow(routes: readonly Route[], prefix: readonly string[]): ReservedName[] {
  const found: ReservedName[] = [];
  for (const route of routes) {
    if (route.segments.length <= prefix.length) continue;
    const matches = prefix.every((want, i) => {
      const segment = route.segments[i]!;
      return want === '*' ? 'dynamic' in segment : 'static' in segment && segment.static === want;
    });
    const next = route.segments[prefix.length]!;
    if (matches && 'static' in next) found.push({ name: next.static, origin: `ページ ${route.source}` });
  }
  return found;
}

/** Top-level entries of public/ (copied to the top of the site as they are). */
export function publicNames(publicDir = path.join(ROOT, 'public')): ReservedName[] {
  try {
    return readdirSync(publicDir).sort().map((name) => ({ name, origin: `public/${name}` }));
  } catch {
    return [];
  }
}

/** Names at the top of the site: top-level pages, public/ files, the asset and index folders. */
export function topLevelReservedNames(routes: readonly Route[] = readRoutes(), publicDir?: string): ReservedName[] {
  return [
    ...staticNamesBelow(routes, []),
    ...publicNames(publicDir),
    { name: ASSETS_FOLDER, origin: 'Astro の資産フォルダ（build.assets）' },
    { name: PAGEFIND_FOLDER, origin: '検索インデックス（Pagefind）' },
    { name: REPORTS_INDEX_FILE, origin: '公開中の報告の一覧（プレビューの比較に使うファイル）' },
  ];
}

/**
 * The URL levels that content fills, and the names the site owns at each. A report's files and
 * figure pages sit below it (/<org>/<year>/<report>/indicators.csv, …/figures/<indicator>/), so an
 * indicator id must not take the name of any of them, nor of what sits in their folders.
 */
export function reservedNamesByLevel(routes: readonly Route[] = readRoutes(), publicDir?: string) {
  const belowReport = staticNamesBelow(routes, ['*', '*', '*']);
  const insideReportFolders = [...new Set(belowReport.map((n) => n.name))].flatMap((folder) => staticNamesBelow(routes, ['*', '*', '*', folder]));
  return {
    /** /<organisation>/ */
    organization: topLevelReservedNames(routes, publicDir),
    /** /<org>/<fiscal year>/ */
    fiscalYear: staticNamesBelow(routes, ['*']),
    /** /<org>/<year>/<report>/ */
    report: staticNamesBelow(routes, ['*', '*']),
    /** /<org>/<year>/<report>/…/<indicator>/ */
    indicator: [...belowReport, ...insideReportFolders],
  };
}

export type ReservedNamesByLevel = ReturnType<typeof reservedNamesByLevel>;

/** The reserved name equal to `name` (URLs are compared without regard to case), if any. */
export function findReserved(reserved: readonly ReservedName[], name: string): ReservedName | undefined {
  const lower = name.toLowerCase();
  return reserved.find((r) => r.name.toLowerCase() === lower);
}
