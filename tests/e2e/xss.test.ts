/**
 * Script injection through content is inert. The fixture tests/fixtures/content/xss puts script
 * tags, event attributes, javascript:/data: links (also hidden by case, entities, whitespace),
 * SVG payloads and attribute/title break-outs into titles, labels, units, series names and
 * Markdown fields. Every built page is opened in Chromium WITHOUT a CSP (escaping alone must
 * hold): no payload runs, no dialog opens, no event attribute or dangerous URL reaches the DOM.
 *
 * Then the Content-Security-Policy of public/_headers is served with every page of the real
 * site and of this fixture: no page (including search, which runs Pagefind's WebAssembly)
 * triggers a CSP violation.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { listPages } from '../helpers/pages.ts';
import { addPolicyToResponses, closeRoutedPage } from '../helpers/csp-route.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { assertBuilt, buildDirs, buildFixture } from '../fixtures/support/run.ts';

const { outDir, cacheDir } = buildDirs('xss');
let browser: LaunchedBrowser;
let server: StaticServer;

/** The CSP for every path, as public/_headers declares it. */
function cspFromHeadersFile(): string {
  const text = readFileSync('public/_headers', 'utf8');
  const match = /^\/\*\n(?:[ \t]+.*\n)*?[ \t]+Content-Security-Policy:\s*(.+)$/m.exec(text);
  if (!match) throw new Error('public/_headers has no Content-Security-Policy for /*');
  return match[1]!.trim();
}

/** What a page's DOM would let run, as the browser parsed it. */
async function dangerousThings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) found.push(`window.__pwned = ${String(w.__pwned)}`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data'].includes(attr.name)) {
          if (attr.name === 'srcdoc') found.push(`<${el.localName} srcdoc>`);
          try {
            const url = new URL(attr.value, document.baseURI);
            if (['javascript:', 'vbscript:', 'data:'].includes(url.protocol)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
          } catch {
            // Not a URL at all: harmless.
          }
        }
      }
      if (['iframe', 'object', 'embed'].includes(el.localName)) found.push(`<${el.localName}>`);
    }
    for (const script of Array.from(document.scripts)) {
      if (!script.src || new URL(script.src).origin !== location.origin) found.push(`inline or foreign <script>: ${script.outerHTML.slice(0, 80)}`);
    }
    return found;
  });
}

beforeAll(async () => {
  await rm(path.dirname(outDir), { recursive: true, force: true });
  assertBuilt(await buildFixture('tests/fixtures/content/xss', outDir, cacheDir), 'xss fixture build');
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('payloads in content are inert (no CSP)', () => {
  it('every page renders the payloads as text and runs none of them', async () => {
    const pages = listPages(outDir);
    expect(pages.map((p) => p.url)).toContain('/osaka-ict/2018/keiei-kadai-2/');
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const problems: Record<string, string[]> = {};
    for (const { url } of pages) {
      await page.goto(server.origin + url, { waitUntil: 'load' });
      // Hover and focus everything once, so handlers that need an event would have fired.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          for (const type of ['mouseover', 'focus', 'click']) {
            if (type === 'click' && el.closest('a[href], button, form')) continue;
            el.dispatchEvent(new Event(type, { bubbles: true }));
          }
        }
      });
      const found = await dangerousThings(page);
      if (found.length > 0) problems[url] = found;
    }
    // The payloads reached the page as visible text, so the check above really looked at them.
    await page.goto(`${server.origin}/osaka-ict/2018/keiei-kadai-2/`, { waitUntil: 'load' });
    const text = await page.locator('main').innerText();
    expect(text).toContain("<script>window.__pwned='script'</script>");
    expect(text).toContain("[リンク](javascript:window.__pwned='link')");
    expect(await page.title()).toContain("</title><script>window.__pwned='title'</script>");
    await page.close();
    expect(problems).toEqual({});
    expect(dialogs).toEqual([]);
  });

  it('links that survive are safe, and external ones carry rel="noopener noreferrer"', async () => {
    const html = readFileSync(path.join(outDir, 'osaka-ict/2018/keiei-kadai-2/index.html'), 'utf8');
    expect(html).toContain('<a href="https://www.city.osaka.lg.jp/" rel="noopener noreferrer">外部</a>');
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
  });
});

describe('Content-Security-Policy from public/_headers', () => {
  const csp = cspFromHeadersFile();

  it('allows no inline script', () => {
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
  });

  it.each([
    ['the real site', () => inject('siteDir')],
    ['the preview site', () => inject('previewSiteDir')],
    ['the xss fixture', () => outDir],
  ])('no page of %s triggers a CSP violation', async (_name, dir) => {
    const siteDir = dir();
    const site = await serveStatic(siteDir);
    const page = await browser.context.newPage();
    try {
      await addPolicyToResponses(page, csp);
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const consoleErrors: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) consoleErrors.push(`${page.url()}: ${msg.text()}`);
      });
      const violations: Record<string, string[]> = {};
      const urls = [...listPages(siteDir).map((p) => p.url), '/search/?q=%E6%83%85%E5%A0%B1'];
      for (const url of urls) {
        await page.goto(site.origin + url, { waitUntil: 'networkidle' });
        const found = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
        if (found.length > 0) violations[url] = found;
      }
      expect(violations).toEqual({});
      expect(consoleErrors).toEqual([]);
      // The search page really ran Pagefind (and its WebAssembly) under the policy.
      expect(site.requests.some((r) => r.url.startsWith('/pagefind/') && r.status === 200)).toBe(true);
    } finally {
      await closeRoutedPage(page);
      await site.close();
    }
  }, 180_000);
});
