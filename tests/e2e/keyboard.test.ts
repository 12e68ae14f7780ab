/**
 * Keyboard gate on one page of every page type, on the public and the preview site: the first Tab lands on a visible skip link that
 * moves focus to <main id="main">; every link and control is reachable by Tab and shows a visible
 * focus indicator.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../helpers/browser.ts';
import { checkSkipLink, tabThrough } from '../helpers/keyboard.ts';
import { openPage } from '../helpers/navigation.ts';
import { gateSites } from '../helpers/gate-sites.ts';
import { onePerType } from '../helpers/pages.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

describe.each(gateSites())('$name', ({ dir, all }) => {
  const pageTypes = onePerType(all).map((p) => p.url);

  let server: StaticServer;
  let browser: LaunchedBrowser;
  let page: Page;

  useSiteSession(dir, (session) => {
    ({ server, browser, page } = session);
  });

  describe('keyboard access', () => {
    it('has page types to check', () => {
      expect(pageTypes).toContain('/');
    });

    it.each(pageTypes)('%s: first Tab focuses the visible skip link, which moves focus to main', async (url) => {
      await openPage(page, server.origin + url);
      const { first, focusAfterEnter } = await checkSkipLink(page);
      expect(first.href, `first Tab stop on ${url} is ${first.description}, not the skip link`).toBe('#main');
      expect(first.inViewport, `skip link on ${url} is focused but not inside the viewport`).toBe(true);
      expect(first.hasIndicator, `skip link on ${url} shows no focus indicator`).toBe(true);
      expect(focusAfterEnter, `after activating the skip link on ${url}, focus is not on <main id="main">`).toBe('main');
    });

    it.each(pageTypes)('%s: every link and control is reachable by Tab with a visible focus indicator', async (url) => {
      await openPage(page, server.origin + url);
      const result = await tabThrough(page);
      expect(result.focusable.length, `${url} has no focusable elements at all`).toBeGreaterThan(0);
      expect(result.unreached, `not reachable by Tab on ${url}:\n${result.unreached.join('\n')}`).toEqual([]);
      expect(result.withoutIndicator, `no visible focus indicator on ${url}:\n${result.withoutIndicator.join('\n')}`).toEqual([]);
    });
  });
});
