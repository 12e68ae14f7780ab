/**
 * The search page's state as it lives in the address: query, filters and sort order. One module
 * reads and writes it, so a shared link, a reload and back/forward all give the same list.
 *
 *   /search/?q=備蓄&year=令和5年度（2023年度）&org=大阪市 危機管理室&sort=relevance
 */
import { FILTER_ORDER, FILTER_PARAMS, type FilterId } from './filters.ts';

/**
 * Newest fiscal year first (the default, left out of the address; relevance within a year) or
 * relevance across all years. Newest first is the default because its first screen can be shown
 * as soon as the newest year's bundles have answered (scripts/bench/README.md has the numbers).
 */
export type SortOrder = 'relevance' | 'newest';

export const SORT_PARAM = 'sort';
/** Value of `sort` for relevance across all years (newest first has no parameter). */
export const SORT_RELEVANCE = 'relevance';


export interface SearchState {
  /** As typed (normalised only when searched) */
  query: string;
  filters: Record<FilterId, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterId, string[]> {
  return Object.fromEntries(FILTER_ORDER.map((id) => [id, []])) as unknown as Record<FilterId, string[]>;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const id of FILTER_ORDER) filters[id] = [...new Set(params.getAll(FILTER_PARAMS[id]).filter((v) => v !== ''))];
  return {
    query: params.get('q') ?? '',
    filters,
    sort: params.get(SORT_PARAM) === SORT_RELEVANCE ? 'relevance' : 'newest',
  };
}

/** The query string for a state (without `?`); parameters in a fixed order so equal states give equal URLs. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const id of FILTER_ORDER) for (const value of state.filters[id]) params.append(FILTER_PARAMS[id], value);
  if (state.sort === 'relevance') params.set(SORT_PARAM, SORT_RELEVANCE);
  return params.toString();
}

export function activeFilterCount(filters: Record<FilterId, readonly string[]>): number {
  return FILTER_ORDER.reduce((n, id) => n + filters[id].length, 0);
}
