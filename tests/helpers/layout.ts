/**
 * The layout gate's measurements, taken in the browser on a page as a reader sees it:
 * - sideways scroll at phone width, and wide content scrolling in a region that is not labelled
 *   or cannot be reached by keyboard;
 * - text laid out so narrow that fewer than four full-width characters fit on a line (each text
 *   node's line boxes, from Range.getClientRects), and a figure with its unit or a date broken
 *   across lines;
 * - chart text over other chart text or over a data mark (a circle, a filled marker such as a
 *   diamond, the end of a bar);
 * - the h1 and the start of the page's own content below the first phone screen;
 * - in print: a table row allowed to break across sheets, a row too tall for one sheet, and the
 *   document's name and URL missing at the top of a report, continuing or figure page.
 * Each finding is a short string naming the element and what is wrong, so a failing gate says
 * where to look.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

export const PHONE = { width: 375, height: 812 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/** A line narrower than this many em holds three full-width characters or fewer. */
export const NARROW_LINE_EM = 4;

/** Sideways scroll of the page, and scroll regions a keyboard or screen-reader user cannot use. */
export async function sidewaysFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const findings: string[] = [];
    const describe = (el: Element): string => {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) {
      // The first (outermost) element sticking out names the culprit.
      const widest = [...document.body.querySelectorAll('*')].find((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
      findings.push(`page scrolls sideways: ${root.scrollWidth}px in ${window.innerWidth}px${widest ? ` (${describe(widest)})` : ''}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const focusable = (el as HTMLElement).tabIndex >= 0;
      const labelled = Boolean(el.getAttribute('aria-labelledby') || el.getAttribute('aria-label'));
      if (!focusable || !labelled) findings.push(`scrolling region without ${focusable ? 'a name' : 'keyboard access'}: ${describe(el)}`);
    }
    return findings;
  });
}

/**
 * Text nodes (longer than three characters, wrapped onto two lines or more) laid out in a box
 * narrower than NARROW_LINE_EM em: text squeezed into a column so narrow it reads three characters
 * a line or fewer, or one glyph a line. Also a figure with its unit, or a date, broken across
 * lines in a table cell.
 */
export async function narrowTextFindings(page: Page, narrowLineEm = NARROW_LINE_EM): Promise<string[]> {
  return page.evaluate((limitEm) => {
    const findings: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const tokenPattern = /\d{4}-\d{2}-\d{2}|\d[\d,]*(?:\.\d+)?(?:百万円|千円|万円|円|件|人|食|本|枚|基|か所|台|回|%|％)/g;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if ([...text].length <= 3) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('svg, script, style, template, noscript')) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length < 2) continue;
      // Group the fragments into lines by their vertical position.
      const lines: { top: number; left: number; right: number }[] = [];
      for (const rect of rects) {
        const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
        if (line) {
          line.left = Math.min(line.left, rect.left);
          line.right = Math.max(line.right, rect.right);
        } else lines.push({ top: rect.top, left: rect.left, right: rect.right });
      }
      if (lines.length < 2) continue;
      // Visually hidden text (clipped to a pixel, for screen readers) is not laid out for reading.
      let hidden = false;
      for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
        if (el.getBoundingClientRect().width <= 2) hidden = true;
      }
      if (hidden) continue;
      // A figure with its unit (687百万円, 1,200食, 93.0%) or a date (2019-05-20) in a table cell's
      // label or value is read as one word (running text — a paragraph, even in a cell — wraps as it likes).
      if (parent.closest('td, th') && !parent.closest('p') && [...text].length <= 40) {
        for (const match of (node.textContent ?? '').matchAll(tokenPattern)) {
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
          if (tops.size > 1) findings.push(`「${match[0]}」 broken across lines (in 「${text.slice(0, 24)}」)`);
        }
      }
      // The width the text is laid out in: its containing block's content box (a block, a table
      // cell, a flex item), so a few words that merely start at the end of a line are not counted.
      let box: Element = parent;
      while (box.parentElement && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = box.parentElement;
      const style = getComputedStyle(box);
      const width = box.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      const fontSize = parseFloat(getComputedStyle(parent).fontSize) || 16;
      if (width < limitEm * fontSize - 0.5) {
        const where = parent.closest('td, th, li, p, dd, dt, h1, h2, h3, h4, figcaption, caption, summary') ?? parent;
        const classes = [...where.classList].map((c) => `.${c}`).join('');
        findings.push(`「${text.slice(0, 24)}」 in ${lines.length} lines of ${Math.round((width / fontSize) * 10) / 10} em (${where.tagName.toLowerCase()}${classes})`);
      }
    }
    return findings;
  }, narrowLineEm);
}

/**
 * In every inline SVG chart: text boxes that overlap another text box, a circle, a filled marker
 * (each subpath of a filled <path>, e.g. one diamond of several) or the end of a bar (<rect>).
 * Boxes are taken on screen and shrunk by a pixel, so text that only touches is not a finding.
 */
export async function chartOverlapFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number; name: string };
    const inset = (r: DOMRect, name: string, by = 1): Box => ({ left: r.left + by, top: r.top + by, right: r.right - by, bottom: r.bottom - by, name });
    const overlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const findings: string[] = [];
    const ns = 'http://www.w3.org/2000/svg';
    for (const svg of document.querySelectorAll('main svg')) {
      const chartName = (svg.querySelector('title')?.textContent ?? '').slice(0, 30);
      const visible = (el: Element) => !el.closest('defs, pattern, marker, clipPath, mask, symbol');
      // A text's box is its glyph cells (font ascent to descent, about 1.45 em for Japanese fonts);
      // its ink is about the em square, so boxes are cut to 0.9 em high around their middle.
      const texts = [...svg.querySelectorAll('text')].filter(visible).map((t) => {
        const rect = t.getBoundingClientRect();
        const scale = rect.height / (t.getBBox().height || 1);
        const half = (parseFloat(getComputedStyle(t).fontSize) * scale * 0.9) / 2;
        const middle = rect.top + rect.height / 2;
        return inset(new DOMRect(rect.left, middle - half, rect.width, half * 2), `「${(t.textContent ?? '').trim()}」`, 0.5);
      });
      const marks: Box[] = [];
      for (const circle of svg.querySelectorAll('circle')) if (visible(circle)) marks.push(inset(circle.getBoundingClientRect(), 'a circle marker', 0));
      // A filled path's subpaths are markers (diamonds, squares): measure each one on its own.
      for (const path of svg.querySelectorAll('path')) {
        if (!visible(path) || getComputedStyle(path).fill === 'none') continue;
        const subpaths = (path.getAttribute('d') ?? '').match(/[Mm][^Mm]*/g) ?? [];
        for (const d of subpaths) {
          const probe = document.createElementNS(ns, 'path');
          probe.setAttribute('d', d);
          probe.setAttribute('transform', path.getAttribute('transform') ?? '');
          path.parentNode!.insertBefore(probe, path);
          marks.push(inset(probe.getBoundingClientRect(), 'a marker', 0));
          probe.remove();
        }
      }
      // Bars share their baseline; the other end (the value) is the mark a label must not cover.
      const bars = [...svg.querySelectorAll('rect')].filter(visible).map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      if (bars.length > 0) {
        const same = (values: number[]) => values.every((v) => Math.abs(v - values[0]!) < 1);
        const end = (r: DOMRect): DOMRect | null => {
          if (same(bars.map((b) => b.bottom))) return new DOMRect(r.left, r.top - 1, r.width, 2);
          if (same(bars.map((b) => b.left))) return new DOMRect(r.right - 1, r.top, 2, r.height);
          if (same(bars.map((b) => b.right))) return new DOMRect(r.left - 1, r.top, 2, r.height);
          if (same(bars.map((b) => b.top))) return new DOMRect(r.left, r.bottom - 1, r.width, 2);
          return null;
        };
        for (const bar of bars) {
          const e = end(bar);
          if (e) marks.push({ left: e.left, top: e.top, right: e.right, bottom: e.bottom, name: 'a bar end' });
        }
      }
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) if (overlap(a, b)) findings.push(`chart 「${chartName}」: ${a.name} overlaps ${b.name}`);
        for (const m of marks) if (overlap(a, m)) findings.push(`chart 「${chartName}」: ${a.name} overlaps ${m.name}`);
      });
    }
    return findings;
  });
}

/**
 * The h1 and the start of the page's own content (a 下書き / 公開前 banner, else the first block after
 * the h1) must be on the first screen: their tops above the fold, the h1 entirely.
 */
export async function firstScreenFindings(page: Page, screenHeight: number = PHONE.height): Promise<string[]> {
  return page.evaluate((fold) => {
    window.scrollTo(0, 0);
    const findings: string[] = [];
    const h1 = document.querySelector('main h1');
    if (!h1) return ['no h1 in main'];
    const h1Box = h1.getBoundingClientRect();
    if (h1Box.bottom > fold) findings.push(`h1 ends at y = ${Math.round(h1Box.bottom)} (fold at ${fold})`);
    const banner = document.querySelector('main .release-banner');
    let own: Element | null = banner;
    if (!own) {
      // The first visible element after the h1 in document order that has text of its own.
      const all = [...document.querySelectorAll('main *')];
      own = all.slice(all.indexOf(h1) + 1).find((el) => !h1.contains(el) && el.getBoundingClientRect().height > 0 && (el.textContent ?? '').trim() !== '') ?? null;
    }
    if (own) {
      const top = own.getBoundingClientRect().top;
      if (top > fold - 24) findings.push(`own content (${own.tagName.toLowerCase()}${[...own.classList].map((c) => `.${c}`).join('')}) starts at y = ${Math.round(top)} (fold at ${fold})`);
    }
    return findings;
  }, screenHeight);
}

/** A4 at 96 CSS px per inch, with Chromium's default print margins (0.4 in each side). */
const A4_PRINTABLE_HEIGHT_PX = (297 / 25.4) * 96 - 2 * 0.4 * 96;

/** A4 width at 96 CSS px per inch less Chromium's default print margins. */
const A4_PRINTABLE_WIDTH_PX = Math.floor((210 / 25.4) * 96 - 2 * 0.4 * 96);

/**
 * In print media at the sheet's width: content wider than the sheet (cut off on paper, where
 * nothing scrolls), table rows that may split across sheets, rows taller than a sheet.
 */
export async function printRowFindings(page: Page): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_PRINTABLE_WIDTH_PX, height: 1000 });
  try {
    return await page.evaluate((sheetHeight) => {
      const findings: string[] = [];
      const width = document.documentElement.clientWidth;
      const cut = [...document.body.querySelectorAll('*')].find((el) => el.getBoundingClientRect().right > width + 1);
      if (cut) {
        const label = (cut.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        findings.push(`printed content wider than the sheet (${Math.round(cut.getBoundingClientRect().right)}px in ${width}px): ${cut.tagName.toLowerCase()} 「${label}」`);
      }
      for (const row of document.querySelectorAll('tr')) {
        const box = row.getBoundingClientRect();
        if (box.height === 0) continue;
        const label = (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        if (getComputedStyle(row).breakInside !== 'avoid') findings.push(`printed table row may split across sheets: 「${label}」`);
        if (box.height > sheetHeight) findings.push(`printed table row taller than a sheet (${Math.round(box.height)}px): 「${label}」`);
      }
      return findings;
    }, A4_PRINTABLE_HEIGHT_PX);
  } finally {
    // null, not 'screen': page.pdf() must go on printing with print styles.
    await page.emulateMedia({ media: null });
    if (viewport) await page.setViewportSize(viewport);
  }
}

export interface PrintedSheets {
  /** Text of each sheet, whitespace removed and NFKC-normalised */
  text: string[];
  /** How far down each sheet its ink reaches (0–1), measured on the rendered sheet */
  inkDepth: number[];
}

/** Whitespace removed (PDF text runs split Japanese anywhere) and NFKC (the PDF maps some kanji to radicals). */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Prints the open page to A4 as Chromium's "Save as PDF" does and reads each sheet back: its text
 * (unpdf) and how far down its ink reaches (pdftoppm renders the sheet; the side strips are left
 * out so the preview site's striped frame does not count as content).
 */
export async function printSheets(page: Page): Promise<PrintedSheets> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kohyo-print-'));
  try {
    writeFileSync(path.join(dir, 'page.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '24', '-gray', path.join(dir, 'page.pdf'), path.join(dir, 'sheet')]);
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
    const inkDepth = sheets.map((file) => inkDepthOf(readFileSync(path.join(dir, file))));
    return { text: text.map(squash), inkDepth };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lowest row (as a fraction of the height) with a dark pixel in the middle 80% of a binary PGM (P5). */
export function inkDepthOf(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const start = whole!.length;
  const from = Math.floor(width * 0.1);
  const to = Math.ceil(width * 0.9);
  for (let y = height - 1; y >= 0; y -= 1) {
    for (let x = from; x < to; x += 1) if (pgm[start + y * width + x]! < 160) return (y + 1) / height;
  }
  return 0;
}

/** A sheet other than the last whose ink stops in its top quarter is near-empty. */
export const NEAR_EMPTY_DEPTH = 0.25;

/**
 * Near-empty sheets (all but the last), and for a page that must stand on its own on paper
 * (report, continuing, figure) the print header at the top of sheet 1: 「文書: <name> <year>年度…」
 * and 「このページのURL: <absolute URL ending in the page's path>」.
 */
export function sheetFindings(sheets: PrintedSheets, headerPath?: string): string[] {
  const findings: string[] = [];
  sheets.inkDepth.slice(0, -1).forEach((depth, i) => {
    if (depth < NEAR_EMPTY_DEPTH) findings.push(`printed sheet ${i + 1} of ${sheets.inkDepth.length} is near-empty (ink to ${Math.round(depth * 100)}% of its height)`);
  });
  if (headerPath !== undefined) {
    const first = sheets.text[0] ?? '';
    if (!/文書:[^:]*年度/.test(first)) findings.push('printed first sheet lacks the document name and year (文書: …年度)');
    if (!first.includes(squash(`このページのURL:`)) || !new RegExp(`このページのURL:https?://[^/]+${escapeRegExp(headerPath)}`).test(first)) {
      findings.push(`printed first sheet lacks the page URL (このページのURL: …${headerPath})`);
    }
  }
  return findings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
