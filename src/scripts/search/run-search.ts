/**
 * Runs one search: the query's variants (each fiscal-year label under every name of the year)
 * are searched with the same filters and their results merged, best score first.
 */
import { expandQuery } from '../../lib/search/query.ts';
import type { FilterCounts, PagefindApi, PagefindFilters, PagefindResult, PagefindSearch } from './pagefind-api.ts';

export interface SearchRequest {
  query: string;
  /** Pagefind filter key → selected values (any of them matches) */
  filters: Record<string, string[]>;
}

export interface SearchOutcome {
  /** Normalised query (NFKC) */
  query: string;
  results: PagefindResult[];
  /**
   * Per filter value, how many of these results have it (Pagefind's `filters` field of the search
   * response: the counts among the results with every chosen filter applied). Only filters whose
   * index chunks Pagefind has loaded are present; a missing key means "not known yet".
   */
  counts: FilterCounts;
}

export function toPagefindFilters(filters: Record<string, string[]>): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [key, values] of Object.entries(filters)) if (values.length > 0) out[key] = { any: values };
  return out;
}

export function hasFilters(filters: Record<string, string[]>): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/** Returns null when there is nothing to search for (empty query and no filters). */
export async function runSearch(pagefind: PagefindApi, request: SearchRequest): Promise<SearchOutcome | null> {
  const { normalized, variants } = expandQuery(request.query);
  const filters = toPagefindFilters(request.filters);
  if (variants.length === 0) {
    if (!hasFilters(request.filters)) return null;
    const search = await pagefind.search(null, { filters });
    return { query: normalized, results: search.results, counts: search.filters };
  }
  const searches = await Promise.all(variants.map((term) => pagefind.search(term, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const search of searches) {
    for (const result of search.results) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  return { query: normalized, results, counts: largestCounts(searches) };
}

/**
 * The counts of several variant searches (平成30年度 / 2018年度 / H30年度) that were merged. Every
 * report carries all names of its year, so the variants find the same pages and their counts
 * agree; where they do not, the largest is the closest bound available without reading every
 * result's data.
 */
function largestCounts(searches: readonly PagefindSearch[]): FilterCounts {
  const out: FilterCounts = {};
  for (const search of searches) {
    for (const [key, values] of Object.entries(search.filters ?? {})) {
      const merged = (out[key] ??= {});
      for (const [value, count] of Object.entries(values)) merged[value] = Math.max(merged[value] ?? 0, count);
    }
  }
  return out;
}
