/**
 * The gates themselves can fail: each browser check is run against small hand-made pages with a
 * known defect, and against a fixed version of the same page. Also checks the test server.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../helpers/axe.ts';
import { checkSkipLink, tabThrough } from '../helpers/keyboard.ts';
import { listPages, onePerType, pagesToCheck, pageTypeOf, organisationSlugs } from '../helpers/pages.ts';
import { measureReflow } from '../helpers/reflow.ts';
import { contentTypeFor, type StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const siteDir = mkdtempSync(path.join(os.tmpdir(), 'kohyo-gates-'));
const STYLE = `<style>
body{margin:0;font:16px/1.7 sans-serif}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #000}
.skip{position:absolute;top:-10rem}.skip:focus{top:0}
main:focus{outline:none}.no-ring:focus-visible{outline:none}
.table-scroll{overflow-x:auto}
</style>`;
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>試験</title>${STYLE}${head}</head><body>${body}</body></html>`;
const SKIP = '<a class="skip" href="#main">本文へ移動</a>';
const write = (relative: string, html: string): void => {
  const file = path.join(siteDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
};

write('good/index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>良い例</h1><p><a href="/">ホーム</a></p>
<div class="table-scroll" tabindex="0" role="region" aria-label="表"><table><tr><td style="display:block;width:900px">横に長い表</td></tr></table></div>
<label for="q">検索</label><input id="q" type="search"><button>送信</button></main>`));
write('axe/index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>悪い例</h1><img src="/x.png">
<p style="color:#bbb;background:#fff">薄い文字</p></main>`));
write('wide/index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>はみ出す例</h1><div class="wide" style="width:900px">横に長い</div></main>`));
write('noskip/index.html', page(`<main id="main"><h1>スキップリンクなし</h1><p><a href="/">ホーム</a></p></main>`));
write('trap/index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>罠</h1>
<input id="trap" aria-label="罠" onkeydown="if(event.key==='Tab'){event.preventDefault()}"><a href="/">ホーム</a>
<a class="no-ring" href="/">見えないフォーカス</a></main>`));
write('noring/index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>リングなし</h1><a class="no-ring" href="/">見えないフォーカス</a></main>`));
write('index.html', page(`${SKIP}<main id="main" tabindex="-1"><h1>トップ</h1></main>`));
write('x.png', '');
write('pagefind/index.pf_meta', '');

let server: StaticServer;
let tab: Page;
useSiteSession(siteDir, (session) => {
  ({ server, page: tab } = session);
});
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

describe('static test server', () => {
  it('serves directory indexes, content types and 404s on 127.0.0.1, and records requests', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const dir = await fetch(`${server.origin}/good/`);
    expect(dir.status).toBe(200);
    expect(dir.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await dir.text()).toContain('良い例');
    expect((await fetch(`${server.origin}/pagefind/index.pf_meta`)).headers.get('content-type')).toBe('application/octet-stream');
    expect((await fetch(`${server.origin}/missing/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/..%2F..%2Fetc/passwd`)).status).not.toBe(200);
    expect(server.requests.slice(0, 3).map((r) => `${r.status} ${r.url}`)).toEqual([
      '200 /good/',
      '200 /pagefind/index.pf_meta',
      '404 /missing/',
    ]);
  });

  it('names content types for the files a built site has', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('chart.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('wasm.ja.pagefind')).toBe('application/octet-stream');
    expect(contentTypeFor('pagefind.wasm')).toBe('application/wasm');
    expect(contentTypeFor('en_1a2b.pf_fragment')).toBe('application/octet-stream');
  });
});

describe('page listing and sampling', () => {
  it('maps files to URLs and finds page types', () => {
    const urls = listPages(siteDir).map((p) => p.url);
    expect(urls).toEqual(['/', '/axe/', '/good/', '/noring/', '/noskip/', '/trap/', '/wide/']);
    const many = Array.from({ length: 500 }, (_, i) => ({ file: `${i}`, url: `/city-${i % 5}/${2015 + (i % 4)}/keiei-kadai-${i}/` }));
    const site = [{ file: 'i', url: '/' }, { file: 'a', url: '/about/accessibility/' }, ...many];
    const orgs = organisationSlugs(site);
    expect(pageTypeOf('/city-3/2018/keiei-kadai-12/', orgs)).toBe('/:org/:year/keiei-kadai-#/');
    expect(onePerType(site).map((p) => p.url)).toEqual(['/', '/about/accessibility/', '/city-0/2015/keiei-kadai-0/']);
    const sample = pagesToCheck(site);
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect(sample.length).toBeLessThanOrEqual(103);
    expect(sample.map((p) => p.url)).toContain('/about/accessibility/');
    expect(pagesToCheck(site)).toEqual(sample); // the same sample every run
    expect(pagesToCheck(site.slice(0, 150))).toHaveLength(150); // small sites: every page
  });
});

describe('browser checks find real defects', () => {
  it('axe reports a missing alt and low contrast, and nothing on the good page', async () => {
    await tab.goto(`${server.origin}/axe/`);
    const bad = await runAxe(tab);
    expect(bad.violations.map((v) => v.rule).sort()).toEqual(['color-contrast', 'image-alt']);
    expect(bad.violations.find((v) => v.rule === 'image-alt')?.nodes[0]?.target).toBe('img');
    await tab.goto(`${server.origin}/good/`);
    expect((await runAxe(tab)).violations).toEqual([]);
  });

  it('reflow flags content wider than 320px, but not inside a scroll container', async () => {
    await tab.setViewportSize({ width: 320, height: 640 });
    await tab.goto(`${server.origin}/wide/`);
    const wide = await measureReflow(tab);
    expect(wide.scrollWidth).toBeGreaterThan(wide.innerWidth);
    expect(wide.overflowing[0]).toContain('div.wide');
    await tab.goto(`${server.origin}/good/`);
    const good = await measureReflow(tab);
    expect(good).toEqual({ scrollWidth: 320, innerWidth: 320, overflowing: [] });
    await tab.setViewportSize({ width: 1280, height: 800 });
  });

  it('skip link check fails without a skip link and passes with one', async () => {
    await tab.goto(`${server.origin}/noskip/`);
    const missing = await checkSkipLink(tab);
    expect(missing.first.href).toBe('/');
    expect(missing.focusAfterEnter).not.toBe('main');
    await tab.goto(`${server.origin}/good/`);
    const good = await checkSkipLink(tab);
    expect(good.first).toMatchObject({ href: '#main', inViewport: true, hasIndicator: true });
    expect(good.focusAfterEnter).toBe('main');
  });

  it('Tab walk reports a keyboard trap and a missing focus indicator', async () => {
    await tab.goto(`${server.origin}/trap/`);
    const trapped = await tabThrough(tab);
    expect(trapped.unreached).toEqual(['<a> "/"', '<a> "/"']);
    await tab.goto(`${server.origin}/noring/`);
    const noRing = await tabThrough(tab);
    expect(noRing.unreached).toEqual([]);
    expect(noRing.withoutIndicator).toEqual(['<a.no-ring> "/"']);
    await tab.goto(`${server.origin}/good/`);
    const good = await tabThrough(tab);
    expect(good.focusable).toHaveLength(5);
    expect(good).toMatchObject({ unreached: [], withoutIndicator: [] });
  });
});
