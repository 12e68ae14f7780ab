/**
 * Search page controller. Pagefind is loaded at first use: at once when the page is opened
 * with a query (e.g. from the header search box), otherwise when the reader first reaches the
 * search controls. Query, filters and sort live in the URL (?q=…&year=…&sort=newest): a search
 * the reader makes is a new history entry, so links reproduce a list and back/forward restore it.
 */
import { FILTER_KEYS, FILTER_ORDER, fiscalYearOfFilterValue, type FilterId } from '../../lib/search/filters.ts';
import { expandQuery, normalizeQuery } from '../../lib/search/query.ts';
import { moreLabel, NEWEST_FIRST_NOTE, noResultsMessage, resultCountMessage, SEARCH_LABELS } from '../../lib/search/labels.ts';
import { activeFilterCount, emptyFilters, readSearchState, searchStateQuery, SORT_RELEVANCE, type SearchState, type SortOrder } from '../../lib/search/url-state.ts';
import { countsIncomplete, facetCounts, type ValueCounts } from './facets.ts';
import { setUpFilterPanel } from './filter-panel.ts';
import { queueByYear, yearsToSearch } from './newest-first.ts';
import { combinedSearch, searchGroups, sumCounts, type FilterCounts, type PagefindApi, type PagefindResult, type SearchGroup, type SearchGroups } from './pagefind-api.ts';
import { hasFilters, runSearch, type SearchOutcome, type SearchRequest } from './run-search.ts';
import { resultItem, showFilterState } from './render.ts';

const PAGE_SIZE = 20;
/**
 * Results whose data is fetched before anything is drawn: more than a phone's first screen holds
 * (one or two results at 375 × 812). Each needs its own fragment request; on a slow connection
 * twenty would take several round trips before the first result could be shown.
 */
const FIRST_SCREEN = 5;
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
  return { query: input.value, filters, sort: sortSelect.value === SORT_RELEVANCE ? 'relevance' : 'newest' };
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
  sortSelect.value = state.sort === 'relevance' ? SORT_RELEVANCE : '';
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

let groupsCache: SearchGroups | undefined;
/** The search groups whose Pagefind instance has loaded (preloading never starts a load of its own beyond the first). */
const readyGroups = new Map<number, SearchGroup>();

function groups(): SearchGroups {
  const bundles = (form.dataset.searchIndexes ?? '').split(' ').filter(Boolean);
  const years = (form.dataset.searchYears ?? '').split(' ').filter(Boolean).map(Number);
  groupsCache ??= searchGroups(import.meta.env.BASE_URL, bundles, years);
  return groupsCache;
}

/** One group's Pagefind instance; a failed load is said (and retried on the next use). */
async function group(index: number): Promise<SearchGroup> {
  try {
    const loaded = await groups().group(index);
    readyGroups.set(index, loaded);
    return loaded;
  } catch (error) {
    announce('error', SEARCH_LABELS.loadFailed);
    throw error;
  }
}

/** Every group, searched as one index (relevance order, counts, filter chunks). */
async function everyGroup(): Promise<PagefindApi> {
  const all = await Promise.all(Array.from({ length: groups().count }, (_, i) => group(i)));
  return combinedSearch(all);
}

/** Pagefind fetches result data lazily; a failed fetch (e.g. index replaced by a deploy) is said, not hung on. */
function searchFailed(): void {
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

/** Every 年度 value the page lists (the site's fiscal years). */
function listedYears(): string[] {
  return [...(fieldsets.get('fiscalYear')?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])].map((b) => b.value);
}

/**
 * 「検索中」 from the first keystroke: shown and announced once when a search is coming (the
 * list on screen stays until the new results replace it at once, so nothing flickers).
 */
function showSearching(query: string): void {
  if (status.dataset.state === 'loading') return;
  announce('loading', SEARCH_LABELS.searching, query);
}

/**
 * A group's searches, queued at once: one per fiscal year of the group, newest first, or one search
 * when the group holds one year.
 */
async function queueGroup(index: number, request: SearchRequest): Promise<Array<Promise<SearchOutcome | null>>> {
  const api = await group(index);
  const chosenYears = request.filters[FILTER_KEYS.fiscalYear] ?? [];
  // A group without years holds every year of the site (a single-index build).
  const groupYears = api.years.length > 0 ? api.years : listedYears().map(fiscalYearOfFilterValue);
  const years = yearsToSearch(listedYears(), groupYears, chosenYears);
  // One fiscal year: relevance order is already newest first. Searched even when the reader chose
  // only other years (no results): the search loads the filters' chunks of this group, which the
  // counts of the 年度 group without its own choice need.
  if (groupYears.length <= 1 || years.length === 0) return [runSearch(api, request)];
  return queueByYear(api, request, years);
}

/**
 * Newest year first: the newest year's group alone (nothing competes with its first results), then
 * the older groups at once, each in its own worker; `onResults` gets every year's results in the
 * order they are listed.
 */
async function newestFirstSearch(request: SearchRequest, ticket: number, onResults: (outcome: SearchOutcome) => Promise<void>): Promise<boolean> {
  const show = async (queued: Promise<Array<Promise<SearchOutcome | null>>>): Promise<boolean> => {
    for (const pending of await queued) {
      const outcome = await pending;
      if (ticket !== searchCounter) return false;
      if (outcome) await onResults(outcome);
      if (ticket !== searchCounter) return false;
    }
    return true;
  };
  if (!(await show(queueGroup(0, request)))) return false;
  const later = Array.from({ length: groups().count - 1 }, (_, i) => queueGroup(i + 1, request));
  for (const queued of later) queued.catch(() => undefined);
  for (const queued of later) if (!(await show(queued))) return false;
  return true;
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
  const request = pagefindRequest(query, state);
  if (expandQuery(query).variants.length === 0 && !hasFilters(request.filters)) {
    // Nothing to search for.
    writeUrl(state, mode);
    list.replaceChildren();
    current = [];
    shown = 0;
    more.hidden = true;
    counts = {};
    showFilters(state.filters);
    announce('idle', SEARCH_LABELS.idle);
    return;
  }
  showSearching(query);
  groups().prefetchVocabulary(query);

  // Results reach the screen as they come: the list is replaced once, by the first results of
  // this search, and later ones are appended below (never moving what is shown) until a page is full.
  const found: PagefindResult[] = [];
  const countParts: FilterCounts[] = [];
  let replaced = false;
  let drawing = Promise.resolve();
  const draw = async (upTo: number): Promise<void> => {
    const batch = found.slice(shown, upTo);
    if (batch.length === 0) return;
    // Every result's data is asked for at once; each is drawn as soon as it and those above it have
    // arrived, so the first result does not wait for the slowest fragment of the batch.
    const pending = batch.map((r) => r.data());
    for (const p of pending) p.catch(() => undefined);
    for (const p of pending) {
      const data = await p;
      if (ticket !== searchCounter) return;
      if (!replaced) {
        writeUrl(state, mode);
        list.replaceChildren();
        more.hidden = true;
        replaced = true;
        performance.mark('kohyo:search-first');
      }
      list.append(resultItem(data));
      shown += 1;
    }
  };
  const take = (outcome: SearchOutcome): Promise<void> => {
    found.push(...outcome.results);
    countParts.push(outcome.counts);
    // The first few results first (a phone's first screen), then the rest of the page below them.
    drawing = drawing.then(() => draw(FIRST_SCREEN)).then(() => draw(PAGE_SIZE));
    return drawing;
  };

  let api: PagefindApi;
  try {
    shown = 0;
    if (state.sort === 'newest') {
      if (!(await newestFirstSearch(request, ticket, take))) return;
      api = await everyGroup();
    } else {
      // Relevance across every year: shown once every group has answered.
      api = await everyGroup();
      const outcome = await runSearch(api, request);
      if (ticket !== searchCounter) return;
      if (outcome) await take(outcome);
    }
    await drawing;
  } catch {
    if (ticket === searchCounter) searchFailed();
    return;
  }
  if (ticket !== searchCounter) return; // a newer search has started
  for (const [key, values] of Object.entries(request.filters)) if (values.length > 0) filterKeysUsed.add(key);
  const outcome: SearchOutcome = { query, results: found, counts: sumCounts(countParts) };
  current = found;
  if (!replaced) {
    // No results at all.
    writeUrl(state, mode);
    list.replaceChildren();
  }
  try {
    counts = await facetCounts(api, request, outcome).then(trusted);
  } catch {
    counts = {};
  }
  if (ticket !== searchCounter) return;
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
async function completeCounts(api: PagefindApi, request: SearchRequest, outcome: SearchOutcome, ticket: number, state: SearchState): Promise<void> {
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

/** Loads the newest year's instance (the first search needs it; the others wait for its results). */
function warmUp(): void {
  void group(0).catch(() => undefined);
}

/**
 * While the reader types: the words' index chunks are fetched in the newest year's instance (loaded
 * at once if it is not). Only there: the older years' chunks, one per bundle, would compete with
 * them for the connection and the server just when the first results need them; their search
 * fetches them once the first results are on screen.
 */
function preloadTyped(): void {
  const query = normalizeQuery(input.value);
  if (query === '') return;
  groups().prefetchVocabulary(query);
  warmUp();
  readyGroups.get(0)?.preload(query).catch(() => undefined);
}

function scheduleSearch(): void {
  window.clearTimeout(typingTimer);
  if (normalizeQuery(input.value) !== '') showSearching(normalizeQuery(input.value));
  preloadTyped();
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
// The newest year's instance only: the others are loaded by the first search once its first results
// are on screen (on a slow connection they would compete with them).
for (const area of [form, toolbar, panel]) {
  for (const type of ['focusin', 'pointerenter', 'pointerdown'] as const) area.addEventListener(type, warmUp, { once: true });
}

const initial = readSearchState(new URLSearchParams(window.location.search));
applyState(initial);
if (normalizeQuery(initial.query) !== '' || activeFilterCount(initial.filters) > 0) void search('replace');
else announce('idle', SEARCH_LABELS.idle);
