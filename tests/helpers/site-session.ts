/**
 * One served site plus one Chromium tab, the set-up every browser test file needs.
 * Usage in a test file:
 *   let session: SiteSession;
 *   beforeAll(async () => { session = await openSiteSession(siteDir); });
 *   afterAll(() => session?.close());
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: LaunchedBrowser;
  page: Page;
  close(): Promise<void>;
}

export async function openSiteSession(siteDir: string): Promise<SiteSession> {
  const server = await serveStatic(siteDir);
  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const page = await browser.context.newPage();
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers beforeAll/afterAll hooks that open a session for the test file and close it after;
 * `onOpen` receives the session so the file can keep its own short names for its parts.
 */
export function useSiteSession(siteDir: string, onOpen: (session: SiteSession) => void | Promise<void>): void {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    session = await openSiteSession(siteDir);
    await onOpen(session);
  });
  afterAll(async () => {
    await session?.close();
  });
}
