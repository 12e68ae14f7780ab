/**
 * /search/ must not move its content while the filters appear (Cumulative Layout Shift < 0.01,
 * the bar for "no visible shift"). Layout shifts are read from the browser's own
 * PerformanceObserver('layout-shift') while a search with filters runs, the way Lighthouse
 * measures CLS. The page's script and the Pagefind index are delayed, as on a slow connection,
 * so the page is painted before the script shows the filters and before their options arrive:
 * on a fast local server everything could land in the first frame and hide a shift.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { afterAll, beforeAll } from 'vitest';

const siteDir = inject('siteDir');
const archiveSiteDir = inject('archiveSiteDir');
const DELAY_MS = 400;
const CLS_LIMIT = 0.01;

let server: StaticServer;
let archive: StaticServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  archive = await serveStatic(archiveSiteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await archive?.close();
});

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Opens a page that records every layout shift from the start, with slow script and index. */
async function openRecording(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  // Registered before any of the page's own code runs (buffered: shifts before it count too).
  await page.addInitScript(() => {
    const shifts: { value: number; hadRecentInput: boolean; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node;
          if (!node || !(node instanceof Element)) return node?.nodeName ?? '?';
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`;
        });
        shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const delay = () => new Promise((r) => setTimeout(r, DELAY_MS));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await delay();
    await route.continue();
  });
  await page.route(/\/pagefind\//, async (route) => {
    await delay();
    await route.continue();
  });
  return page;
}

async function shiftsOf(page: Page): Promise<Shift[]> {
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

/** CLS as Lighthouse counts it: shifts not caused by recent input. (Summed over the whole visit, so never less than CLS.) */
const cls = (shifts: Shift[]) => shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);

/** A finished search, with the filter counts that arrive with (or just after) the results. */
async function waitForResultsAndFilters(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-status')?.dataset.state === 'done');
  await page.waitForSelector('#search-filters[data-counts=complete]', { state: 'attached' });
  // Two more frames: a shift caused by the last change is reported after it is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(200);
}

const VIEWPORTS = {
  mobile: { width: 375, height: 667 },
  desktop: { width: 1280, height: 800 },
};
/** The phone size of the archive tests (tests/e2e/search-archive.test.ts). */
const PHONE = { width: 375, height: 812 };

describe('/search/ layout shift (CLS)', () => {
  it.each(Object.entries(VIEWPORTS))('%s: opening a search link with a query and a filter shifts nothing', async (_name, viewport) => {
    const page = await openRecording(viewport);
    try {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('研修')}&type=${encodeURIComponent('運営方針')}`);
      await waitForResultsAndFilters(page);
      expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
      expect(await page.locator('#search-filters input:checked').count()).toBe(1);
      const shifts = await shiftsOf(page);
      expect(cls(shifts), JSON.stringify(shifts)).toBeLessThan(CLS_LIMIT);
    } finally {
      await page.close();
    }
  });

  it.each(Object.entries(VIEWPORTS))('%s: opening /search/ and searching shifts nothing while the filters load', async (_name, viewport) => {
    const page = await openRecording(viewport);
    try {
      await page.goto(`${server.origin}/search/`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(DELAY_MS);
      const before = cls(await shiftsOf(page));
      expect(before, JSON.stringify(await shiftsOf(page))).toBeLessThan(CLS_LIMIT);
      // The reader types a query; results and filter options arrive well after the key presses,
      // so their shifts (if any) are not excused as caused by input.
      await page.fill('#search-q', 'インシデント');
      await page.press('#search-q', 'Enter');
      await waitForResultsAndFilters(page);
      expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
      const shifts = await shiftsOf(page);
      expect(cls(shifts), JSON.stringify(shifts)).toBeLessThan(CLS_LIMIT);
    } finally {
      await page.close();
    }
  });

  it('keeps a filter ticked before the index has loaded (the boxes are in the page from the start)', async () => {
    const page = await openRecording(VIEWPORTS.desktop);
    try {
      await page.goto(`${server.origin}/search/`);
      const box = page.locator('#search-filters input[type=checkbox][value="主要事務事業戦略シート"]');
      await box.check();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-status')?.dataset.state === 'done');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.locator('#search-filters input[type=checkbox][value="主要事務事業戦略シート"]').isChecked()).toBe(true);
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['主要事務事業戦略シート']);
      const urls = await page.$$eval('#search-results > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((u) => u.includes('/shisaku-'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('/search/ layout shift on the synthetic archive (1,000 reports, 25 organisations, 10 years)', () => {
  const link = () => {
    const params = new URLSearchParams({ q: '備蓄', year: '平成30年度（2018年度）', sort: 'newest' });
    return `${archive.origin}/search/?${params}`;
  };

  it.each(Object.entries({ phone: PHONE, desktop: VIEWPORTS.desktop }))('%s: a link with query, year and newest-first sort shifts nothing while results and counts arrive', async (_name, viewport) => {
    const page = await openRecording(viewport);
    try {
      await page.goto(link());
      await waitForResultsAndFilters(page);
      expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
      expect(await page.locator('#search-filters input:checked').count()).toBe(1);
      const shifts = await shiftsOf(page);
      expect(cls(shifts), JSON.stringify(shifts)).toBeLessThan(CLS_LIMIT);
    } finally {
      await page.close();
    }
  });

  it('phone: with the filter panel open, new counts and results after a choice shift nothing', async () => {
    const page = await openRecording(PHONE);
    try {
      await page.goto(link());
      await waitForResultsAndFilters(page);
      await page.click('#search-filters-toggle');
      await page.waitForTimeout(600);
      const before = cls(await shiftsOf(page));
      // A choice by script, long after any input, so every shift it causes counts.
      await page.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('#search-filters input[name=type]:not(:disabled)')!;
        box.checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForFunction(() => new URL(location.href).searchParams.has('type'));
      await waitForResultsAndFilters(page);
      const shifts = await shiftsOf(page);
      expect(cls(shifts) - before, JSON.stringify(shifts)).toBeLessThan(CLS_LIMIT);
    } finally {
      await page.close();
    }
  });
});
