/**
 * Zero broken links: every internal href/src/srcset/action in the built sites (public and preview) resolves to a file,
 * every #fragment to an id in its target page, and no asset comes from another host.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { checkSiteLinks, srcsetUrls, type LinkProblem } from '../helpers/links.ts';
import { gateSites } from '../helpers/gate-sites.ts';

const format = (p: LinkProblem): string => `${p.page}:${p.line}:${p.column} <${p.element} ${p.attribute}="${p.value}"> — ${p.reason}`;

describe('link checker (on a small hand-made site)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kohyo-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (relative: string, body: string): void => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), body);
  };
  write('style.css', 'body{}');
  write('a.png', '');
  write(
    'index.html',
    `<!doctype html><html lang="ja"><head><title>t</title><link rel="stylesheet" href="/style.css">
<link rel="canonical" href="https://kohyo.example.jp/"></head><body>
<a href="/report/">ok dir</a><a href="/report/#sec-1">ok fragment</a><a href="#top">ok own id</a><p id="top">x</p>
<a href="/report/?q=1">ok query</a><a href="https://www.city.osaka.lg.jp/">ok citation</a><a href="mailto:a@example.jp">ok mail</a>
<img src="a.png" srcset="/a.png 1x, /a.png 2x" alt="">
<a href="/missing/">broken dir</a><a href="/report/#nope">broken fragment</a><a href="/report">broken: the site uses trailing slashes</a>
<img src="https://cdn.example.com/x.png" alt=""><link rel="stylesheet" href="https://cdn.example.com/x.css">
<img src="/a.png" srcset="/b.png 2x" alt=""><a href="https://kohyo.example.jp/gone/">own origin, missing</a>
</body></html>`,
  );
  write('report/index.html', '<!doctype html><html lang="ja"><head><title>r</title></head><body><h2 id="sec-1">s</h2></body></html>');

  it('reports each broken reference with page, line and reason, and nothing else', async () => {
    const problems = await checkSiteLinks(dir, { siteOrigin: 'https://kohyo.example.jp' });
    expect(problems.map((p) => `${p.page} ${p.attribute}=${p.value} ${p.reason}`).sort()).toEqual([
      '/ href=/missing/ no file for /missing/',
      '/ href=/report/#nope no element with id="nope" in /report/',
      '/ href=/report no file for /report',
      '/ src=https://cdn.example.com/x.png external src on <img>: assets must be served from the site itself',
      '/ href=https://cdn.example.com/x.css external href on <link>: assets must be served from the site itself',
      '/ srcset=/b.png no file for /b.png',
      '/ href=https://kohyo.example.jp/gone/ no file for /gone/',
    ].sort());
    expect(problems.every((p) => p.line > 1)).toBe(true);
  });

  it('splits srcset candidates', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a.png')).toEqual(['/a.png']);
  });
});

describe.each(gateSites())('links in the built site ($name)', ({ dir: siteDir, all }) => {
  it('has pages to check', () => {
    expect(all.map((p) => p.url)).toContain('/');
  });

  it('has zero broken internal links, fragments or external assets', async () => {
    const problems = await checkSiteLinks(siteDir, { siteOrigin: astroConfig.site });
    expect(problems.map(format), `Broken links:\n${problems.map(format).join('\n')}`).toEqual([]);
  });
});
