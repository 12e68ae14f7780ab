/**
 * The search page as a reader meets it, timed from outside the page (issue 24): the clock is this
 * process's, not the page's marks. For each viewport (desktop 1280 × 800, phone 375 × 812) and
 * connection (this machine's loopback, and an emulated slow one: 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up, Chromium's Network.emulateNetworkConditions), and for each query of the set,
 * in a new page with an empty HTTP cache that first opens a report page (its CSS is then cached, as
 * for a reader coming from a report):
 *
 * - first: from just before the navigation to /search/?q=<query> to the first result link in
 *   `#search-results`; then until the page says the search is complete (`data-state=done`, the
 *   count announced): the complete count may follow the first results.
 * - next: the following query of the set is filled into the box (an input event, which starts the
 *   page's preload of its words) and Enter is pressed; from the key press to the first result link
 *   of the new list (an item the list did not hold before).
 * - requests and bytes (encoded, as transferred, headers included) from the navigation or the key
 *   press to the first result link, counted from Chromium's network events (a request still in
 *   flight then counts, its bytes do not).
 *
 * Run alone on a built site: `tsx scripts/bench/search-outside.ts SITE_DIR [REPORT_PATH] [--only phone-slow]`.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { QUERIES } from './search-latency.ts';
import { serveDirectory } from './static-server.ts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT_MS = 120_000;

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } } as const;
/** The slow connection: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes per second for CDP). */
export const SLOW = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } as const;
export type Connection = 'fast' | 'slow';

export interface OutsideQuery {
  query: string;
  firstMs: number;
  /** Until the page says the search is complete (count announced) */
  firstCompleteMs: number;
  firstRequests: number;
  firstBytes: number;
  nextQuery: string;
  nextMs: number;
  nextCompleteMs: number;
  nextRequests: number;
  nextBytes: number;
  /** The count the page announced for the first query */
  firstResults: number | null;
}

export interface OutsideRun {
  viewport: keyof typeof VIEWPORTS;
  connection: Connection;
  queries: OutsideQuery[];
  firstMedianMs: number;
  firstMaxMs: number;
  firstCompleteMedianMs: number;
  nextMedianMs: number;
  nextMaxMs: number;
  nextCompleteMedianMs: number;
  firstRequestsMax: number;
  firstBytesMax: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Counts requests and transferred bytes between `reset()` and `read()`. */
function networkCounter(cdp: CDPSession): { reset(): void; read(): { requests: number; bytes: number } } {
  let counting = new Set<string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; redirectResponse?: unknown }) => {
    if (!e.redirectResponse) counting.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (counting.has(e.requestId)) bytes += e.encodedDataLength;
  });
  return {
    reset() {
      counting = new Set();
      bytes = 0;
    },
    read: () => ({ requests: counting.size, bytes }),
  };
}

const FIRST_LINK = '#search-results > li:not([data-bench-old]) a';

/**
 * Waits for the first result link, checked on every animation frame. Not with waitForSelector: it
 * polls at growing intervals (up to 500 ms between checks), which added up to half a second to a
 * link that was on screen.
 */
async function waitFirstLink(page: Page): Promise<void> {
  await page.waitForFunction(`document.querySelector(${JSON.stringify(FIRST_LINK)}) !== null`, undefined, { polling: 'raf', timeout: WAIT_MS });
}

/** Waits until the page says a search is complete after `before` completed searches; returns its announcement. */
async function waitComplete(page: Page, before: number): Promise<string> {
  const handle = await page.waitForFunction(
    `(() => { const s = document.querySelector('#search-status'); if (!s) return false; if (s.dataset.state === 'error') return { error: s.textContent }; return s.dataset.state === 'done' && Number(s.dataset.searches || 0) > ${before} ? { text: s.textContent } : false; })()`,
    undefined,
    { polling: 'raf', timeout: WAIT_MS },
  );
  const value = (await handle.jsonValue()) as { text?: string; error?: string };
  if (value.error !== undefined) throw new Error(`the search page reported an error: ${value.error}`);
  return value.text ?? '';
}

function announcedCount(status: string): number | null {
  const match = /([\d,]+)件/.exec(status);
  if (match) return Number(match[1]!.replace(/,/g, ''));
  return status.includes('見つかりませんでした') ? 0 : null;
}

async function measureQuery(context: BrowserContext, siteUrl: string, reportPath: string, query: string, nextQuery: string, viewport: keyof typeof VIEWPORTS, connection: Connection): Promise<OutsideQuery> {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  try {
    await page.setViewportSize(VIEWPORTS[viewport]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    if (connection === 'slow') await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    const network = networkCounter(cdp);
    await page.goto(`${siteUrl}/${reportPath.replace(/^\/+/, '')}`, { waitUntil: 'load' });

    network.reset();
    const navigated = performance.now();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await waitFirstLink(page);
    const firstMs = performance.now() - navigated;
    const first = network.read();
    const status = await waitComplete(page, 0);
    const firstCompleteMs = performance.now() - navigated;

    // Mark what the list holds now, so the next query's first link is one it did not hold.
    await page.evaluate(`document.querySelectorAll('#search-results > li').forEach((li) => li.setAttribute('data-bench-old', ''))`);
    const box = page.locator('#search-q');
    await box.fill(nextQuery);
    network.reset();
    const pressed = performance.now();
    await box.press('Enter');
    await waitFirstLink(page);
    const nextMs = performance.now() - pressed;
    const next = network.read();
    await waitComplete(page, 1);
    const nextCompleteMs = performance.now() - pressed;
    return { query, firstMs, firstCompleteMs, firstRequests: first.requests, firstBytes: first.bytes, nextQuery, nextMs, nextCompleteMs, nextRequests: next.requests, nextBytes: next.bytes, firstResults: announcedCount(status) };
  } finally {
    await page.close();
  }
}

/** Every viewport × connection over the queries (see the file comment). */
export async function measureFromOutside(siteDir: string, reportPath: string, queries: readonly string[] = QUERIES, only?: string): Promise<OutsideRun[]> {
  const server = await serveDirectory(siteDir);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'kohyo-bench-outside-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const runs: OutsideRun[] = [];
    for (const viewport of ['desktop', 'phone'] as const) {
      for (const connection of ['fast', 'slow'] as const) {
        if (only && only !== `${viewport}-${connection}`) continue;
        const measured: OutsideQuery[] = [];
        for (let i = 0; i < queries.length; i++) measured.push(await measureQuery(context, server.url, reportPath, queries[i]!, queries[(i + 1) % queries.length]!, viewport, connection));
        const of = (get: (q: OutsideQuery) => number) => measured.map(get);
        runs.push({
          viewport,
          connection,
          queries: measured,
          firstMedianMs: median(of((q) => q.firstMs)),
          firstMaxMs: Math.max(...of((q) => q.firstMs)),
          firstCompleteMedianMs: median(of((q) => q.firstCompleteMs)),
          nextMedianMs: median(of((q) => q.nextMs)),
          nextMaxMs: Math.max(...of((q) => q.nextMs)),
          nextCompleteMedianMs: median(of((q) => q.nextCompleteMs)),
          firstRequestsMax: Math.max(...of((q) => q.firstRequests)),
          firstBytesMax: Math.max(...of((q) => q.firstBytes)),
        });
        console.log(`  search from outside, ${viewport} ${connection}: ${outsideRow(runs.at(-1)!)}`);
      }
    }
    return runs;
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const kb = (v: number) => `${Math.round(v / 1000)} kB`;

function outsideRow(run: OutsideRun): string {
  return `first ${ms(run.firstMedianMs)} (max ${ms(run.firstMaxMs)}), complete ${ms(run.firstCompleteMedianMs)}; next ${ms(run.nextMedianMs)} (max ${ms(run.nextMaxMs)}), complete ${ms(run.nextCompleteMedianMs)}; before the first results at most ${run.firstRequestsMax} requests, ${kb(run.firstBytesMax)}`;
}

/** The Markdown table of one site's runs. */
export function outsideTable(runs: readonly OutsideRun[]): string {
  const lines = [
    '| Viewport, connection | First results, median (max) | First query complete, median | Next results after Enter, median (max) | Next complete, median | Before the first results: requests / bytes (max over queries) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    lines.push(`| ${r.viewport}, ${r.connection} | ${ms(r.firstMedianMs)} (${ms(r.firstMaxMs)}) | ${ms(r.firstCompleteMedianMs)} | ${ms(r.nextMedianMs)} (${ms(r.nextMaxMs)}) | ${ms(r.nextCompleteMedianMs)} | ${r.firstRequestsMax} / ${kb(r.firstBytesMax)} |`);
  }
  const perQuery = runs.map((r) => `${r.viewport} ${r.connection}: ${r.queries.map((q) => `${q.query} ${ms(q.firstMs)} (${q.firstRequests} req, ${kb(q.firstBytes)}; ${q.firstResults ?? '?'} results) → ${q.nextQuery} ${ms(q.nextMs)}`).join(', ')}`);
  return [...lines, '', 'Per query (first results; requests and bytes before them; announced count → next query after Enter):', '', ...perQuery.map((l) => `- ${l}`)].join('\n');
}

/** The first report page of a built site (/<org>/<year>/<report>/), to start each page from. */
async function firstReportPath(siteDir: string): Promise<string> {
  for (const org of (await readdir(siteDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const years = (await readdir(path.join(siteDir, org)).catch(() => [] as string[])).filter((y) => /^\d{4}$/.test(y)).sort();
    for (const year of years) {
      const reports = (await readdir(path.join(siteDir, org, year), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      if (reports[0]) return `${org}/${year}/${reports[0]}/`;
    }
  }
  throw new Error(`no report page under ${siteDir}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
  const [siteDir, reportPath] = args;
  if (!siteDir) {
    console.error('使い方 / usage: tsx scripts/bench/search-outside.ts SITE_DIR [REPORT_PATH] [--only desktop-fast|desktop-slow|phone-fast|phone-slow]');
    process.exitCode = 2;
  } else {
    const runs = await measureFromOutside(path.resolve(siteDir), reportPath ?? (await firstReportPath(path.resolve(siteDir))), QUERIES, only);
    console.log(`\n${outsideTable(runs)}`);
  }
}
