/**
 * Printing a report page gives a clean document: Chromium prints it to PDF (page.pdf(), the same
 * path as "Save as PDF") and the PDF's text is read back with unpdf. The printed pages carry the
 * document's name and year and the page's URL, and no header search or navigation; a figure with
 * its table stays on one sheet.
 */
import { getDocumentProxy, extractText } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../helpers/navigation.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/**
 * Text of each printed sheet, with whitespace removed (PDF text runs split Japanese at random) and
 * NFKC-normalised (the PDF's font maps give some kanji as Kangxi radicals: ⼤ for 大, ⽂ for 文).
 */
async function printedSheets(page: Page, url: string): Promise<string[]> {
  await openPage(page, url);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map(squash);
}

function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

describe('printing a report page (real content)', () => {
  let server: StaticServer;
  let page: Page;
  useSiteSession(inject('siteDir'), (session) => {
    ({ server, page } = session);
  });

  it('shows the header search on screen (so its absence on paper is meaningful)', async () => {
    await openPage(page, `${server.origin}/osaka-ict/2018/keiei-kadai-2/`);
    expect(await page.locator('form.header-search').isVisible()).toBe(true);
    expect(await page.locator('.print-header').isVisible()).toBe(false);
  });

  it('prints the document name and year and the page URL, without search or navigation', async () => {
    const sheets = await printedSheets(page, `${server.origin}/osaka-ict/2018/keiei-kadai-2/`);
    const all = sheets.join('');
    expect(sheets.length).toBeGreaterThan(1);
    expect(sheets[0]).toContain(squash('文書: 大阪市 ICT戦略室 運営方針 平成30年度（2018年度）'));
    // The test sites have no configured address: the page's path, never a made-up host.
    expect(sheets[0]).toContain(squash('このページのURL: /osaka-ict/2018/keiei-kadai-2/'));
    expect(all).not.toContain('kohyo.example.jp');
    expect(all).toContain(squash('経営課題2 情報セキュリティ管理体制の実効性確保'));
    // No search form, no site navigation, no breadcrumbs.
    expect(all).not.toContain('サイト内検索');
    expect(all).not.toContain('ホーム');
    expect(all).not.toContain('本文へ移動');
  });

  it('keeps the incident figure (caption, chart summary and table) on one sheet', async () => {
    const sheets = await printedSheets(page, `${server.origin}/osaka-ict/2018/keiei-kadai-2/`);
    const sheetOf = (needle: string) => sheets.findIndex((s) => s.includes(squash(needle)));
    const caption = sheetOf('情報セキュリティインシデント件数（単位：件）');
    expect(caption).toBeGreaterThanOrEqual(0);
    expect(sheetOf('平成27年度の11件から平成30年度は19件')).toBe(caption);
    expect(sheetOf('情報セキュリティインシデント件数の目標（単位：件）')).toBe(caption);
  });
});

describe('printing a report page with other years (multi-year fixture)', () => {
  let server: StaticServer;
  let page: Page;
  useSiteSession(inject('multiYearSiteDir'), (session) => {
    ({ server, page } = session);
  });

  it('leaves the other-years navigation off the paper', async () => {
    await openPage(page, `${server.origin}/test-city/2019/keiei-kadai-3/`);
    expect(await page.locator('nav.other-years').isVisible()).toBe(true);
    const all = (await printedSheets(page, `${server.origin}/test-city/2019/keiei-kadai-3/`)).join('');
    expect(all).toContain(squash('文書: 試験市 情報政策課 運営方針 令和元年度（平成31年度'));
    expect(all).not.toContain('この報告の他の年度');
    expect(all).not.toContain('全年度をまとめて見る');
  });
});
