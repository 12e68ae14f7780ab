/**
 * Newest-first order over merged shard indexes and the per-group filter counts, against a small
 * in-memory stand-in for the Pagefind API (the real one is exercised in tests/e2e).
 */
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/scripts/search/facets.ts';
import { newestFirst } from '../../../src/scripts/search/newest-first.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from '../../../src/scripts/search/pagefind-api.ts';
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

describe('newest fiscal year first across shards', () => {
  it('orders by year, newest first, and keeps relevance order within a year, without reading result data', async () => {
    const api = fakeApi();
    const request = { query: '研修', filters: {} };
    const outcome = (await runSearch(api, request))!;
    expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const ordered = await newestFirst(api, request, outcome.results, Object.keys(outcome.counts['年度']!));
    expect(ordered.map((r) => r.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('searches only the chosen years when the 年度 filter is set', async () => {
    const api = fakeApi();
    const request = { query: '研修', filters: { 年度: [Y17, Y19] } };
    const outcome = (await runSearch(api, request))!;
    const before = api.searches;
    const ordered = await newestFirst(api, request, outcome.results, [Y19, Y18, Y17]);
    expect(ordered.map((r) => r.id)).toEqual(['b', 'd', 'a', 'e']);
    expect(api.searches - before).toBe(2);
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
