/**
 * Search latency in a real browser: serve the built site on 127.0.0.1, open a report page
 * (no JavaScript of its own, so nothing has warmed Pagefind), then time in the page with
 * performance.now():
 * - first: import('/pagefind/pagefind.js') + search(q) + loading the first 5 results' data,
 *   with an empty HTTP cache: what a reader waits for on their first search;
 * - next: a different query on the same page, Pagefind already loaded.
 * Each query of the set is measured once as "first" (cache cleared before each) and its
 * successor in the list as "next".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from './static-server.ts';

/** Fixed Japanese queries; all occur in the synthetic corpus's vocabulary. */
export const QUERIES = ['情報セキュリティ', '防災', '電子申請', 'オープンデータ', '職員研修', '避難所運営', 'マイナンバーカード'] as const;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface InPageResult { firstMs: number; firstResults: number; nextMs: number; nextResults: number }

/**
 * Runs in the page. Kept as source text: the TypeScript runner would otherwise add helper
 * calls to the compiled function that do not exist in the browser.
 */
const IN_PAGE = `async (q1, q2) => {
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

export interface QueryTiming { query: string; firstMs: number; firstResults: number; nextQuery: string; nextMs: number; nextResults: number }
export interface SearchLatency {
  queries: QueryTiming[];
  firstMedianMs: number;
  firstMaxMs: number;
  nextMedianMs: number;
  nextMaxMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function measureSearch(siteDir: string, pagePath: string, queries: readonly string[] = QUERIES): Promise<SearchLatency> {
  const server = await serveDirectory(siteDir);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'kohyo-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const timings: QueryTiming[] = [];
    for (let i = 0; i < queries.length; i++) {
      const query = queries[i]!;
      const nextQuery = queries[(i + 1) % queries.length]!;
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await page.goto(`${server.url}/${pagePath.replace(/^\/+/, '')}`, { waitUntil: 'load' });
      const result = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(query)}, ${JSON.stringify(nextQuery)})`)) as InPageResult;
      timings.push({ query, nextQuery, ...result });
      await page.close();
    }
    const first = timings.map((t) => t.firstMs);
    const next = timings.map((t) => t.nextMs);
    return { queries: timings, firstMedianMs: median(first), firstMaxMs: Math.max(...first), nextMedianMs: median(next), nextMaxMs: Math.max(...next) };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
