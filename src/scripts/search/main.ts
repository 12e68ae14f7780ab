/**
 * Search page controller. Pagefind is loaded at first use: at once when the page is opened
 * with a query (e.g. from the header search box), otherwise when the reader first reaches the
 * search controls. Query, filters and sort live in the URL (?q=…&year=…&sort=newest): a search
 * the reader makes is a new history entry, so links reproduce a list and back/forward restore it.
 */
import { FILTER_KEYS, FILTER_ORDER, type FilterId } from '../../lib/search/filters.ts';
import { normalizeQuery } from '../../lib/search/query.ts';
import { moreLabel, NEWEST_FIRST_NOTE, noResultsMessage, resultCountMessage, SEARCH_LABELS } from '../../lib/search/labels.ts';
import { activeFilterCount, emptyFilters, readSearchState, searchStateQuery, type SearchState, type SortOrder } from '../../lib/search/url-state.ts';
import { countsIncomplete, facetCounts, type ValueCounts } from './facets.ts';
import { setUpFilterPanel } from './filter-panel.ts';
import { newestFirst } from './newest-first.ts';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { runSearch, type SearchRequest } from './run-search.ts';
import { resultItem, showFilterState } from './render.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 300;
/**
 * How long the results stay on screen, with no new search, before the counts are completed.
 * Completing them loads every shard's filter chunks and searches again (about a second at 25
 * shards) in Pagefind's one worker: started at once, it would hold up the search of a reader
 * who refines the query straight away.
 */
const COUNTS_DELAY_MS = 1000;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const panel = document.querySelector<HTMLElement>('#search-filters')!;
const toolbar = document.querySelector<HTMLElement>('.search-toolbar')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const clear = document.querySelector<HTMLButtonElement>('#search-clear')!;
const fieldsets = new Map<FilterId, HTMLFieldSetElement>(
  [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-id]')].map((f) => [f.dataset.filterId as FilterId, f]),
);
const filterPanel = setUpFilterPanel(
  panel,
  document.querySelector<HTMLButtonElement>('#search-filters-toggle')!,
  document.querySelector<HTMLButtonElement>('#search-filters-close')!,
  document.querySelector<HTMLElement>('#search-filters-active')!,
);

let searchCounter = 0;
let current: PagefindResult[] = [];
let shown = 0;
let typingTimer: number | undefined;
let pagefindPromise: Promise<PagefindApi> | undefined;
/** Counts of the search on screen (undefined per group: not known). */
let counts: ValueCounts = {};
/**
 * Pagefind counts a filter only in the indexes that have loaded its chunk. A search loads the
 * chunks of the filters it uses, in every merged index; the others are loaded once, by
 * `api.filters()` after the first results are on screen (never before: the first search must not
 * wait for them). Until then only the counts of filters some search has used are trusted.
 */
let allFiltersLoaded: Promise<void> | undefined;
let everyFilterLoaded = false;
let countsTimer: number | undefined;
const filterKeysUsed = new Set<string>();

function trusted(all: ValueCounts): ValueCounts {
  if (everyFilterLoaded) return all;
  return Object.fromEntries(Object.entries(all).filter(([id]) => filterKeysUsed.has(FILTER_KEYS[id as FilterId]))) as ValueCounts;
}

type State = 'idle' | 'loading' | 'done' | 'error';

let completedSearches = 0;

/** Marks the state (read by tests and styling) without speaking: only outcomes are announced. */
function setState(state: State, query = ''): void {
  status.dataset.state = state;
  status.dataset.query = query;
  if (state === 'done') status.dataset.searches = String(++completedSearches);
  list.setAttribute('aria-busy', String(state === 'loading'));
}

/** Announces a message through the polite live region. */
function announce(state: State, message: string, query = ''): void {
  if (status.textContent === message) {
    // Screen readers ignore a live region whose text did not change: clear it, then refill.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
      setState(state, query);
    });
    return;
  }
  status.textContent = message;
  setState(state, query);
}

/** The state the controls show. */
function controlsState(): SearchState {
  const filters = emptyFilters();
  for (const [id, fieldset] of fieldsets) {
    filters[id] = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);
  }
  return { query: input.value, filters, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
}

/** Shows the chosen filters with the counts of the search on screen. */
function showFilters(filters: Record<FilterId, readonly string[]>): void {
  for (const [id, fieldset] of fieldsets) showFilterState(fieldset, new Set(filters[id]), counts[id]);
  filterPanel.setActiveCount(activeFilterCount(filters));
  // Read by tests: whether every group shows the counts of the search on screen.
  panel.dataset.counts = Object.keys(counts).length === 0 ? 'none' : countsIncomplete(counts) ? 'partial' : 'complete';
}

/** Puts a state (from the URL) into the controls. */
function applyState(state: SearchState): void {
  input.value = state.query;
  sortSelect.value = state.sort === 'newest' ? 'newest' : '';
  showFilters(state.filters);
  filterPanel.revealChosen();
}

type HistoryMode = 'push' | 'replace' | 'none';

function writeUrl(state: SearchState, mode: HistoryMode): void {
  const search = searchStateQuery(state);
  const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
  if (mode === 'none' || `${window.location.pathname}${window.location.search}` === url) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function pagefind(): Promise<PagefindApi> {
  pagefindPromise ??= loadPagefind(import.meta.env.BASE_URL, (form.dataset.searchIndexes ?? '').split(' ').filter(Boolean));
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
    announce('error', SEARCH_LABELS.loadFailed);
  });
  return pagefindPromise;
}

/** Pagefind fetches result data lazily; a failed fetch (e.g. index replaced by a deploy) is said, not hung on. */
function searchFailed(): void {
  pagefindPromise = undefined;
  announce('error', SEARCH_LABELS.loadFailed);
}

let loadingMore = false;

async function showMore(): Promise<void> {
  // One batch at a time, and only for the search it belongs to.
  if (loadingMore) return;
  loadingMore = true;
  more.disabled = true;
  const ticket = searchCounter;
  const batch = current.slice(shown, shown + PAGE_SIZE);
  let data: Awaited<ReturnType<(typeof batch)[number]['data']>>[];
  try {
    data = await Promise.all(batch.map((r) => r.data()));
  } catch {
    searchFailed();
    return;
  } finally {
    loadingMore = false;
    more.disabled = false;
  }
  if (ticket !== searchCounter) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += batch.length;
  updateMore();
  // The button may have just been hidden: move focus to the first new result.
  items[0]?.querySelector('a')?.focus();
}

function updateMore(): void {
  more.hidden = shown >= current.length;
  more.textContent = moreLabel(current.length - shown, PAGE_SIZE);
}

function countMessage(query: string, filterCount: number, sort: SortOrder): string {
  if (current.length === 0) return noResultsMessage(query, filterCount);
  const message = resultCountMessage(query, filterCount, current.length);
  return sort === 'newest' ? `${message}。${NEWEST_FIRST_NOTE}` : message;
}

/** Pagefind filter key → chosen values. */
function pagefindRequest(query: string, state: SearchState): SearchRequest {
  return { query, filters: Object.fromEntries(FILTER_ORDER.map((id) => [FILTER_KEYS[id], state.filters[id]])) };
}

/** The 年度 values with results, newest first; every listed year when the counts are not known. */
function yearsWithResults(yearCounts: Record<string, number> | undefined): string[] {
  const listed = [...(fieldsets.get('fiscalYear')?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])].map((b) => b.value);
  return yearCounts ? listed.filter((year) => (yearCounts[year] ?? 0) > 0) : listed;
}

async function search(mode: HistoryMode): Promise<void> {
  const ticket = ++searchCounter;
  window.clearTimeout(countsTimer);
  // Marks for the benchmark (scripts/bench): from here to the results on screen.
  performance.mark('kohyo:search-start');
  const state = controlsState();
  const query = normalizeQuery(state.query);
  const filterCount = activeFilterCount(state.filters);
  filterPanel.setActiveCount(filterCount);
  let api: PagefindApi;
  try {
    setState('loading', query);
    api = await pagefind();
  } catch {
    return;
  }
  const request = pagefindRequest(query, state);
  let outcome: Awaited<ReturnType<typeof runSearch>>;
  let facets: Promise<ValueCounts> | undefined;
  let results: PagefindResult[] = [];
  try {
    outcome = await runSearch(api, request);
    for (const [key, values] of Object.entries(request.filters)) if (values.length > 0) filterKeysUsed.add(key);
    if (outcome) {
      facets = facetCounts(api, request, outcome).then(trusted);
      const yearCounts = trusted({ fiscalYear: outcome.counts[FILTER_KEYS.fiscalYear] ?? {} }).fiscalYear;
      results = state.sort === 'newest' ? await newestFirst(api, request, outcome.results, yearsWithResults(yearCounts)) : outcome.results;
    }
  } catch {
    if (ticket === searchCounter) searchFailed();
    return;
  }
  if (ticket !== searchCounter) return; // a newer search has started
  writeUrl(state, mode);
  list.replaceChildren();
  current = results;
  shown = 0;
  more.hidden = true;
  if (!outcome) {
    counts = {};
    showFilters(state.filters);
    announce('idle', SEARCH_LABELS.idle);
    return;
  }
  const batch = current.slice(0, PAGE_SIZE);
  let data: Awaited<ReturnType<(typeof batch)[number]['data']>>[];
  try {
    [data, counts] = await Promise.all([Promise.all(batch.map((r) => r.data())), facets ?? Promise.resolve({})]);
  } catch {
    if (ticket === searchCounter) searchFailed();
    return;
  }
  if (ticket !== searchCounter) return;
  list.append(...data.map(resultItem));
  shown = batch.length;
  updateMore();
  showFilters(state.filters);
  announce('done', countMessage(query, filterCount, state.sort), query);
  performance.mark('kohyo:search-done');
  if (!everyFilterLoaded) countsTimer = window.setTimeout(() => void completeCounts(api, request, outcome, ticket, state), COUNTS_DELAY_MS);
}

/**
 * Once the first results have stayed on screen for COUNTS_DELAY_MS, every filter's chunks are
 * loaded and the counts of the same search are filled in (the results do not change).
 */
async function completeCounts(api: PagefindApi, request: SearchRequest, outcome: NonNullable<Awaited<ReturnType<typeof runSearch>>>, ticket: number, state: SearchState): Promise<void> {
  try {
    allFiltersLoaded ??= api.filters().then(() => {
      everyFilterLoaded = true;
    });
    allFiltersLoaded.catch(() => (allFiltersLoaded = undefined));
    await allFiltersLoaded;
    // A newer search has started meanwhile: it brings its own counts, now complete.
    if (ticket !== searchCounter) return;
    const again = await runSearch(api, request);
    const full = await facetCounts(api, request, again ?? outcome);
    if (ticket !== searchCounter) return;
    counts = full;
    showFilters(state.filters);
  } catch {
    // Counts are a help, not the result: the list on screen stays as it is.
  }
}

function scheduleSearch(): void {
  window.clearTimeout(typingTimer);
  // Typing refines the entry it started from instead of adding one per pause.
  typingTimer = window.setTimeout(() => void search('replace'), TYPING_DELAY_MS);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  void search('push');
});
input.addEventListener('input', scheduleSearch);
panel.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void search('push');
});
sortSelect.addEventListener('change', () => void search('push'));
clear.addEventListener('click', () => {
  for (const box of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
  void search('push');
});
more.addEventListener('click', () => void showMore());

// Back and forward: the address holds the whole state.
window.addEventListener('popstate', () => {
  window.clearTimeout(typingTimer);
  applyState(readSearchState(new URLSearchParams(window.location.search)));
  void search('none');
});

// First use: reaching the controls by keyboard, pointer or touch starts loading Pagefind.
const warmUp = (): void => void pagefind().catch(() => undefined);
for (const area of [form, toolbar, panel]) {
  for (const type of ['focusin', 'pointerenter', 'pointerdown'] as const) area.addEventListener(type, warmUp, { once: true });
}

const initial = readSearchState(new URLSearchParams(window.location.search));
applyState(initial);
if (normalizeQuery(initial.query) !== '' || activeFilterCount(initial.filters) > 0) void search('replace');
else announce('idle', SEARCH_LABELS.idle);
