/**
 * Privacy gate (public and preview site): reading Kohyo sends nothing to any other host — no fonts, analytics, CDNs or
 * embeds. Each page type (and the search page with a query, which loads Pagefind) is loaded in
 * Chromium with every request intercepted; requests to anywhere but the local test server are
 * blocked and listed. Every request that does reach the server must succeed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../helpers/browser.ts';
import { openPage } from '../helpers/navigation.ts';
import { gateSites } from '../helpers/gate-sites.ts';
import { onePerType } from '../helpers/pages.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

describe.each(gateSites())('$name', ({ dir: siteDir, all: pages }) => {
  const urls = onePerType(pages).map((p) => p.url);
  // The search page only fetches its index and WebAssembly once someone searches.
  if (pages.some((p) => p.url === '/search/')) urls.push(`/search/?q=${encodeURIComponent('情報')}`);

  let server: StaticServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let requested: string[] = [];

  useSiteSession(siteDir, async (session) => {
    ({ server, browser, page } = session);
    await browser.context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') await route.continue();
      else await route.abort('blockedbyclient');
    });
  });

  describe('no requests to other hosts', () => {
    it('has pages to check', () => {
      expect(urls).toContain('/');
    });

    it.each(urls)('%s requests only 127.0.0.1, and every request succeeds', async (url) => {
      requested = [];
      const served = server.requests.length;
      await openPage(page, server.origin + url);
      await page.waitForLoadState('networkidle');
      const elsewhere = requested.filter((r) => {
        const { protocol, hostname } = new URL(r);
        return protocol !== 'data:' && protocol !== 'blob:' && hostname !== '127.0.0.1';
      });
      expect(elsewhere, `${url} requested other hosts:\n${elsewhere.join('\n')}`).toEqual([]);
      expect(requested.length, `no request was intercepted for ${url}`).toBeGreaterThan(0);
      // When a page declares no icon, Chromium asks for /favicon.ico by itself, at a moment of its
      // own choosing; that request is the browser's, not the page's, so it is not held against the page.
      const failed = server.requests
        .slice(served)
        .filter((r) => r.status !== 200 && r.url !== '/favicon.ico')
        .map((r) => `${r.status} ${r.url}`);
      expect(failed, `${url} requested missing files:\n${failed.join('\n')}`).toEqual([]);
    });
  });
});
