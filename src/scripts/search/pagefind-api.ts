/**
 * The part of Pagefind's browser API the search page uses, and its lazy loader.
 * pagefind.js is generated at build time next to the site, so it is imported at run time
 * from its URL and never bundled.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads and initialises Pagefind once; later calls share the same promise. */
export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = new URL(`${baseUrl}pagefind/pagefind.js`, window.location.href).href;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 40 });
    await api.init();
    return api;
  })();
  // A failed load (network) may be retried on the next use.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
