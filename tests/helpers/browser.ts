/**
 * Launches the system (Debian) Chromium through playwright-core. Browsers are never downloaded:
 * the tests must run offline on a CI machine that has `chromium` from apt.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Flags that keep headless Chromium quiet, offline and deterministic on a shared 2-core machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT = 'apt-get install chromium fonts-noto-cjk';

/** The Chromium executable: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Throws when absent. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. The browser tests need it (they never download a browser). ` +
        `Install it with: ${INSTALL_HINT} (as root: apt-get update && ${INSTALL_HINT}), ` +
        'or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return candidate;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

/** Starts Chromium with a fresh profile in a temporary folder, so no state leaks between runs. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kohyo-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      // Reduced motion keeps focus/scroll checks independent of CSS transitions.
      reducedMotion: 'reduce',
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
