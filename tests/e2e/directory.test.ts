/**
 * Finding things at archive size, on a phone (375 × 812), on the synthetic archive of 1,000 reports
 * (25 organisations in 5 自治体, 10 fiscal years; tests/setup/build-site.ts) and on the real content:
 * - the home page and every organisation page stay within 10 phone screens;
 * - every listing page (home, organisation, year, /checks/ pages, search) stays within its size bound;
 * - the search page's 「組織名で探す」 finder narrows the list (and its groups) as one types, puts the
 *   best match first, lists names in natural order and says how many remain in a live region.
 */
import { statSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listPages, organisationSlugs } from '../helpers/pages.ts';
import type { StaticServer } from '../helpers/server.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const PHONE = { width: 375, height: 812 };
/** Home and organisation pages: a few phone screens, whatever the archive's size. */
const MAX_SCREENS_DIRECTORY = 10;
/** Any other listing that grows with the archive: about 200 KB of HTML and a few dozen screens. */
const MAX_LISTING_BYTES = 200 * 1024;
const MAX_SCREENS_LISTING = 36;

const SITES = [
  { name: 'synthetic archive (1,000 reports)', dir: inject('archiveSiteDir'), atLeast: { organizations: 25 } },
  { name: 'real content', dir: inject('siteDir'), atLeast: { organizations: 2 } },
];

/** Listing pages: home, organisation and year indexes, the /checks/ pages and the search page. */
function listingPages(dir: string) {
  const pages = listPages(dir);
  const orgs = organisationSlugs(pages);
  const isListing = (url: string) => {
    const [first, second, third] = url.split('/').filter(Boolean);
    if (url === '/' || url === '/search/' || first === 'checks') return true;
    return first !== undefined && orgs.has(first) && (second === undefined || (/^\d{4}$/.test(second) && third === undefined));
  };
  return { pages: pages.filter((p) => isListing(p.url)), orgs };
}

async function screensTall(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  return height / PHONE.height;
}

describe.each(SITES)('listings of the $name at 375 × 812', ({ dir, atLeast }) => {
  let server: StaticServer;
  let page: Page;
  const { pages, orgs } = listingPages(dir);

  useSiteSession(dir, async (session) => {
    ({ server, page } = session);
    await page.setViewportSize(PHONE);
  });

  it('is a site of the size the case needs', () => {
    expect(orgs.size).toBeGreaterThanOrEqual(atLeast.organizations);
  });

  it('keeps the home page and every organisation page within 10 phone screens', async () => {
    const tall: string[] = [];
    for (const url of ['/', ...[...orgs].map((org) => `/${org}/`)]) {
      const screens = await screensTall(page, `${server.origin}${url}`);
      if (screens > MAX_SCREENS_DIRECTORY) tall.push(`${url}: ${screens.toFixed(1)} screens`);
    }
    expect(tall).toEqual([]);
  });

  it('keeps every listing page within its size bound', async () => {
    const tooLarge: string[] = [];
    for (const p of pages) {
      const bytes = statSync(p.file).size;
      if (bytes > MAX_LISTING_BYTES) tooLarge.push(`${p.url}: ${(bytes / 1024).toFixed(0)} KB`);
    }
    // The tallest ones are measured in the browser (the check above covers home and organisation pages).
    const largest = [...pages].sort((a, b) => statSync(b.file).size - statSync(a.file).size).slice(0, 5);
    for (const p of largest) {
      const screens = await screensTall(page, `${server.origin}${p.url}`);
      if (screens > MAX_SCREENS_LISTING) tooLarge.push(`${p.url}: ${screens.toFixed(1)} screens`);
    }
    expect(tooLarge).toEqual([]);
  });

  it('lists 自治体 and their organisations on the home page in natural order, each linking its organisation page', async () => {
    await page.goto(`${server.origin}/`);
    const groups = await page.$$eval('.directory-group', (details) =>
      details.map((d) => ({
        municipality: d.querySelector('.directory-group__name')?.textContent ?? '',
        organizations: [...d.querySelectorAll<HTMLAnchorElement>('.directory-orgs a')].map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
      })),
    );
    const collator = new Intl.Collator('ja', { numeric: true });
    expect(groups.map((g) => g.municipality)).toEqual([...groups.map((g) => g.municipality)].sort(collator.compare));
    for (const g of groups) expect(g.organizations.map((o) => o.name)).toEqual([...g.organizations.map((o) => o.name)].sort(collator.compare));
    expect(new Set(groups.flatMap((g) => g.organizations.map((o) => o.href.split('/')[1])))).toEqual(orgs);
    // The newest documents come before the directory.
    const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
    expect(headings.indexOf('新しい資料')).toBeLessThan(headings.indexOf('自治体・組織から探す'));
  });
});

describe('the 組織名で探す finder on the archive search page', () => {
  let server: StaticServer;
  let page: Page;

  useSiteSession(inject('archiveSiteDir'), async (session) => {
    ({ server, page } = session);
    await page.setViewportSize(PHONE);
  });

  const visibleOrganizations = (p: Page) =>
    p.$$eval('fieldset[data-filter-id=organization] .search-org-group', (groups) =>
      groups.flatMap((g) => {
        if ((g as HTMLElement).offsetParent === null) return [];
        return [...g.querySelectorAll('li')].filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.querySelector('input')!.value);
      }),
    );
  const visibleGroups = (p: Page) =>
    p.$$eval('fieldset[data-filter-id=organization] .search-org-group', (groups) => groups.filter((g) => (g as HTMLElement).offsetParent !== null).length);

  async function openFinder(): Promise<void> {
    await page.goto(`${server.origin}/search/`);
    await page.click('#search-filters-toggle');
    await page.waitForSelector('#search-org-finder', { state: 'visible' });
  }

  it('prints each group in natural order (第1室, 第6室, 第11室, 第16室)', async () => {
    await openFinder();
    const all = await page.$$eval('fieldset[data-filter-id=organization] .search-org-group li input', (boxes) => (boxes as HTMLInputElement[]).map((b) => b.value));
    const rooms = all.filter((v) => v.startsWith('合成市ア ') && v.includes('運営方針'));
    expect(rooms).toEqual(['合成市ア 〔合成〕運営方針 第1室', '合成市ア 〔合成〕運営方針 第6室', '合成市ア 〔合成〕運営方針 第11室', '合成市ア 〔合成〕運営方針 第16室']);
  });

  it('narrows the list and its groups at once, best match first, and announces how many remain', async () => {
    await openFinder();
    const groupsBefore = await visibleGroups(page);
    expect(groupsBefore).toBe(5);
    await page.locator('#search-org-finder').pressSequentially('第1室');
    expect(await visibleOrganizations(page)).toEqual(['合成市ア 〔合成〕運営方針 第1室']);
    expect(await visibleGroups(page)).toBe(1);
    expect(await page.textContent('#search-org-finder-status')).toContain('1件');
    expect(await page.getAttribute('#search-org-finder-status', 'role')).toBe('status');
    // The match is right under the box, on the same screen.
    const box = await page.locator('#search-org-finder').boundingBox();
    const match = await page.locator('fieldset[data-filter-id=organization] li:visible').first().boundingBox();
    expect(match!.y - (box!.y + box!.height)).toBeLessThan(PHONE.height / 3);

    // Full-width digits and spaces fold: 「第１」 matches 第1局, 第1室, 第10室 …, the shortest number first.
    await page.fill('#search-org-finder', '運営方針　第１');
    const shown = await visibleOrganizations(page);
    expect(shown.length).toBe(8);
    expect(shown.filter((v) => v.startsWith('合成市ア '))).toEqual(['合成市ア 〔合成〕運営方針 第1室', '合成市ア 〔合成〕運営方針 第11室', '合成市ア 〔合成〕運営方針 第16室']);
    expect(await page.textContent('#search-org-finder-status')).toContain('8件');

    await page.fill('#search-org-finder', '該当しない名前');
    expect(await visibleOrganizations(page)).toEqual([]);
    expect(await visibleGroups(page)).toBe(0);
    expect(await page.textContent('#search-org-finder-status')).toContain('入力した文字を含む組織はありません');

    // Clearing restores every group, folded as before.
    await page.fill('#search-org-finder', '');
    expect(await visibleGroups(page)).toBe(5);
  });
});
