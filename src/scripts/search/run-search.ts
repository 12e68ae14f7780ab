/**
 * Runs one search: the query's variants (each fiscal-year label under every name of the year)
 * are searched with the same filters and their results merged, best score first.
 */
import { expandQuery } from '../../lib/search/query.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';

export interface SearchRequest {
  query: string;
  /** Pagefind filter key → selected values (any of them matches) */
  filters: Record<string, string[]>;
}

export interface SearchOutcome {
  /** Normalised query (NFKC) */
  query: string;
  results: PagefindResult[];
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
    return { query: normalized, results: search.results };
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
  return { query: normalized, results };
}
