/**
 * The search page's state as it lives in the address: query, filters and sort order. One module
 * reads and writes it, so a shared link, a reload and back/forward all give the same list.
 *
 *   /search/?q=備蓄&year=令和5年度（2023年度）&org=大阪市 危機管理室&sort=newest
 */
import { FILTER_ORDER, FILTER_PARAMS, type FilterId } from './filters.ts';

/** 'relevance' (the default, left out of the address) or newest fiscal year first. */
export type SortOrder = 'relevance' | 'newest';

export const SORT_PARAM = 'sort';
/** Value of `sort` for newest fiscal year first (relevance has no parameter). */
export const SORT_NEWEST = 'newest';

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
    sort: params.get(SORT_PARAM) === SORT_NEWEST ? 'newest' : 'relevance',
  };
}

/** The query string for a state (without `?`); parameters in a fixed order so equal states give equal URLs. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const id of FILTER_ORDER) for (const value of state.filters[id]) params.append(FILTER_PARAMS[id], value);
  if (state.sort === 'newest') params.set(SORT_PARAM, SORT_NEWEST);
  return params.toString();
}

export function activeFilterCount(filters: Record<FilterId, readonly string[]>): number {
  return FILTER_ORDER.reduce((n, id) => n + filters[id].length, 0);
}
