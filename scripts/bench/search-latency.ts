/**
 * Search latency in a real browser: the built site is served on 127.0.0.1 and, for each query of
 * the set, a new page with an empty HTTP cache first opens a report page (no JavaScript of its
 * own, so nothing has warmed Pagefind). Then:
 *
 * Kohyo, through its real search page (`measureSearchPage`):
 * - first: navigate to /search/?q=<query>; from the navigation's start to the page's
 *   `kohyo:search-done` mark (the first 20 results rendered). Includes the search page's HTML,
 *   CSS and script, loading every shard's Pagefind bundle, the search and the results' data.
 * - next: type the following query in #search-q and press Enter; from the `kohyo:search-start`
 *   mark before it to the next `kohyo:search-done` mark.
 * Builds without these marks: `#search-status[data-state=done]` with `data-searches` incremented,
 *   timed with performance.now() in the page (first: from navigation start; next: from the form's
 *   submit event), polled on each animation frame.
 *
 * Baseline, Pagefind's API alone (`measureRawSearch`, it has no search page):
 * - first: import('/pagefind/pagefind.js') + search(q) + loading the first 5 results' data;
 * - next: the following query on the same page, Pagefind already loaded.
 *
 * Both, then: Pagefind's own search cost (`engine`). On one more page, Pagefind alone loads the
 * site's bundles (all of them merged, as the search page does, or the one bundle), searches each
 * query once so that its index chunks are loaded, then three more times; the median of those
 * three is the time Pagefind needs for the query with nothing left to fetch. It grows with the
 * number of results (every result's word positions are scored and returned), so it is reported per
 * 1,000 results: the part of a query's time that no split of the index into bundles can remove.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDirectory } from './static-server.ts';

/** Fixed Japanese queries; all occur in the synthetic corpus's vocabulary. */
export const QUERIES = ['情報セキュリティ', '防災', '電子申請', 'オープンデータ', '職員研修', '避難所運営', 'マイナンバーカード'] as const;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT_MS = 120_000;

export interface QueryTiming {
  query: string;
  firstMs: number;
  /** Results found (Pagefind's count; for the search page, the count it announces) */
  firstResults: number | null;
  nextQuery: string;
  nextMs: number;
  nextResults: number | null;
  /** How the search page's times were taken: its performance marks, or its status element */
  timing?: 'marks' | 'status';
}
export interface EngineQuery {
  query: string;
  /** Results Pagefind returns for the query over all bundles */
  results: number;
  /** Median of three searches with every chunk the query needs already loaded */
  loadedMs: number;
}
export interface EngineCost {
  /** Pagefind bundles searched together */
  bundles: number;
  queries: EngineQuery[];
  /** Median over the queries of loadedMs per 1,000 results */
  msPer1000Results: number;
}
export interface SearchLatency {
  /** 'search-page': Kohyo's /search/ page; 'pagefind-api': import('/pagefind/pagefind.js') directly */
  method: 'search-page' | 'pagefind-api';
  queries: QueryTiming[];
  firstMedianMs: number;
  firstMaxMs: number;
  nextMedianMs: number;
  nextMaxMs: number;
  /** Pagefind's own search cost on the same bundles (see the file comment) */
  engine?: EngineCost;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Measure = (page: Page, siteUrl: string, query: string, nextQuery: string) => Promise<QueryTiming>;

/** The bundle URLs the site's search merges: those its search page lists, else the one /pagefind/ bundle. */
async function bundlesOf(page: Page, siteUrl: string, method: SearchLatency['method']): Promise<string[]> {
  if (method === 'pagefind-api') return ['/pagefind/'];
  await page.goto(`${siteUrl}/search/`, { waitUntil: 'domcontentloaded' });
  const listed = await page.locator('#search-form').getAttribute('data-search-indexes');
  const bundles = (listed ?? '').split(' ').filter(Boolean);
  if (bundles.length === 0) throw new Error('the search page lists no Pagefind bundle (data-search-indexes)');
  return bundles;
}

async function measureEngine(page: Page, siteUrl: string, reportPath: string, method: SearchLatency['method'], queries: readonly string[]): Promise<EngineCost> {
  const bundles = await bundlesOf(page, siteUrl, method);
  // From a report page (no script of its own), so that only Pagefind runs.
  await page.goto(`${siteUrl}/${reportPath.replace(/^\/+/, '')}`, { waitUntil: 'load' });
  const measured = (await page.evaluate(`(${ENGINE_COST})(${JSON.stringify(bundles)}, ${JSON.stringify(queries)})`)) as EngineQuery[];
  return { bundles: bundles.length, queries: measured, msPer1000Results: median(measured.filter((q) => q.results > 0).map((q) => (q.loadedMs / q.results) * 1000)) };
}

/** Serves the site, opens a report page in a fresh page with an empty cache for each query, and runs `measure`. */
async function measureQueries(siteDir: string, reportPath: string, method: SearchLatency['method'], measure: Measure, queries: readonly string[]): Promise<SearchLatency> {
  const server = await serveDirectory(siteDir);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'kohyo-bench-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const timings: QueryTiming[] = [];
    for (let i = 0; i < queries.length; i++) {
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT_MS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await page.goto(`${server.url}/${reportPath.replace(/^\/+/, '')}`, { waitUntil: 'load' });
      timings.push(await measure(page, server.url, queries[i]!, queries[(i + 1) % queries.length]!));
      await page.close();
    }
    const first = timings.map((t) => t.firstMs);
    const next = timings.map((t) => t.nextMs);
    const enginePage = await context.newPage();
    enginePage.setDefaultTimeout(WAIT_MS);
    const engine = await measureEngine(enginePage, server.url, reportPath, method, queries);
    await enginePage.close();
    return { method, queries: timings, firstMedianMs: median(first), firstMaxMs: Math.max(...first), nextMedianMs: median(next), nextMaxMs: Math.max(...next), engine };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// In-page code is kept as source text: the TypeScript runner would otherwise add helper calls
// to compiled functions that do not exist in the browser.

/** Pagefind's API alone: import, search, first 5 results' data. */
const RAW_SEARCH = `async (q1, q2) => {
  const timed = async (getApi, q) => {
    const start = performance.now();
    const api = await getApi();
    const found = await api.search(q);
    await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - start, count: found.results.length, api };
  };
  const first = await timed(() => import('/pagefind/pagefind.js'), q1);
  const next = await timed(async () => first.api, q2);
  return { firstMs: first.ms, firstResults: first.count, nextMs: next.ms, nextResults: next.count };
}`;

/** Pagefind alone over `bundles` (merged as the search page merges them): each query's time with its chunks loaded. */
const ENGINE_COST = `async (bundles, queries) => {
  const pagefind = await import(bundles[0] + 'pagefind.js');
  await pagefind.options({ excerptLength: 40, baseUrl: '/' });
  await pagefind.init();
  await pagefind.search('');
  await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle, { excerptLength: 40, baseUrl: '/' })));
  const out = [];
  for (const query of queries) {
    const found = await pagefind.search(query);
    const times = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await pagefind.search(query);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out.push({ query, results: found.results.length, loadedMs: times[1] });
  }
  return out;
}`;

/** Remembers, at the form's submit, when it happened and how many searches had finished before. */
const ON_SUBMIT = `document.addEventListener('submit', () => {
  window.__benchSubmit = { at: performance.now(), searches: Number(document.querySelector('#search-status').dataset.searches || 0), done: performance.getEntriesByName('kohyo:search-done').length };
}, { capture: true })`;

/**
 * An expression polled by waitForFunction: falsy until the search page has finished a search
 * (after the last submit, if any); then when (performance.now()), what it announced and its marks.
 * A search superseded by a newer one never finishes, so it is not counted.
 */
const SEARCH_DONE = `(() => {
  const status = document.querySelector('#search-status');
  if (!status) return { error: 'no #search-status on the page' };
  if (status.dataset.state === 'error') return { error: status.textContent };
  const marks = (name) => performance.getEntriesByName(name).map((e) => e.startTime);
  const starts = marks('kohyo:search-start');
  const done = marks('kohyo:search-done');
  const before = window.__benchSubmit || { searches: 0, done: 0 };
  // A build with marks: wait for the mark itself, not only the status.
  const finished = starts.length > 0 ? done.length > before.done : status.dataset.state === 'done' && Number(status.dataset.searches) > before.searches;
  if (!finished) return false;
  return { at: performance.now(), status: status.textContent, starts, done, submittedAt: before.at };
})()`;

interface SearchDone { at: number; status: string; starts: number[]; done: number[]; submittedAt?: number; error?: string }

async function waitForSearch(page: Page): Promise<SearchDone> {
  const handle = await page.waitForFunction(SEARCH_DONE, undefined, { polling: 'raf', timeout: WAIT_MS });
  const result = (await handle.jsonValue()) as SearchDone;
  if (result.error !== undefined) throw new Error(`the search page reported an error: ${result.error}`);
  return result;
}

/** The count the search page announces (「「防災」の検索結果: 43件」); 0 for its no-results message. */
function announcedCount(status: string): number | null {
  const match = /([\d,]+)件\s*$/.exec(status);
  if (match) return Number(match[1]!.replace(/,/g, ''));
  return status.includes('見つかりませんでした') ? 0 : null;
}

const searchPage: Measure = async (page, siteUrl, query, nextQuery) => {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const first = await waitForSearch(page);
  await page.evaluate(ON_SUBMIT);
  await page.locator('#search-q').fill(nextQuery);
  await page.locator('#search-q').press('Enter');
  const next = await waitForSearch(page);
  const marks = first.starts.length > 0;
  const nextDone = next.done[next.done.length - 1]!;
  if (!marks && next.submittedAt === undefined) throw new Error('the search form was not submitted');
  return {
    query,
    // The search page's time origin is the start of its navigation.
    firstMs: marks ? first.done[0]! : first.at,
    firstResults: announcedCount(first.status),
    nextQuery,
    nextMs: marks ? nextDone - Math.max(...next.starts.filter((s) => s <= nextDone)) : next.at - next.submittedAt!,
    nextResults: announcedCount(next.status),
    timing: marks ? 'marks' : 'status',
  };
};

const rawSearch: Measure = async (page, _siteUrl, query, nextQuery) => {
  const result = (await page.evaluate(`(${RAW_SEARCH})(${JSON.stringify(query)}, ${JSON.stringify(nextQuery)})`)) as Omit<QueryTiming, 'query' | 'nextQuery'>;
  return { query, nextQuery, ...result };
};

/** Kohyo: through /search/ (see the file comment). */
export function measureSearchPage(siteDir: string, reportPath: string, queries: readonly string[] = QUERIES): Promise<SearchLatency> {
  return measureQueries(siteDir, reportPath, 'search-page', searchPage, queries);
}

/** A site without a search page: Pagefind's API from a report page (see the file comment). */
export function measureRawSearch(siteDir: string, reportPath: string, queries: readonly string[] = QUERIES): Promise<SearchLatency> {
  return measureQueries(siteDir, reportPath, 'pagefind-api', rawSearch, queries);
}
