/**
 * The layout gate can fail: each check runs on a tiny hand-made page with its defect, and on a
 * page without it (the same measurements tests/e2e/layout.test.ts takes on the built sites).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import {
  chartOverlapFindings,
  DESKTOP,
  firstScreenFindings,
  narrowTextFindings,
  PHONE,
  printRowFindings,
  printSheets,
  sheetFindings,
  sidewaysFindings,
} from '../helpers/layout.ts';
import { openPage } from '../helpers/navigation.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

const siteDir = mkdtempSync(path.join(os.tmpdir(), 'kohyo-layout-gate-'));
const STYLE = `<style>
body{margin:0;padding:0 16px;font:16px/1.7 sans-serif}
table{border-collapse:collapse}td,th{border:1px solid #000;padding:4px}
tr{break-inside:avoid}
.print-only{display:none}@media print{.print-only{display:block}}
</style>`;
const html = (body: string, style = STYLE): string =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>試験</title>${style}</head><body><main>${body}</main></body></html>`;
const write = (name: string, body: string, style?: string): void => {
  mkdirSync(path.join(siteDir, name), { recursive: true });
  writeFileSync(path.join(siteDir, name, 'index.html'), html(body, style));
};
const HEADER = (url: string) => `<div class="print-only"><p>文書: 試験市 運営方針 平成30年度（2018年度）</p><p>このページのURL: https://kohyo.example.jp${url}</p></div>`;

write('good', `<style>@media screen{.wide{width:900px}}</style>${HEADER('/good/')}<h1>良い例</h1><p>本文です。</p>
<section tabindex="0" aria-label="表" style="overflow-x:auto"><table class="wide"><tr><th>項目</th><td>委託料687百万円</td></tr></table></section>
<svg viewBox="0 0 200 100" width="200"><text x="10" y="20">30</text><text x="10" y="60">15</text><circle cx="150" cy="50" r="4"/><path d="M100 80l4 4-4 4-4-4z" fill="#fff" stroke="#000"/><rect x="40" y="70" width="20" height="30"/><rect x="70" y="50" width="20" height="50"/><text x="80" y="45">50</text></svg>`);
write('sideways', `<h1>はみ出す例</h1><div style="width:900px">横に長い</div>
<div style="overflow-x:auto"><table style="width:900px"><tr><td>名前もキーボード操作もない横スクロール</td></tr></table></div>`);
write('narrow', `<h1>細い列</h1><table><tr><th style="width:1px">めざす成果及び戦略1-1</th><td style="width:100%">本文</td></tr>
<tr><td style="width:3em">委託料687百万円</td><td>2019-05-20</td></tr></table><p>公開中</p>
<table><tr><td style="width:6.6em;padding:0">委託料 96百万円</td><td style="width:6em;padding:0">更新日2019-05-20</td></tr></table>
<p style="width:6.6em">本文の 96百万円</p><ul><li><a href="/">見出し</a>: 0件</li></ul>`);
write('overlap', `<h1>重なる例</h1><svg viewBox="0 0 200 100" width="200"><title>試験の図</title>
<text x="10" y="20">単位：件</text><text x="12" y="24">30</text>
<circle cx="60" cy="55" r="4"/><text x="55" y="60">15</text>
<path d="M10 80l4 4-4 4-4-4zM100 80l4 4-4 4-4-4z" fill="#fff" stroke="#000"/><text x="96" y="88">18件</text>
<rect x="140" y="40" width="20" height="60"/><rect x="170" y="70" width="20" height="30"/><text x="142" y="45">80.5</text>
<path d="M0 50H200" stroke="#000" fill="none"/></svg>`);
write('fold', `<div style="height:1000px">プレビューの帯</div><h1>下に押し出された見出し</h1><p>本文</p>`);
write('print', `<h1>印刷の悪い例</h1><div style="break-after:page">表題だけの1枚目</div>
<table><tr style="break-inside:auto"><td>分割されうる行</td></tr><tr><td style="height:1200px">1枚に収まらない行</td></tr></table>
<div style="width:1000px">用紙より広い表</div>`,
  STYLE.replace('tr{break-inside:avoid}', ''));

let server: StaticServer;
let browser: LaunchedBrowser;
let tab: Page;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  tab = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(siteDir, { recursive: true, force: true });
});

async function at(size: { width: number; height: number }, name: string): Promise<void> {
  await tab.setViewportSize(size);
  await openPage(tab, `${server.origin}/${name}/`);
}

describe('layout gate checks find their defects', () => {
  it('passes a page without defects, at both sizes and printed', async () => {
    await at(PHONE, 'good');
    expect(await sidewaysFindings(tab)).toEqual([]);
    expect(await narrowTextFindings(tab)).toEqual([]);
    expect(await chartOverlapFindings(tab)).toEqual([]);
    expect(await firstScreenFindings(tab)).toEqual([]);
    await at(DESKTOP, 'good');
    expect(await narrowTextFindings(tab)).toEqual([]);
    expect(await printRowFindings(tab)).toEqual([]);
    const goodSheets = await printSheets(tab);
    expect(sheetFindings(goodSheets, '/good/')).toEqual([]);
  });

  it('finds sideways scroll, and a scrolling region without a name or keyboard access', async () => {
    await at(PHONE, 'sideways');
    const findings = await sidewaysFindings(tab);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatch(/^page scrolls sideways: \d+px in 375px/);
    expect(findings[1]).toMatch(/^scrolling region without keyboard access: div/);
  });

  it('finds text at three characters a line or fewer (not text of three characters or fewer, nor words at the end of a line), and a figure or date broken in a table cell (not in running text)', async () => {
    await at(PHONE, 'narrow');
    const findings = await narrowTextFindings(tab);
    expect(findings.map((f) => f.replace(/ (in|broken) .*/, ''))).toEqual([
      '「めざす成果及び戦略1-1」',
      '「687百万円」',
      '「委託料687百万円」',
      '「96百万円」',
      '「2019-05-20」',
    ]);
    expect(findings[0]).toMatch(/in \d+ lines of 1(\.\d)? em \(th\)/);
    expect(findings[3]).toBe('「96百万円」 broken across lines (in 「委託料 96百万円」)');
  });

  it('finds chart text over text, over a circle, over one diamond of a path, and over a bar end — not over a line', async () => {
    await at(DESKTOP, 'overlap');
    const findings = await chartOverlapFindings(tab);
    expect(findings).toEqual([
      'chart 「試験の図」: 「単位：件」 overlaps 「30」',
      'chart 「試験の図」: 「15」 overlaps a circle marker',
      'chart 「試験の図」: 「18件」 overlaps a marker',
      'chart 「試験の図」: 「80.5」 overlaps a bar end',
    ]);
  });

  it('finds an h1 and own content below the first phone screen', async () => {
    await at(PHONE, 'fold');
    const findings = await firstScreenFindings(tab);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatch(/^h1 ends at y = \d+ \(fold at 812\)/);
    expect(findings[1]).toMatch(/^own content \(p\) starts at y = \d+/);
  });

  it('finds a near-empty printed sheet, content wider than the sheet, a row that may split or cannot fit, and a missing print header', async () => {
    await at(DESKTOP, 'print');
    expect(await printRowFindings(tab)).toEqual([
      expect.stringMatching(/^printed content wider than the sheet \(\d+px in \d+px\): div 「用紙より広い表」$/),
      'printed table row may split across sheets: 「分割されうる行」',
      'printed table row may split across sheets: 「1枚に収まらない行」',
      expect.stringMatching(/^printed table row taller than a sheet \(\d+px\): 「1枚に収まらない行」$/),
    ]);
    const sheets = await printSheets(tab);
    expect(sheets.inkDepth.length).toBeGreaterThanOrEqual(2);
    expect(sheetFindings(sheets, '/print/')).toEqual([
      expect.stringMatching(/^printed sheet 1 of \d+ is near-empty/),
      'printed first sheet lacks the document name and year (文書: …年度)',
      'printed first sheet lacks the page URL (このページのURL: …/print/)',
    ]);
  });
});
