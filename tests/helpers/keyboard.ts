/**
 * Keyboard checks run in a real browser with real Tab/Enter key presses:
 * the skip link comes first and moves focus to <main>, every focusable control is reachable by Tab,
 * and each one shows a visible focus indicator (WCAG 2.1.1, 2.4.1, 2.4.7).
 */
import type { Page } from 'playwright-core';

export interface FocusedElement {
  /** Short description for messages: tag, id/classes, text or href */
  description: string;
  /** Position in the list of focusable elements, or -1 for something unexpected (e.g. body) */
  index: number;
  /** A computed outline or box-shadow is present while focused */
  hasIndicator: boolean;
  /** The element's box lies inside the viewport */
  inViewport: boolean;
  href: string | null;
  id: string;
}

/** In-page: describe document.activeElement. Kept as a string-free function for page.evaluate. */
function describeActive(): FocusedElement {
  const el = document.activeElement ?? document.body;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  const inViewport =
    rect.width > 0 && rect.height > 0 && rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth && rect.bottom <= window.innerHeight;
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const label = (el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
  const index = el.hasAttribute('data-kb-index') ? Number(el.getAttribute('data-kb-index')) : -1;
  return {
    description: `<${el.tagName.toLowerCase()}${id}${classes}> "${label}"`,
    index,
    hasIndicator: outline || shadow,
    inViewport,
    href: el.getAttribute('href'),
    id: el.id,
  };
}

/**
 * Marks every element a keyboard user should reach with data-kb-index and returns their descriptions.
 * Hidden, disabled and tabindex="-1" elements are left out: they are not meant to be tabbed to.
 */
async function markFocusable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea',
      'summary', 'iframe', '[tabindex]', '[contenteditable="true"]',
    ].join(',');
    const descriptions: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // Radio buttons in one group are one Tab stop; only the checked (or first) is expected.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
        const stop = [...group].find((r) => r.checked) ?? group[0];
        if (stop !== el) continue;
      }
      el.setAttribute('data-kb-index', String(descriptions.length));
      const id = el.id ? `#${el.id}` : '';
      const label = (el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      descriptions.push(`<${el.tagName.toLowerCase()}${id}> "${label}"`);
    }
    return descriptions;
  });
}

export interface SkipLinkResult {
  first: FocusedElement;
  /** id of document.activeElement after pressing Enter on the first Tab stop */
  focusAfterEnter: string;
}

/**
 * Presses Tab once on a freshly loaded page, then Enter — only when the first stop is an in-page
 * link, since pressing Enter on anything else would navigate away or submit a form.
 */
export async function checkSkipLink(page: Page): Promise<SkipLinkResult> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(describeActive);
  if (!first.href?.startsWith('#')) return { first, focusAfterEnter: '' };
  await page.keyboard.press('Enter');
  // Following an in-page link is synchronous in Chromium, but let pending focus events run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const focusAfterEnter = await page.evaluate(() => document.activeElement?.id ?? '');
  return { first, focusAfterEnter };
}

export interface TabWalkResult {
  focusable: string[];
  visited: FocusedElement[];
  /** Focusable elements never reached by Tab */
  unreached: string[];
  /** Elements reached by Tab that showed no outline or box-shadow */
  withoutIndicator: string[];
}

/** Tabs through a freshly loaded page until focus leaves the document or comes back round. */
export async function tabThrough(page: Page): Promise<TabWalkResult> {
  const focusable = await markFocusable(page);
  const visited: FocusedElement[] = [];
  const seen = new Set<number>();
  // Enough presses to reach every element once, plus a margin for stops we did not predict.
  const maxPresses = focusable.length + 10;
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(describeActive);
    if (focused.index >= 0 && seen.has(focused.index)) break; // wrapped round
    if (focused.description.startsWith('<body')) {
      if (visited.length > 0) break; // left the document after the last element
      continue;
    }
    visited.push(focused);
    if (focused.index >= 0) seen.add(focused.index);
  }
  return {
    focusable,
    visited,
    unreached: focusable.filter((_, index) => !seen.has(index)),
    withoutIndicator: visited.filter((v) => !v.hasIndicator).map((v) => v.description),
  };
}
