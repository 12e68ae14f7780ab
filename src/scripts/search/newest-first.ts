/**
 * Newest fiscal year first, relevance within a year: the search page's default order, because it
 * is the only order whose first screen can be shown before every year has been searched (the
 * newest year's results never move when older years arrive below them).
 *
 * Why not Pagefind's own `sort`: the page merges one index per shard, and Pagefind sorts within
 * each index only (a result's score becomes its position in its own index's sort list), so the
 * merged list would interleave the shards by position, not by year. Why not the year in each
 * result's data: `result.data()` fetches one fragment file per result, and a query can have
 * thousands of results. Result ids are content hashes, not URLs, so the year cannot be read from
 * them either.
 *
 * What is cheap: one search per fiscal year, with that year as a filter, instead of one search
 * over every year. Each report is in exactly one year, so the per-year results are the whole
 * result list and their counts add up to the unfiltered search's counts; scores do not depend on
 * filters, so each year's results keep their relevance order. The searches of all years together
 * cost about as much as one unfiltered search (scripts/bench/README.md).
 */
import { FILTER_KEYS, fiscalYearOfFilterValue } from '../../lib/search/filters.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { runSearch, type SearchOutcome, type SearchRequest } from './run-search.ts';

const YEAR = FILTER_KEYS.fiscalYear;

/**
 * The 年度 filter values to search one by one, newest first: those of `groupYears` (the fiscal
 * years of the group's bundles) among `listed` (every 年度 value of the site), restricted to the
 * reader's chosen years if any.
 */
export function yearsToSearch(listed: readonly string[], groupYears: readonly number[], chosen: readonly string[]): string[] {
  const inGroup = listed.filter((value) => groupYears.includes(fiscalYearOfFilterValue(value)));
  const wanted = chosen.length > 0 ? inGroup.filter((value) => chosen.includes(value)) : inGroup;
  return wanted.sort((a, b) => fiscalYearOfFilterValue(b) - fiscalYearOfFilterValue(a));
}

/**
 * Queues one search per year of `years` at once (Pagefind's worker answers them in turn); the
 * outcomes come in the order of `years`.
 */
export function queueByYear(api: PagefindApi, request: SearchRequest, years: readonly string[]): Array<Promise<SearchOutcome | null>> {
  const pending = years.map((year) => runSearch(api, { query: request.query, filters: { ...request.filters, [YEAR]: [year] } }));
  // Queued searches that are not awaited yet must not be reported as unhandled when one fails.
  for (const p of pending) p.catch(() => undefined);
  return pending;
}

/**
 * Searches `years` one at a time, newest first, and calls `onYear` with each year's outcome in
 * that order.
 */
export async function searchByYear(api: PagefindApi, request: SearchRequest, years: readonly string[], onYear: (outcome: SearchOutcome, year: string) => void | Promise<void>): Promise<void> {
  const pending = queueByYear(api, request, years);
  for (const [i, p] of pending.entries()) {
    const outcome = await p;
    if (outcome) await onYear(outcome, years[i]!);
  }
}
