/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in Chromium on every built page
 * of the public site and of the reviewers' preview site
 * (every page type plus a fixed sample once the site has more than 200 pages), zero violations;
 * and no horizontal scrolling at 320 CSS px (WCAG 1.4.10 Reflow).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../helpers/axe.ts';
import type { LaunchedBrowser } from '../helpers/browser.ts';
import { gateSites } from '../helpers/gate-sites.ts';
import { measureReflow } from '../helpers/reflow.ts';
import { openPage } from '../helpers/navigation.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/** rule id → pages where axe could not decide and a person must check (e.g. text over an SVG chart) */
const needsReview = new Map<string, string[]>();

afterAll(async () => {
  if (needsReview.size > 0) {
    const lines = [...needsReview].map(([rule, urls]) => `  ${rule}: ${urls.join(', ')}`);
    console.info(`axe could not decide these checks; review them by hand:\n${lines.join('\n')}`);
  }
});

describe.each(gateSites())('$name', ({ name, dir, sample: pages }) => {
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let page: Page;

  useSiteSession(dir, (session) => {
    ({ server, browser, page } = session);
  });

  describe('axe-core, WCAG 2.2 AA', () => {
    it('has pages to check', () => {
      expect(pages.map((p) => p.url)).toContain('/');
    });

    it.each(pages.map((p) => p.url))('%s has zero axe violations', async (url) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPage(page, server.origin + url);
      const { violations, incomplete } = await runAxe(page);
      for (const { rule } of incomplete) needsReview.set(rule, [...(needsReview.get(rule) ?? []), `${name} ${url}`]);
      const lines = formatViolations(url, violations);
      expect(lines, `axe violations:\n${lines.join('\n')}`).toEqual([]);
    });
  });

  describe('reflow at 320 CSS px (no horizontal scrolling outside scroll containers)', () => {
    it.each(pages.map((p) => p.url))('%s fits 320px', async (url) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openPage(page, server.origin + url);
      const { scrollWidth, innerWidth, overflowing } = await measureReflow(page);
      expect(
        { scrollWidth: Math.min(scrollWidth, innerWidth), overflowing },
        `${url} scrolls horizontally at ${innerWidth}px (scrollWidth ${scrollWidth}); wider elements: ${overflowing.join(', ')}`,
      ).toEqual({ scrollWidth, overflowing: [] });
    });
  });
});
