/**
 * Serves every response to a page with a Content-Security-Policy header added, as a host
 * configured from public/_headers would.
 */
import type { Page } from 'playwright-core';

export async function addPolicyToResponses(page: Page, csp: string, pattern = '**/*'): Promise<void> {
  await page.route(pattern, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    } catch {
      // The page (or its worker) was closed while a request was still in flight: nothing to serve.
      await route.abort().catch(() => undefined);
    }
  });
}

/** Closes a page without letting in-flight routed requests surface as unhandled errors. */
export async function closeRoutedPage(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
}
