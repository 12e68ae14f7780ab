/**
 * Orders a merged result list newest fiscal year first, keeping relevance order within a year.
 *
 * Why not Pagefind's own `sort`: the search page merges one index per shard, and Pagefind sorts
 * within each index only (a result's score becomes its position in its own index's sort list),
 * so the merged list would interleave the shards by position, not by year. Why not the year in
 * each result's data: `result.data()` fetches one fragment file per result, and a query can have
 * hundreds of results. Result ids are content hashes, not URLs, so the year cannot be read from
 * them either.
 *
 * What is cheap: one more search per fiscal year that has results, with that year as a filter.
 * Pagefind has already loaded the query's word chunks for the first search, so these searches
 * fetch at most the 年度 filter chunk, and they tell which results belong to which year. Scores do
 * not depend on filters, so each year's results keep their relevance order. Measured on the
 * 1,000-report test archive (10 shards; tests/e2e/search-archive.test.ts logs it): 「備蓄」, 203
 * results, 159 ms from search to results on screen by relevance, 350 ms newest first.
 */
import { compareFilterValues, FILTER_KEYS } from '../../lib/search/filters.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { runSearch, type SearchRequest } from './run-search.ts';

const YEAR = FILTER_KEYS.fiscalYear;

/**
 * `years`: the 年度 values that have results (from the search's counts), or every year the page
 * lists when the counts are not known yet.
 */
export async function newestFirst(api: PagefindApi, request: SearchRequest, results: readonly PagefindResult[], years: readonly string[]): Promise<PagefindResult[]> {
  const chosen = request.filters[YEAR] ?? [];
  const candidates = (chosen.length > 0 ? years.filter((y) => chosen.includes(y)) : [...years]).sort((a, b) => compareFilterValues('fiscalYear', a, b));
  if (candidates.length <= 1 || results.length <= 1) return [...results];
  const rank = new Map<string, number>();
  const perYear = await Promise.all(candidates.map((year) => runSearch(api, { query: request.query, filters: { ...request.filters, [YEAR]: [year] } })));
  perYear.forEach((outcome, position) => {
    for (const result of outcome?.results ?? []) if (!rank.has(result.id)) rank.set(result.id, position);
  });
  // Array.prototype.sort is stable: equal years keep the relevance order of `results`.
  return [...results].sort((a, b) => (rank.get(a.id) ?? candidates.length) - (rank.get(b.id) ?? candidates.length));
}
