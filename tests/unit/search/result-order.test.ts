/**
 * Newest-first order over merged shard indexes and the per-group filter counts, against a small
 * in-memory stand-in for the Pagefind API (the real one is exercised in tests/e2e).
 */
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/scripts/search/facets.ts';
import { searchByYear, yearsToSearch } from '../../../src/scripts/search/newest-first.ts';
import { combinedSearch, groupBundles, sumCounts, type PagefindApi, type PagefindFilters, type PagefindResult } from '../../../src/scripts/search/pagefind-api.ts';
import type { SearchOutcome } from '../../../src/scripts/search/run-search.ts';
import { runSearch } from '../../../src/scripts/search/run-search.ts';

interface Page { id: string; score: number; filters: Record<string, string[]> }

const Y17 = '平成29年度（2017年度）';
const Y18 = '平成30年度（2018年度）';
const Y19 = '令和元年度（2019年度）';
const PAGES: Page[] = [
  { id: 'a', score: 9, filters: { 年度: [Y17], 組織: ['甲'] } },
  { id: 'b', score: 8, filters: { 年度: [Y19], 組織: ['乙'] } },
  { id: 'c', score: 7, filters: { 年度: [Y18], 組織: ['甲'] } },
  { id: 'd', score: 6, filters: { 年度: [Y19], 組織: ['甲'] } },
  { id: 'e', score: 5, filters: { 年度: [Y17], 組織: ['乙'] } },
];

/** Every page matches every term; filters combine like Pagefind's `any` (OR within a key, AND across keys). */
function fakeApi(): PagefindApi & { searches: number } {
  const api = {
    searches: 0,
    async search(_term: string | null, options: { filters?: PagefindFilters } = {}) {
      api.searches += 1;
      const chosen = Object.entries(options.filters ?? {});
      const hits = PAGES.filter((p) => chosen.every(([key, { any }]) => any.some((v) => p.filters[key]?.includes(v))));
      const filters: Record<string, Record<string, number>> = {};
      for (const p of hits) for (const [key, values] of Object.entries(p.filters)) for (const v of values) ((filters[key] ??= {})[v] = (filters[key][v] ?? 0) + 1);
      const results: PagefindResult[] = hits.map((p) => ({ id: p.id, score: p.score, data: () => Promise.reject(new Error('data() must not be needed')) }));
      return { results, filters };
    },
    async filters() {
      return {};
    },
  };
  return api;
}

/** The search page's newest-first list: each year's results in turn, as searchByYear hands them over. */
async function newestFirstList(api: PagefindApi, request: { query: string; filters: Record<string, string[]> }, years: string[]): Promise<{ ids: string[]; counts: SearchOutcome['counts'] }> {
  const ids: string[] = [];
  const parts: SearchOutcome['counts'][] = [];
  await searchByYear(api, request, years, (outcome) => {
    ids.push(...outcome.results.map((r) => r.id));
    parts.push(outcome.counts);
  });
  return { ids, counts: sumCounts(parts) };
}

describe('newest fiscal year first across shards', () => {
  it('orders by year, newest first, and keeps relevance order within a year, without reading result data', async () => {
    const api = fakeApi();
    const request = { query: '研修', filters: {} };
    const years = yearsToSearch([Y18, Y17, Y19], [2017, 2018, 2019], []);
    expect(years).toEqual([Y19, Y18, Y17]);
    const { ids, counts } = await newestFirstList(api, request, years);
    expect(ids).toEqual(['b', 'd', 'c', 'a', 'e']);
    // The per-year searches' counts add up to those of one search over every year.
    expect(counts).toEqual((await runSearch(api, request))!.counts);
  });

  it('searches only the chosen years of the group when the 年度 filter is set', async () => {
    const api = fakeApi();
    const request = { query: '研修', filters: { 年度: [Y17, Y19] } };
    const years = yearsToSearch([Y19, Y18, Y17], [2017, 2018], request.filters.年度);
    expect(years).toEqual([Y17]);
    const { ids } = await newestFirstList(api, request, years);
    expect(ids).toEqual(['a', 'e']);
    expect(api.searches).toBe(1);
  });
});

describe('search groups', () => {
  it('puts the newest fiscal year\'s bundles in the first group and the older years in two, a year never split', () => {
    const bundles = ['/pagefind/2019-1/', '/pagefind/2019-2/', '/pagefind/2018/', '/pagefind/2017-1/', '/pagefind/2017-2/'];
    expect(groupBundles(bundles, [2019, 2019, 2018, 2017, 2017])).toEqual([
      { bundles: ['/pagefind/2019-1/', '/pagefind/2019-2/'], years: [2019] },
      { bundles: ['/pagefind/2018/'], years: [2018] },
      { bundles: ['/pagefind/2017-1/', '/pagefind/2017-2/'], years: [2017] },
    ]);
    // Ten years of one bundle each: the nine older years split four (the newer, shown first) and five.
    const ten = Array.from({ length: 10 }, (_, i) => 2023 - i);
    expect(groupBundles(ten.map((y) => `/pagefind/${y}/`), ten).map((g) => g.years)).toEqual([[2023], [2022, 2021, 2020, 2019], [2018, 2017, 2016, 2015, 2014]]);
    expect(groupBundles(['/pagefind/all/'], [2019])).toEqual([{ bundles: ['/pagefind/all/'], years: [2019] }]);
    expect(groupBundles(['/pagefind/2019/', '/pagefind/2018/'], [2019, 2018])).toEqual([{ bundles: ['/pagefind/2019/'], years: [2019] }, { bundles: ['/pagefind/2018/'], years: [2018] }]);
  });

  it('searches every group as one index: results by score, counts added key by key', async () => {
    const only = (year: string): PagefindApi => {
      const api = fakeApi();
      return { search: (term, options) => api.search(term, { filters: { ...options?.filters, 年度: { any: [year] } } }), filters: api.filters };
    };
    const one = fakeApi();
    const combined = combinedSearch([only(Y19), only(Y18), only(Y17)]);
    const request = { query: '研修', filters: {} };
    const whole = (await runSearch(one, request))!;
    const split = (await runSearch(combined, request))!;
    expect(split.results.map((r) => r.id)).toEqual(whole.results.map((r) => r.id));
    // Year counts of each group are its own year's only; the sum is the whole index's.
    expect(split.counts.組織).toEqual(whole.counts.組織);
    expect(split.counts.年度![Y19]).toBe(whole.counts.年度![Y19]);
  });
});

describe('filter counts', () => {
  it('counts a group with a choice without its own choice (values of one group add results)', async () => {
    const api = fakeApi();
    const request = { query: '研修', filters: { 年度: [Y17], 組織: [] } };
    const outcome = (await runSearch(api, request))!;
    const counts = await facetCounts(api, request, outcome);
    // 年度: as if no year were chosen (other years stay choosable); 組織: within 2017.
    expect(counts.fiscalYear).toEqual({ [Y17]: 2, [Y19]: 2, [Y18]: 1 });
    expect(counts.organization).toEqual({ 甲: 1, 乙: 1 });
  });
});
