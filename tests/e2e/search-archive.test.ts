/**
 * The search page at the size of a real archive, on a phone (375 × 812): the synthetic archive of
 * 1,000 reports over 10 fiscal years and 25 organisations (tests/setup/build-site.ts, never
 * shipped), and the real content. Both are sharded builds: the page merges one Pagefind bundle
 * per fiscal year. Checked: the first result is on the first screen after a search; the filter
 * panel opens from one button, filters by an organisation and a year with the counts it shows;
 * newest-first order across shards; the URL holds the whole state and back restores it; axe is
 * clean with results and with the panel open.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const PHONE = { width: 375, height: 812 };

interface SiteCase {
  name: string;
  dir: string;
  query: string;
  /** Fewest reports, organisations and years the site must have for the case to mean anything */
  atLeast: { results: number; organizations: number; years: number };
}

const SITES: SiteCase[] = [
  { name: 'synthetic archive (1,000 reports)', dir: inject('archiveSiteDir'), query: '備蓄', atLeast: { results: 50, organizations: 25, years: 10 } },
  { name: 'real content', dir: inject('siteDir'), query: '研修', atLeast: { results: 3, organizations: 2, years: 2 } },
];

async function completedSearches(p: Page): Promise<number> {
  return Number((await p.getAttribute('#search-status', 'data-searches')) ?? '0');
}

/** Runs `action` and waits until the page has finished the search it starts. */
async function andWaitForSearch(p: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await completedSearches(p);
  await action();
  await p.waitForFunction((n) => {
    const status = document.querySelector<HTMLElement>('#search-status');
    return status?.dataset.state === 'done' && Number(status.dataset.searches ?? '0') > n;
  }, before);
  // Counts of groups whose index chunks the search did not need may arrive just after the results.
  await p.waitForSelector('#search-filters[data-counts=complete]', { state: 'attached' });
}

interface Shown {
  url: string;
  organization: string;
  year: number;
}

/** The results on screen, with the organisation and Western year of each (from its meta line). */
async function shownResults(p: Page): Promise<Shown[]> {
  return p.$$eval('#search-results > li', (items) =>
    items.map((li) => {
      const meta = li.querySelector('.search-result-meta')?.textContent ?? '';
      return {
        url: new URL(li.querySelector<HTMLAnchorElement>('h3 a')!.href).pathname,
        organization: meta.split('／')[0] ?? '',
        year: Number(/（(\d{4})年度）/.exec(meta)?.[1] ?? 'NaN'),
      };
    }),
  );
}

function resultCount(statusText: string): number {
  return Number(/: ([\d,]+)件/.exec(statusText)?.[1]?.replace(/,/g, '') ?? 'NaN');
}

/** The option of a filter group with the most results (the count it shows), among the usable ones. */
async function busiestOption(p: Page, filterId: string): Promise<{ value: string; count: number }> {
  const options = await p.$$eval(`fieldset[data-filter-id=${filterId}] input[type=checkbox]`, (boxes) =>
    (boxes as HTMLInputElement[]).map((box) => ({
      value: box.value,
      disabled: box.disabled,
      count: Number((box.closest('li')?.querySelector('.search-filter-count')?.textContent ?? '').replace(/[^\d]/g, '') || 'NaN'),
    })),
  );
  const usable = options.filter((o) => !o.disabled && o.count > 0).sort((a, b) => b.count - a.count);
  expect(usable.length, `${filterId} has options with results`).toBeGreaterThan(0);
  return usable[0]!;
}

function params(p: Page): URLSearchParams {
  return new URL(p.url()).searchParams;
}

describe.each(SITES)('$name at 375 × 812', ({ dir, query, atLeast }) => {
  let server: StaticServer;
  let page: Page;

  useSiteSession(dir, async (session) => {
    ({ server, page } = session);
    await page.setViewportSize(PHONE);
  });

  async function searchFromEmptyPage(): Promise<void> {
    await page.goto(`${server.origin}/search/`);
    await page.fill('#search-q', query);
    await andWaitForSearch(page, () => page.press('#search-q', 'Enter'));
  }

  it('is an archive of the size the case needs', async () => {
    await page.goto(`${server.origin}/search/`);
    expect(await page.locator('fieldset[data-filter-id=organization] input[type=checkbox]').count()).toBeGreaterThanOrEqual(atLeast.organizations);
    expect(await page.locator('fieldset[data-filter-id=fiscalYear] input[type=checkbox]').count()).toBeGreaterThanOrEqual(atLeast.years);
    // Sharded: one bundle per fiscal year, newest first.
    const bundles = ((await page.getAttribute('#search-form', 'data-search-indexes')) ?? '').split(' ');
    expect(bundles.length).toBeGreaterThanOrEqual(atLeast.years);
    const years = bundles.map((b) => Number(/\/(\d{4})\/$/.exec(b)?.[1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('shows the first result inside the first viewport after a search', async () => {
    await searchFromEmptyPage();
    expect(resultCount((await page.textContent('#search-status')) ?? '')).toBeGreaterThanOrEqual(atLeast.results);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await page.locator('#search-results > li').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `first result ends at ${box!.y + box!.height}px`).toBeLessThanOrEqual(PHONE.height);
    // The filters are folded behind one button that is on the same screen.
    await expect(page.isVisible('#search-filters')).resolves.toBe(false);
    const toggle = await page.locator('#search-filters-toggle').boundingBox();
    expect(toggle!.y + toggle!.height).toBeLessThanOrEqual(box!.y);
  });

  it('opens the filters, filters by organisation and year, sorts newest first, and goes back step by step', async () => {
    await searchFromEmptyPage();
    const states: { url: string; results: Shown[] }[] = [];
    const remember = async () => states.push({ url: page.url(), results: await shownResults(page) });
    await remember();

    // The default: newest fiscal year first, across the shards; relevance order within a year.
    expect(params(page).get('sort')).toBeNull();
    const newest = states[0]!.results;
    const years = newest.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await expect(page.textContent('#search-status')).resolves.toContain('新しい年度順');
    const count = resultCount((await page.textContent('#search-status')) ?? '');

    // Relevance across all years: the same results (count), another order, in the address.
    await andWaitForSearch(page, () => page.selectOption('#search-sort', 'relevance'));
    expect(params(page).get('sort')).toBe('relevance');
    expect(params(page).get('q')).toBe(query);
    expect(resultCount((await page.textContent('#search-status')) ?? '')).toBe(count);
    expect((await shownResults(page)).length).toBe(newest.length);
    await remember();
    await andWaitForSearch(page, () => page.selectOption('#search-sort', ''));
    expect(params(page).get('sort')).toBeNull();
    await remember();

    // The panel: one tap away, says nothing is chosen yet, shows a count per value.
    await page.click('#search-filters-toggle');
    await expect(page.getAttribute('#search-filters-toggle', 'aria-expanded')).resolves.toBe('true');
    await expect(page.isVisible('#search-filters')).resolves.toBe(true);
    const organization = await busiestOption(page, 'organization');
    const finder = page.locator('#search-org-finder');
    if (await finder.count()) await finder.fill(organization.value.split(' ').slice(1).join(' '));
    await andWaitForSearch(page, () => page.locator(`fieldset[data-filter-id=organization] input[type=checkbox][value="${organization.value}"]`).check());
    expect(params(page).getAll('org')).toEqual([organization.value]);
    expect(params(page).get('sort')).toBeNull();
    // The count the option showed is the number of results it gives.
    expect(resultCount((await page.textContent('#search-status')) ?? '')).toBe(organization.count);
    const byOrganization = await shownResults(page);
    expect(byOrganization.every((r) => r.organization === organization.value)).toBe(true);
    const orgYears = byOrganization.map((r) => r.year);
    expect(orgYears).toEqual([...orgYears].sort((a, b) => b - a));
    await expect(page.textContent('#search-filters-toggle')).resolves.toContain('1件選択中');
    await remember();

    const year = await busiestOption(page, 'fiscalYear');
    await andWaitForSearch(page, () => page.locator(`fieldset[data-filter-id=fiscalYear] input[type=checkbox][value="${year.value}"]`).check());
    expect(params(page).getAll('year')).toEqual([year.value]);
    expect(params(page).getAll('org')).toEqual([organization.value]);
    expect(resultCount((await page.textContent('#search-status')) ?? '')).toBe(year.count);
    const western = Number(/（(\d{4})年度）/.exec(year.value)?.[1]);
    for (const r of await shownResults(page)) expect(r).toMatchObject({ organization: organization.value, year: western });
    await expect(page.textContent('#search-filters-toggle')).resolves.toContain('2件選択中');
    // A value that would give no result is disabled, never hidden (nothing moves), and says 0件.
    const empty = page.locator('fieldset[data-filter-id=organization] li.is-empty').first();
    if (await empty.count()) {
      await expect(empty.locator('input').isDisabled()).resolves.toBe(true);
      await expect(empty.locator('.search-filter-count').textContent()).resolves.toBe('0件');
    }

    // Back, one step at a time: URL, controls and list as they were.
    for (const previous of states.reverse()) {
      await andWaitForSearch(page, () => page.goBack());
      expect(page.url()).toBe(previous.url);
      const restored = new URL(previous.url).searchParams;
      await expect(page.inputValue('#search-q')).resolves.toBe(query);
      await expect(page.inputValue('#search-sort')).resolves.toBe(restored.get('sort') ?? '');
      const checked = await page.$$eval('#search-filters input:checked', (boxes) => (boxes as HTMLInputElement[]).map((b) => b.value));
      expect(checked.sort()).toEqual([...restored.getAll('org'), ...restored.getAll('year')].sort());
      expect(await shownResults(page)).toEqual(previous.results);
    }
  });

  it('restores query, filters and sort from a shared link', async () => {
    await searchFromEmptyPage();
    await page.click('#search-filters-toggle');
    const year = await busiestOption(page, 'fiscalYear');
    await andWaitForSearch(page, () => page.locator(`fieldset[data-filter-id=fiscalYear] input[type=checkbox][value="${year.value}"]`).check());
    await andWaitForSearch(page, () => page.selectOption('#search-sort', 'relevance'));
    const link = page.url();
    const expected = await shownResults(page);
    const other = await page.context().newPage();
    try {
      await other.setViewportSize(PHONE);
      await other.goto(link);
      await other.waitForSelector('#search-status[data-state=done]');
      expect(await shownResults(other)).toEqual(expected);
      await expect(other.inputValue('#search-sort')).resolves.toBe('relevance');
      await expect(other.isChecked(`input[name=year][value="${year.value}"]`)).resolves.toBe(true);
      // Results first even with filters chosen: the panel stays folded and says what is chosen.
      await expect(other.textContent('#search-filters-toggle')).resolves.toContain('1件選択中');
      const box = await other.locator('#search-results > li').first().boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    } finally {
      await other.close();
    }
  });

  it('works the panel with the keyboard alone: open, choose, close with Escape back on the button', async () => {
    await searchFromEmptyPage();
    await page.focus('#search-q');
    let guard = 0;
    while (guard++ < 10 && !(await page.evaluate(() => document.activeElement?.id === 'search-filters-toggle'))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getAttribute('#search-filters-toggle', 'aria-expanded')).resolves.toBe('true');
    // Into the panel: sort, then the first year box.
    guard = 0;
    while (guard++ < 10 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'year'))) await page.keyboard.press('Tab');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await andWaitForSearch(page, () => page.keyboard.press('Space'));
    expect(params(page).getAll('year')).toEqual([value]);
    await page.keyboard.press('Escape');
    await expect(page.getAttribute('#search-filters-toggle', 'aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-filters-toggle');
  });

  it('has zero axe violations with results, and with the filter panel open and a filter chosen', async () => {
    await searchFromEmptyPage();
    let { violations } = await runAxe(page);
    let lines = formatViolations('/search/ (results)', violations);
    expect(lines, `axe violations:\n${lines.join('\n')}`).toEqual([]);
    await page.click('#search-filters-toggle');
    const organization = await busiestOption(page, 'organization');
    if (await page.locator('#search-org-finder').count()) await page.fill('#search-org-finder', organization.value.split(' ').slice(1).join(' '));
    await andWaitForSearch(page, () => page.locator(`input[name=org][value="${organization.value}"]`).check());
    ({ violations } = await runAxe(page));
    lines = formatViolations('/search/ (filter panel open)', violations);
    expect(lines, `axe violations:\n${lines.join('\n')}`).toEqual([]);
  });
});

describe('synthetic archive: the 組織 filter with many organisations (measured, reported)', () => {
  let server: StaticServer;
  let page: Page;
  useSiteSession(inject('archiveSiteDir'), async (session) => {
    ({ server, page } = session);
    await page.setViewportSize(PHONE);
  });

  it('groups organisations by 自治体, folded, with a finder; logs the height of each form of the list', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('備蓄')}`);
    await page.waitForSelector('#search-status[data-state=done]');
    await page.click('#search-filters-toggle');
    const organizations = await page.locator('fieldset[data-filter-id=organization] input[type=checkbox]').count();
    const groups = await page.locator('.search-org-group').count();
    const height = () => page.locator('fieldset[data-filter-id=organization]').evaluate((f) => f.getBoundingClientRect().height);
    const tabStops = () =>
      page.locator('fieldset[data-filter-id=organization]').evaluate(
        (f) => [...f.querySelectorAll<HTMLElement>('input, summary')].filter((el) => el.checkVisibility()).length,
      );
    const folded = { height: await height(), tabStops: await tabStops() };
    await page.locator('.search-org-group').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const open = { height: await height(), tabStops: await tabStops() };
    await page.locator('.search-org-group').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = false)));
    const name = (await page.locator('fieldset[data-filter-id=organization] input[type=checkbox]').first().getAttribute('value'))!;
    await page.fill('#search-org-finder', name.split(' ').slice(1).join(' '));
    const found = { height: await height(), tabStops: await tabStops() };
    const years = await page.locator('fieldset[data-filter-id=fiscalYear]').evaluate((f) => f.getBoundingClientRect().height);
    console.info(
      `[kohyo:search-filters] ${organizations} organisations in ${groups} 自治体 groups at 375px: ` +
        `folded ${folded.height.toFixed(0)}px / ${folded.tabStops} tab stops; every group open ${open.height.toFixed(0)}px / ${open.tabStops}; ` +
        `finder with one name ${found.height.toFixed(0)}px / ${found.tabStops}; 年度 (10 years) ${years.toFixed(0)}px`,
    );
    expect(groups).toBeGreaterThan(1);
    expect(folded.height).toBeLessThan(PHONE.height);
    expect(found.tabStops).toBeLessThan(folded.tabStops + 3);
    expect(await page.locator(`input[name=org][value="${name}"]`).isVisible()).toBe(true);
  });

  it('measures the first results and the complete list in each order (reported, not asserted)', async () => {
    const lastSearch = () =>
      page.evaluate(() => {
        const last = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
        const start = last('kohyo:search-start');
        return { first: last('kohyo:search-first') - start, done: last('kohyo:search-done') - start };
      });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('備蓄')}`);
    await andWaitForSearch(page, async () => undefined);
    const timings: { relevance: { first: number; done: number }; newest: { first: number; done: number } }[] = [];
    for (let i = 0; i < 3; i += 1) {
      await andWaitForSearch(page, () => page.selectOption('#search-sort', 'relevance'));
      const relevance = await lastSearch();
      await andWaitForSearch(page, () => page.selectOption('#search-sort', ''));
      timings.push({ relevance, newest: await lastSearch() });
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
    const count = resultCount((await page.textContent('#search-status')) ?? '');
    console.info(
      `[kohyo:search-sort] 「備蓄」 ${count} results over 10 shards (median of 3, from the search's start): ` +
        `newest first (default): first results ${median(timings.map((t) => t.newest.first))} ms, complete ${median(timings.map((t) => t.newest.done))} ms; ` +
        `relevance: first results ${median(timings.map((t) => t.relevance.first))} ms, complete ${median(timings.map((t) => t.relevance.done))} ms`,
    );
    expect(count).toBeGreaterThan(0);
  });

  it('shows the newest year\'s results first and appends older years below without moving or replacing them', async () => {
    // Every change to the list after its first results, recorded from the first paint.
    await page.addInitScript(() => {
      const log: { added: number; removed: number; firstTop: number | null }[] = [];
      (window as unknown as { __listLog: typeof log }).__listLog = log;
      new MutationObserver(() => {
        const list = document.querySelector('#search-results');
        if (!list || (list as HTMLElement).dataset.observed) return;
        (list as HTMLElement).dataset.observed = '1';
        new MutationObserver((records) => {
          const first = list.querySelector('li');
          log.push({
            added: records.reduce((n, r) => n + r.addedNodes.length, 0),
            removed: records.reduce((n, r) => n + r.removedNodes.length, 0),
            firstTop: first ? first.getBoundingClientRect().top + window.scrollY : null,
          });
        }).observe(list, { childList: true });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('備蓄')}`);
    await andWaitForSearch(page, async () => undefined);
    const log = await page.evaluate(() => (window as unknown as { __listLog: { added: number; removed: number; firstTop: number | null }[] }).__listLog);
    // The list starts empty: nothing is ever removed, the first result never moves.
    expect(log.length).toBeGreaterThan(1);
    expect(log.every((entry) => entry.removed === 0)).toBe(true);
    expect(new Set(log.map((entry) => entry.firstTop)).size).toBe(1);
    const shown = await shownResults(page);
    expect(shown.length).toBe(20);
    const years = shown.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('says 「検索中」 from the first keystroke, in the live region, and keeps the previous results until the new ones replace them', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('備蓄')}`);
    await andWaitForSearch(page, async () => undefined);
    const before = await shownResults(page);
    // One keystroke, and what the page shows in the same moment (read in the same task as the input
    // event, so a loaded machine cannot let the search that follows the pause run first).
    const atKeystroke = await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('#search-q')!;
      box.value += '計';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, data: '計', inputType: 'insertText' }));
      const status = document.querySelector<HTMLElement>('#search-status')!;
      return {
        status: status.textContent,
        role: status.getAttribute('role'),
        live: status.getAttribute('aria-live'),
        busy: document.querySelector('#search-results')!.getAttribute('aria-busy'),
        links: [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li h3 a')].map((a) => new URL(a.href).pathname),
      };
    });
    expect(atKeystroke).toEqual({ status: '検索中…', role: 'status', live: 'polite', busy: 'true', links: before.map((r) => r.url) });
    await andWaitForSearch(page, async () => undefined);
    expect(params(page).get('q')).toBe('備蓄計');
  });
});
