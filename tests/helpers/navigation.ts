import type { Page } from 'playwright-core';

/**
 * Opens a page and waits until it is ready to check: loaded, and (for the few pages that run
 * scripts, like search) until the network is quiet so script-rendered content is present.
 * Fails when the server answers with anything but 200.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status();
  if (status !== 200) throw new Error(`${url} answered HTTP ${status ?? 'no response'}`);
  const hasScripts = await page.evaluate(() => document.querySelector('script') !== null);
  if (hasScripts) await page.waitForLoadState('networkidle');
}
