/**
 * Result counts for every filter value, for the search being shown.
 *
 * Pagefind's `filters` field counts, per value, the results that remain with every chosen filter
 * applied. For a group with a choice that would give 0 to the group's other values, although
 * choosing one of them too adds results (values of one group combine with OR). So a group with a
 * choice takes its counts from one more search without that group's own choice (the usual faceted
 * search rule); a group without a choice takes them from the search itself.
 */
import { FILTER_KEYS, FILTER_ORDER, type FilterId } from '../../lib/search/filters.ts';
import type { FilterCounts, PagefindApi } from './pagefind-api.ts';
import { runSearch, toPagefindFilters, type SearchOutcome, type SearchRequest } from './run-search.ts';

/** Filter id → value → number of results; a missing group means its counts are not known. */
export type ValueCounts = Partial<Record<FilterId, Record<string, number>>>;

/** Counts of `filters` for `query`, including the case of no query and no filter (every report). */
async function countsFor(api: PagefindApi, query: string, filters: Record<string, string[]>): Promise<FilterCounts> {
  const outcome = await runSearch(api, { query, filters });
  if (outcome) return outcome.counts;
  // Nothing left to search for: Pagefind's filter-only search with no filter covers every page.
  return (await api.search(null, { filters: toPagefindFilters({}) })).filters;
}

export async function facetCounts(api: PagefindApi, request: SearchRequest, outcome: SearchOutcome): Promise<ValueCounts> {
  const counts: ValueCounts = {};
  await Promise.all(
    FILTER_ORDER.map(async (id) => {
      const key = FILTER_KEYS[id];
      const chosen = request.filters[key] ?? [];
      const source = chosen.length === 0 ? outcome.counts : await countsFor(api, request.query, { ...request.filters, [key]: [] });
      if (source[key]) counts[id] = source[key];
    }),
  );
  return counts;
}

/** True when some group's counts are missing (Pagefind has not loaded that filter's index yet). */
export function countsIncomplete(counts: ValueCounts): boolean {
  return FILTER_ORDER.some((id) => counts[id] === undefined);
}
