/**
 * Japanese full-text search on the built site, driven through the /search/ page in Chromium:
 * queries (kanji compounds, katakana, short words, year labels, half-width input), filters,
 * the header search box, keyboard use, lazy loading, a strict Content-Security-Policy, and axe.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../helpers/axe.ts';
import type { LaunchedBrowser } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';
import { addPolicyToResponses, closeRoutedPage } from '../helpers/csp-route.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const siteDir = inject('siteDir');

const OSAKA = {
  kadai1: '/osaka-ict/2018/keiei-kadai-1/',
  kadai2: '/osaka-ict/2018/keiei-kadai-2/',
  kadai3: '/osaka-ict/2018/keiei-kadai-3/',
};
const CHIBA = {
  s341: '/chiba-somu/2017/shisaku-3-4-1/',
  s412: '/chiba-somu/2017/shisaku-4-1-2/',
  s434: '/chiba-somu/2017/shisaku-4-3-4/',
  s999: '/chiba-somu/2017/shisaku-9-9-9/',
};
const ALL_OSAKA = Object.values(OSAKA);
const ALL_CHIBA = Object.values(CHIBA);

let server: StaticServer;
let browser: LaunchedBrowser;
let page: Page;

useSiteSession(siteDir, (session) => {
  ({ server, browser, page } = session);
});


/** Number of searches the page has completed (a counter on the live region). */
async function completedSearches(p: Page): Promise<number> {
  return Number((await p.getAttribute('#search-status', 'data-searches')) ?? '0');
}

/** Waits until the page has finished a search after `before` completed ones. */
async function waitForSearch(p: Page, before: number): Promise<void> {
  await p.waitForFunction(
    (n) => {
      const status = document.querySelector<HTMLElement>('#search-status');
      return status?.dataset.state === 'done' && Number(status.dataset.searches ?? '0') > n;
    },
    before,
  );
}

async function resultUrls(p: Page): Promise<string[]> {
  return p.$$eval('#search-results > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Types the query into the search box of /search/ and submits it with Enter. The page stays
 * open between queries (as it does for a reader), so only the first query loads Pagefind.
 */
async function searchFor(query: string, p: Page = page): Promise<string[]> {
  if (new URL(p.url(), server.origin).pathname !== '/search/' || (await p.locator('#search-filters input:checked').count()) > 0) {
    await p.goto(`${server.origin}/search/`);
  }
  await p.fill('#search-q', query);
  const before = await completedSearches(p);
  await p.press('#search-q', 'Enter');
  await waitForSearch(p, before);
  return resultUrls(p);
}

interface QueryCase {
  query: string;
  found: string[];
  notFound?: string[];
}

const QUERIES: QueryCase[] = [
  // Kanji compounds
  { query: '情報セキュリティ', found: [OSAKA.kadai2, CHIBA.s434], notFound: [CHIBA.s412] },
  { query: '防災備蓄', found: [CHIBA.s412], notFound: ALL_OSAKA },
  { query: '健康診断', found: [CHIBA.s999], notFound: ALL_OSAKA },
  { query: '国際交流', found: [CHIBA.s341], notFound: ALL_OSAKA },
  { query: '避難所', found: [CHIBA.s412], notFound: ALL_OSAKA },
  { query: '標的型攻撃', found: [OSAKA.kadai2, CHIBA.s434] },
  { query: '電子申請', found: [OSAKA.kadai1] },
  { query: '女性職員', found: [CHIBA.s999], notFound: ALL_OSAKA },
  // Katakana
  { query: 'インシデント', found: [OSAKA.kadai2], notFound: ALL_CHIBA },
  { query: 'マイナンバー', found: [OSAKA.kadai1, CHIBA.s434] },
  { query: 'アウトソーシング', found: [CHIBA.s434] },
  { query: 'デジタルデバイド', found: [OSAKA.kadai1] },
  // Short terms
  { query: '研修', found: [OSAKA.kadai2, CHIBA.s434, CHIBA.s999] },
  { query: '備蓄', found: [CHIBA.s412], notFound: ALL_OSAKA },
  // Half-width and full-width input (NFKC)
  { query: 'ｾｷｭﾘﾃｨ', found: [OSAKA.kadai2, CHIBA.s434] },
  { query: 'ｲﾝｼﾃﾞﾝﾄ', found: [OSAKA.kadai2], notFound: ALL_CHIBA },
  { query: 'ＩＣＴ', found: [OSAKA.kadai1] },
  // Year labels
  { query: '平成30年度', found: ALL_OSAKA },
  { query: '2018年度', found: ALL_OSAKA },
  { query: '平成29年度', found: ALL_CHIBA },
  { query: '2017年度', found: ALL_CHIBA },
  { query: '２０１７年度', found: ALL_CHIBA },
  { query: 'H30年度', found: ALL_OSAKA },
];

describe('Japanese queries through the search page', () => {
  it.each(QUERIES)('$query', async ({ query, found, notFound = [] }) => {
    const urls = await searchFor(query);
    expect(urls, `results for ${query}`).toEqual(expect.arrayContaining(found));
    for (const url of notFound) expect(urls, `${url} must not match ${query}`).not.toContain(url);
  });

  it('finds the same pages for 平成30年度 and 2018年度, and for 平成29年度 and 2017年度', async () => {
    const heisei30 = await searchFor('平成30年度');
    const western2018 = await searchFor('2018年度');
    expect(new Set(western2018)).toEqual(new Set(heisei30));
    const heisei29 = await searchFor('平成29年度');
    const western2017 = await searchFor('2017年度');
    expect(new Set(western2017)).toEqual(new Set(heisei29));
    const short29 = await searchFor('H29年度');
    expect(new Set(short29)).toEqual(new Set(heisei29));
  });

  it('shows title, organisation, year and a highlighted excerpt for each result', async () => {
    await searchFor('インシデント');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('h3 a').textContent()).resolves.toContain('情報セキュリティ');
    const meta = await first.locator('.search-result-meta').textContent();
    expect(meta).toContain('大阪市 ICT戦略室');
    expect(meta).toContain('平成30年度（2018年度）');
    const marks = await first.locator('.search-result-excerpt mark').allTextContents();
    expect(marks).toContain('インシデント');
    await expect(page.textContent('#search-status')).resolves.toMatch(/「インシデント」の検索結果: \d+件/);
  });

  it('normalises half-width katakana in the box before searching', async () => {
    await searchFor('ｾｷｭﾘﾃｨ');
    await expect(page.getAttribute('#search-status', 'data-query')).resolves.toBe('セキュリティ');
    expect(await page.locator('.search-result-excerpt mark').allTextContents()).toContain('セキュリティ');
  });

  it('says clearly when nothing is found', async () => {
    const urls = await searchFor('カブトムシ');
    expect(urls).toEqual([]);
    await expect(page.textContent('#search-status')).resolves.toContain('「カブトムシ」に一致する報告書は見つかりませんでした');
  });
});

describe('filters', () => {
  async function check(legend: string, value: string): Promise<void> {
    const before = await completedSearches(page);
    await page.locator('fieldset', { has: page.locator('legend', { hasText: legend }) }).getByLabel(value, { exact: true }).check();
    await waitForSearch(page, before);
  }

  it('are real form controls: a fieldset with a legend per filter, holding checkboxes', async () => {
    await searchFor('研修');
    const legends = await page.$$eval('#search-filters fieldset > legend', (ls) => ls.map((l) => l.textContent?.trim()));
    expect(legends).toEqual(['年度', '組織', '文書種別', '評価']);
    const orgOptions = await page.locator('fieldset', { has: page.locator('legend', { hasText: '組織' }) }).locator('input[type=checkbox]').count();
    expect(orgOptions).toBe(2);
  });

  it('combine 組織 = 千葉市 総務局 with 文書種別 = 主要事務事業戦略シート', async () => {
    const unfiltered = await searchFor('研修');
    expect(unfiltered).toEqual(expect.arrayContaining([OSAKA.kadai2, CHIBA.s434]));
    await check('組織', '千葉市 総務局');
    await check('文書種別', '主要事務事業戦略シート');
    const urls = await resultUrls(page);
    expect(urls).toEqual(expect.arrayContaining([CHIBA.s434, CHIBA.s999]));
    for (const url of urls) expect(url.startsWith('/chiba-somu/2017/')).toBe(true);
    // The choice is kept in the URL, so the filtered results can be bookmarked.
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('研修');
    expect(params.getAll('org')).toEqual(['千葉市 総務局']);
  });

  it('disable a value that would exclude every result (0件), and a link with one gives the no-results message', async () => {
    await searchFor('インシデント');
    await page.waitForSelector('#search-filters[data-counts=complete]', { state: 'attached' });
    const chiba = page.locator('fieldset', { has: page.locator('legend', { hasText: '組織' }) }).getByLabel('千葉市 総務局', { exact: true });
    await expect(chiba.isDisabled()).resolves.toBe(true);
    await expect(page.textContent(`#${await chiba.getAttribute('aria-describedby')}`)).resolves.toBe('0件');
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('インシデント')}&org=${encodeURIComponent('千葉市 総務局')}`);
    await page.waitForSelector('#search-status[data-state=done]');
    expect(await resultUrls(page)).toEqual([]);
    await expect(page.textContent('#search-status')).resolves.toContain('見つかりませんでした');
    // The chosen value stays usable, so it can be cleared.
    await expect(page.isDisabled('input[name=org][value="千葉市 総務局"]')).resolves.toBe(false);
  });

  it('work on their own, and are restored from the URL', async () => {
    const year = encodeURIComponent('平成29年度（2017年度）');
    await page.goto(`${server.origin}/search/?year=${year}`);
    await page.waitForSelector('#search-status[data-state=done]');
    const urls = await resultUrls(page);
    expect(new Set(urls)).toEqual(new Set(ALL_CHIBA));
    await expect(page.isChecked('input[name=year][value="平成29年度（2017年度）"]')).resolves.toBe(true);
  });
  it('keep the long 評価 group folded until it is opened or the URL selects something in it', async () => {
    await searchFor('研修');
    expect(await page.locator('details.search-filter-more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const rating = encodeURIComponent('戦略の進捗状況: b 順調でない');
    await page.goto(`${server.origin}/search/?rating=${rating}`);
    await page.waitForSelector('#search-status[data-state=done]');
    expect(await page.locator('details.search-filter-more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const urls = await resultUrls(page);
    expect(urls).toEqual(expect.arrayContaining([OSAKA.kadai2, OSAKA.kadai3]));
    expect(urls).not.toContain(OSAKA.kadai1);
  });
});

describe('when the index cannot be fetched', () => {
  it('says so instead of staying busy', async () => {
    const broken = await browser.context.newPage();
    try {
      // Result data lives in fragment files: fail them, as after a deploy replaced the index.
      await broken.route('**/pagefind/*/fragment/**', (route) => route.abort());
      await broken.goto(`${server.origin}/search/?q=${encodeURIComponent('研修')}`);
      await broken.waitForSelector('#search-status[data-state=error]');
      expect(await broken.textContent('#search-status')).not.toBe('');
    } finally {
      await broken.unrouteAll({ behavior: 'ignoreErrors' });
      await broken.close();
    }
  });
});

describe('the header search box', () => {
  it('submits to /search/?q= and the search page shows the results', async () => {
    await page.goto(`${server.origin}${OSAKA.kadai1}`);
    await page.fill('#header-search-q', 'インシデント');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#header-search-q', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('インシデント');
    await page.waitForSelector('#search-status[data-state=done]');
    await expect(page.inputValue('#search-q')).resolves.toBe('インシデント');
    expect(await resultUrls(page)).toContain(OSAKA.kadai2);
  });
});

describe('keyboard', () => {
  it('reaches the box, the filters and the results with Tab, and toggles a filter with Space', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('研修')}`);
    await page.waitForSelector('#search-status[data-state=done]');
    await page.focus('#search-q');
    let guard = 0;
    while (guard++ < 40) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'checkbox' ? el.value : null;
      });
      if (focused === '千葉市 総務局') break;
    }
    const before = await completedSearches(page);
    await page.keyboard.press('Space');
    await waitForSearch(page, before);
    const urls = await resultUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('/chiba-somu/')).toBe(true);
    // Onward to the results: the first result link is reachable by Tab.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
    }
    expect(reached).toBe(true);
  });
});

describe('loading and security', () => {
  it('loads Pagefind only on the search page, and only at first use', async () => {
    const pagefindRequests = () => server.requests.filter((r) => r.url.startsWith('/pagefind/'));
    server.requests.length = 0;
    await page.goto(`${server.origin}${OSAKA.kadai2}`);
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests()).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);

    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests()).toEqual([]);
    await page.focus('#search-q');
    // (The filter boxes are in the page from the start; what first use loads is Pagefind.)
    await expect.poll(() => pagefindRequests().map((r) => r.url)).toContain('/pagefind/2018/pagefind.js');
  });

  /** A page whose every response (HTML, scripts, the Pagefind worker) carries the policy. */
  async function pageUnderPolicy(csp: string): Promise<{ page: Page; violations: string[] }> {
    const cspPage = await browser.context.newPage();
    const violations: string[] = [];
    cspPage.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await addPolicyToResponses(cspPage, csp, `${server.origin}/**`);
    return { page: cspPage, violations };
  }

  it("works under script-src 'self' 'wasm-unsafe-eval' (no inline scripts or styles)", async () => {
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'";
    const { page: cspPage, violations } = await pageUnderPolicy(csp);
    await cspPage.goto(`${server.origin}/search/?q=${encodeURIComponent('マイナンバー')}`);
    await cspPage.waitForSelector('#search-status[data-state=done]');
    expect(await resultUrls(cspPage)).toContain(OSAKA.kadai1);
    expect(violations).toEqual([]);
    // No inline script: every script on the page is an external file.
    expect(await cspPage.$$eval('script', (scripts) => scripts.filter((s) => !s.src).length)).toBe(0);
    await closeRoutedPage(cspPage);
  });

  it("tells the reader when the policy blocks Pagefind's WebAssembly (no 'wasm-unsafe-eval')", async () => {
    const { page: cspPage, violations } = await pageUnderPolicy("default-src 'self'; script-src 'self'; style-src 'self'");
    await cspPage.goto(`${server.origin}/search/?q=${encodeURIComponent('マイナンバー')}`);
    await cspPage.waitForSelector('#search-status[data-state=error]');
    await expect(cspPage.textContent('#search-status')).resolves.toContain('検索機能を読み込めませんでした');
    expect(violations.join('\n')).toMatch(/WebAssembly/);
    await closeRoutedPage(cspPage);
  });
});

describe('latency on the real site (reported, not asserted)', () => {
  it('measures the first and the next query with performance.now() in the page', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(`${server.origin}/search/`);
    // A string, so the test runner does not rewrite the browser's import() into its own loader.
    const timings = (await fresh.evaluate(`(async () => {
      const t0 = performance.now();
      // The newest shard's bundle (the search page merges the others into it).
      const primary = document.querySelector('#search-form').dataset.searchIndexes.split(' ')[0];
      const pagefind = await import(location.origin + primary + 'pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const first = await pagefind.search('情報セキュリティ');
      await Promise.all(first.results.map((r) => r.data()));
      const t1 = performance.now();
      const next = await pagefind.search('研修');
      await Promise.all(next.results.map((r) => r.data()));
      const t2 = performance.now();
      return { firstMs: t1 - t0, nextMs: t2 - t1, firstCount: first.results.length, nextCount: next.results.length };
    })()`)) as { firstMs: number; nextMs: number; firstCount: number; nextCount: number };
    console.info(`[kohyo:search] first query ${timings.firstMs.toFixed(0)} ms (load + init + search + data), next query ${timings.nextMs.toFixed(0)} ms`);
    expect(timings.firstCount).toBeGreaterThan(0);
    expect(timings.nextCount).toBeGreaterThan(0);
    await fresh.close();
  });
});

describe('accessibility', () => {
  it('has zero axe violations with results and filters shown', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('情報セキュリティ')}`);
    await page.waitForSelector('#search-status[data-state=done]');
    await page.waitForFunction(() => document.querySelectorAll('#search-filters input[type=checkbox]').length > 0);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const { violations } = await runAxe(page);
    const lines = formatViolations('/search/?q=情報セキュリティ', violations);
    expect(lines, `axe violations:\n${lines.join('\n')}`).toEqual([]);
  });

  it('has exactly one h1 and a <noscript> message', async () => {
    await page.goto(`${server.origin}/search/`);
    expect(await page.locator('h1').count()).toBe(1);
    const html = await page.content();
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  });
});
