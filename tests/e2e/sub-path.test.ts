/**
 * A site published under a path of its own domain (https://example.jp/kohyo/), served on
 * 127.0.0.1 only under /kohyo/ (every other path is 404): every page styled, every request and
 * link resolving, search finding results whose links stay under the path, and the absolute URLs
 * (sitemap, robots.txt, og:url, feeds, citations) carrying the path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { listPages } from '../helpers/pages.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { sitemapPageUrls } from '../helpers/sitemap.ts';

const SITE_URL = 'https://example.jp/kohyo/';
const MOUNT = '/kohyo/';
const SITE_DIR = path.resolve('tests/.output/subpath-site');

function buildSubPathSite(): void {
  if (process.env.KOHYO_TEST_REUSE_SITE === '1' && existsSync(path.join(SITE_DIR, 'index.html'))) return;
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KOHYO_SITE_URL: SITE_URL, KOHYO_OUT_DIR: SITE_DIR, KOHYO_CACHE_DIR: path.resolve('tests/.output/cache-subpath') };
  for (const key of ['KOHYO_PREVIEW', 'KOHYO_RELEASE', 'KOHYO_NOW', 'KOHYO_PRODUCTION_DIR', 'KOHYO_CONTENT_DIR']) delete env[key];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the sub-path build failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
}

let server: StaticServer;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  buildSubPathSite();
  server = await serveStatic(SITE_DIR, { mountPath: MOUNT });
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const read = (file: string) => readFileSync(path.join(SITE_DIR, file), 'utf8');

describe('a site under a sub-path, served only there', () => {
  it('the server really refuses the root (so a root-relative URL would fail)', async () => {
    expect((await fetch(`${server.origin}/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/search/`)).status).toBe(404);
    expect((await fetch(`${server.origin}${MOUNT}`)).status).toBe(200);
  });

  it('every page is styled, and every request and every link of it resolves under the path', async () => {
    const pages = listPages(SITE_DIR).filter((p) => p.url !== '/404.html');
    expect(pages.length).toBeGreaterThan(10);
    const links = new Set<string>();
    const failures: string[] = [];
    for (const builtPage of pages) {
      const url = `${server.origin}${MOUNT}${builtPage.url.slice(1)}`;
      const failed: string[] = [];
      const onResponse = (response: { status(): number; url(): string }) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      };
      page.on('response', onResponse);
      const response = await page.goto(url, { waitUntil: 'load' });
      page.off('response', onResponse);
      expect(response?.status(), url).toBe(200);
      failures.push(...failed.map((f) => `${builtPage.url}: ${f}`));
      // Styled: the site's stylesheet applied (the skip link is moved off-screen by it).
      const styled = await page.evaluate(() => {
        const sheets = [...document.styleSheets].filter((s) => s.cssRules.length > 0).length;
        const skip = document.querySelector('.skip-link');
        return { sheets, skipLeft: skip ? skip.getBoundingClientRect().top : 0 };
      });
      expect(styled.sheets, `${builtPage.url} has no stylesheet`).toBeGreaterThan(0);
      expect(styled.skipLeft, `${builtPage.url}: the skip link is not styled`).toBeLessThan(0);
      for (const href of await page.$$eval('a[href], link[href]', (els) => els.map((e) => (e as HTMLAnchorElement).href))) {
        const target = new URL(href);
        if (target.origin === server.origin) links.add(target.pathname + target.search);
      }
    }
    expect(failures).toEqual([]);
    const outside = [...links].filter((l) => !l.startsWith(MOUNT));
    expect(outside).toEqual([]);
    const broken: string[] = [];
    for (const link of links) {
      const status = (await fetch(`${server.origin}${link}`, { redirect: 'manual' })).status;
      if (status !== 200) broken.push(`${status} ${link}`);
    }
    expect(broken).toEqual([]);
  }, 300_000);

  it('search finds results, and their links stay under the path', async () => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.origin}${MOUNT}search/?q=${encodeURIComponent('情報セキュリティ')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-status')?.dataset.state === 'done');
    const results = await page.$$eval('#search-results > li h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results.length).toBeGreaterThan(0);
    expect(results).toContain(`${MOUNT}osaka-ict/2018/keiei-kadai-2/`);
    for (const result of results) {
      expect(result.startsWith(MOUNT), result).toBe(true);
      expect((await fetch(`${server.origin}${result}`)).status, result).toBe(200);
    }
    // A word only the older shard holds: the merged index and the vocabulary are fetched under the path too.
    await page.goto(`${server.origin}${MOUNT}search/?q=${encodeURIComponent('備蓄')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-status')?.dataset.state === 'done');
    const older = await page.$$eval('#search-results > li h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(older.length).toBeGreaterThan(0);
    expect(older.filter((r) => !r.startsWith(`${MOUNT}chiba-somu/2017/`))).toEqual([]);
    expect(failed).toEqual([]);
  }, 120_000);

  it('the header search box submits to the search page under the path', async () => {
    await page.goto(`${server.origin}${MOUNT}`);
    await page.fill('#header-search-q', '研修');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#header-search-q', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${MOUNT}search/`);
  }, 60_000);
});

describe('absolute URLs carry the path', () => {
  it('sitemap, robots.txt, og:url, feeds and citations', () => {
    expect(read('sitemap.xml')).toContain(`<loc>${SITE_URL}sitemaps/1.xml</loc>`);
    const locs = sitemapPageUrls(SITE_DIR, MOUNT);
    // Every page but the embed pages (made for other sites' frames; the figure page is their canonical).
    expect(locs.length).toBe(listPages(SITE_DIR).filter((p) => p.url.endsWith('/') && !p.url.endsWith('/embed/')).length);
    expect(locs.filter((l) => !l.startsWith(SITE_URL))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
    expect(read('osaka-ict/2018/keiei-kadai-2/index.html')).toContain(`<meta property="og:url" content="${SITE_URL}osaka-ict/2018/keiei-kadai-2/"`);
    const feedLinks = [...read('feed.xml').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(feedLinks.length).toBeGreaterThan(0);
    expect(feedLinks.filter((l) => !l.startsWith(SITE_URL))).toEqual([]);
    const citation = JSON.parse(read('osaka-ict/2018/keiei-kadai-2/figures/incidents/data.json')) as Record<string, unknown>;
    const urls = JSON.stringify(citation).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.filter((u) => u.startsWith('https://example.jp/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.startsWith('https://example.jp/') && !u.startsWith(SITE_URL))).toEqual([]);
  });
});
