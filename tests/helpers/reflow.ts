/**
 * WCAG 1.4.10 Reflow: at 320 CSS px wide, the page must not scroll horizontally. Wide content
 * is allowed only inside its own scroll container (e.g. a `.table-scroll` wrapper around a table).
 */
import type { Page } from 'playwright-core';

export interface ReflowResult {
  scrollWidth: number;
  innerWidth: number;
  /** Elements sticking out of the viewport that are not inside a horizontal scroll container */
  overflowing: string[];
}

export async function measureReflow(page: Page): Promise<ReflowResult> {
  return page.evaluate(() => {
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${id}${classes} "${text}"`;
    };
    const insideScrollContainer = (el: Element): boolean => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip') return true;
      }
      return false;
    };
    const width = window.innerWidth;
    const overflowing: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 0.5) continue;
      if (insideScrollContainer(el)) continue;
      // Report the outermost offender only, not every descendant of it.
      if (el.parentElement && overflowing.some((o) => o === describe(el.parentElement!))) continue;
      overflowing.push(describe(el));
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, overflowing: overflowing.slice(0, 10) };
  });
}
