/**
 * One pass of the layout gate over a list of pages of one served site: each page at phone size
 * (375 × 812), at desktop size (1280 × 900) and, where asked, printed to A4. Returns every finding
 * as 「<url> [<where>] <what>」, so the test can compare the whole list with [] and a failure names
 * each page and defect.
 */
import type { Page } from 'playwright-core';
import { openPage } from './navigation.ts';
import type { BuiltPage } from './pages.ts';
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
} from './layout.ts';

export interface LayoutPassOptions {
  /** Print these pages to A4 too (the print check costs most per page) */
  print: (page: BuiltPage) => boolean;
  /** Pages that must carry the print header (document name, year and URL) */
  needsPrintHeader: (page: BuiltPage) => boolean;
}

export async function layoutPass(tab: Page, origin: string, pages: readonly BuiltPage[], options: LayoutPassOptions): Promise<string[]> {
  const findings: string[] = [];
  const note = (url: string, where: string, list: string[]) => findings.push(...list.map((f) => `${url} [${where}] ${f}`));
  for (const built of pages) {
    await tab.setViewportSize(PHONE);
    await openPage(tab, origin + built.url);
    note(built.url, '375', await sidewaysFindings(tab));
    note(built.url, '375', await firstScreenFindings(tab));
    note(built.url, '375', await narrowTextFindings(tab));
    note(built.url, '375', await chartOverlapFindings(tab));
    await tab.setViewportSize(DESKTOP);
    note(built.url, '1280', await narrowTextFindings(tab));
    note(built.url, '1280', await chartOverlapFindings(tab));
    if (options.print(built)) {
      note(built.url, 'print', await printRowFindings(tab));
      note(built.url, 'print', sheetFindings(await printSheets(tab), options.needsPrintHeader(built) ? built.url : undefined));
    }
  }
  return findings;
}

/**
 * Report (/org/2018/x/), figure (…/figures/x/), continuing (/org/x/) and continuing older-years
 * (/org/x/2014-2018/) pages: they print a header.
 */
export function isDocumentPage(url: string, orgSlugs: ReadonlySet<string>): boolean {
  const segments = url.split('/').filter(Boolean);
  if (!url.endsWith('/') || !orgSlugs.has(segments[0] ?? '')) return false;
  if (segments.length === 3 && /^\d{4}$/.test(segments[1]!)) return true;
  if (segments.length === 3 && /^\d{4}-\d{4}$/.test(segments[2]!)) return true;
  if (segments.length === 5 && segments[3] === 'figures') return true;
  return segments.length === 2 && !/^\d{4}$/.test(segments[1]!);
}
