/**
 * Builds a Pagefind search index from finished HTML. scripts/build.ts calls indexSite once per
 * shard, after that shard's Astro process has exited (so the two never hold memory together);
 * the search page merges the shard indexes in the browser.
 *
 * Only content inside `data-pagefind-body` is indexed (report pages mark their <main>); pages
 * without it (home, indexes, legend, search) are left out by Pagefind itself. Navigation and
 * SVG text are excluded here as well, so a page template cannot leak them into results.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { directorySize } from './directory-size.ts';

/** The top-level folder of the site that holds the search indexes (one bundle per shard inside); no organisation id may take it. */
export const PAGEFIND_FOLDER = 'pagefind';

/** Elements never indexed even inside data-pagefind-body. */
export const EXCLUDE_SELECTORS = ['nav', 'svg'];

export interface IndexResult {
  pageCount: number;
  milliseconds: number;
  indexBytes: number;
  outputPath: string;
}

interface PagefindResponse {
  errors: string[];
}

/** Thrown when Pagefind reports errors; the message names the step and lists every error. */
export class PagefindIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`[kohyo:search] 検索インデックスを作成できませんでした (${step}) / Pagefind failed at ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'PagefindIndexError';
  }
}

function check<T extends PagefindResponse>(step: string, response: T | undefined): T {
  if (!response) throw new PagefindIndexError(step, ['no response from the Pagefind service']);
  if (response.errors.length > 0) throw new PagefindIndexError(step, response.errors);
  return response;
}

/**
 * Pages that actually entered the index. addDirectory counts every HTML file it read, including
 * pages without data-pagefind-body, so the count comes from the written entry file instead.
 */
async function indexedPageCount(outputPath: string): Promise<number | undefined> {
  try {
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>;
    };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return undefined;
  }
}

/**
 * The report pages of a shard's folder: /<organisation>/<year>/<report>/index.html. They are the only
 * pages with data-pagefind-body there; Pagefind would otherwise read and parse every figure page
 * (four to six per report) only to leave it out, which took two thirds of the indexing time and
 * a sixth of its memory. The build checks that the index holds exactly the shard's reports.
 */
export const REPORT_PAGES_GLOB = '*/*/*/index.html';

/**
 * Indexes the HTML files under siteDir (all of them, or those matching `glob`) and writes the
 * bundle to outputPath (default siteDir/pagefind).
 */
export async function indexSite(siteDir: string, outputPath = path.join(siteDir, PAGEFIND_FOLDER), options: { glob?: string } = {}): Promise<IndexResult> {
  const started = performance.now();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS }));
    if (!index) throw new PagefindIndexError('createIndex', ['no index was created']);
    const { page_count: filesRead } = check('addDirectory', await index.addDirectory(options.glob ? { path: siteDir, glob: options.glob } : { path: siteDir }));
    check('writeFiles', await index.writeFiles({ outputPath }));
    const milliseconds = performance.now() - started;
    const pageCount = (await indexedPageCount(outputPath)) ?? filesRead;
    return { pageCount, milliseconds, indexBytes: await directorySize(outputPath), outputPath };
  } finally {
    // The service is a child process: leaving it running would keep the build from exiting.
    await pagefind.close();
  }
}

/** The summary line scripts/bench parses: keep its wording stable. */
export function summaryLine(result: Pick<IndexResult, 'pageCount' | 'milliseconds' | 'indexBytes'>): string {
  return `[kohyo:search] indexed ${result.pageCount} pages in ${Math.round(result.milliseconds)} ms (index ${result.indexBytes} bytes)`;
}

/**
 * Scripts must be separate files, never inlined, so the site works under a
 * Content-Security-Policy without 'unsafe-inline'. Returning undefined for other assets keeps
 * Vite's default inlining (4 kB) for them.
 */
export function neverInlineScripts(filePath: string): boolean | undefined {
  return /\.[cm]?js$/u.test(filePath) ? false : undefined;
}

export default function kohyoPagefind(): AstroIntegration {
  return {
    name: 'kohyo:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: neverInlineScripts } } });
      },
    },
  };
}
