/**
 * Search page controller. Pagefind is loaded at first use: at once when the page is opened
 * with a query (e.g. from the header search box), otherwise when the reader first reaches the
 * search form. State lives in the URL (?q=…&year=…), so results can be bookmarked and shared.
 */
import { FILTER_KEYS, FILTER_ORDER, FILTER_PARAMS, filterIdOfKey, type FilterId } from '../../lib/search/filters.ts';
import { normalizeQuery } from '../../lib/search/query.ts';
import { moreLabel, noResultsMessage, resultCountMessage, SEARCH_LABELS } from '../../lib/search/labels.ts';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { hasFilters, runSearch } from './run-search.ts';
import { renderFilterOptions, resultItem } from './render.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 300;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const clear = document.querySelector<HTMLButtonElement>('#search-clear')!;
const fieldsets = new Map<FilterId, HTMLFieldSetElement>(
  [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-id]')].map((f) => [f.dataset.filterId as FilterId, f]),
);

/** Filter values chosen in the URL before the options exist. */
const initial = new URLSearchParams(window.location.search);
const pendingSelection = new Map<FilterId, Set<string>>(FILTER_ORDER.map((id) => [id, new Set(initial.getAll(FILTER_PARAMS[id]))]));

let searchCounter = 0;
let current: PagefindResult[] = [];
let shown = 0;
let typingTimer: number | undefined;
let optionsReady = false;
let pagefindPromise: Promise<PagefindApi> | undefined;

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

function selectedFilters(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of FILTER_ORDER) {
    const fieldset = fieldsets.get(id);
    const checked = fieldset ? [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value) : [];
    // Until the options are drawn, the URL's choices apply.
    out[FILTER_KEYS[id]] = optionsReady ? checked : [...(pendingSelection.get(id) ?? [])];
  }
  return out;
}

function writeUrl(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  for (const id of FILTER_ORDER) for (const value of filters[FILTER_KEYS[id]] ?? []) params.append(FILTER_PARAMS[id], value);
  const search = params.toString();
  history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

function pagefind(): Promise<PagefindApi> {
  pagefindPromise ??= loadPagefind(import.meta.env.BASE_URL, (form.dataset.searchIndexes ?? '').split(' ').filter(Boolean)).then(async (api) => {
    await drawFilterOptions(api);
    return api;
  });
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
    announce('error', SEARCH_LABELS.loadFailed);
  });
  return pagefindPromise;
}

async function drawFilterOptions(api: PagefindApi): Promise<void> {
  const available = await api.filters();
  for (const [key, counts] of Object.entries(available)) {
    const id = filterIdOfKey(key);
    const fieldset = id && fieldsets.get(id);
    if (!id || !fieldset) continue;
    renderFilterOptions(fieldset, id, Object.keys(counts), pendingSelection.get(id) ?? new Set());
  }
  for (const [id, fieldset] of fieldsets) {
    if (!(FILTER_KEYS[id] in available)) renderFilterOptions(fieldset, id, [], new Set());
  }
  optionsReady = true;
  // A folded filter group opens when the address already selects something in it.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.search-filter-more')) {
    if (details.querySelector('input[type=checkbox]:checked')) details.open = true;
  }
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

function countMessage(query: string, filterCount: number): string {
  if (current.length === 0) return noResultsMessage(query, filterCount);
  return resultCountMessage(query, filterCount, current.length);
}

async function search(): Promise<void> {
  const ticket = ++searchCounter;
  // Marks for the benchmark (scripts/bench): from here to the results on screen.
  performance.mark('kohyo:search-start');
  const query = normalizeQuery(input.value);
  let api: PagefindApi;
  try {
    setState('loading', query);
    api = await pagefind();
  } catch {
    return;
  }
  const filters = selectedFilters();
  const filterCount = Object.values(filters).reduce((n, values) => n + values.length, 0);
  let outcome: Awaited<ReturnType<typeof runSearch>>;
  try {
    outcome = await runSearch(api, { query, filters });
  } catch {
    if (ticket === searchCounter) searchFailed();
    return;
  }
  if (ticket !== searchCounter) return; // a newer search has started
  writeUrl(query, filters);
  list.replaceChildren();
  current = outcome?.results ?? [];
  shown = 0;
  more.hidden = true;
  if (!outcome) {
    announce('idle', SEARCH_LABELS.idle);
    return;
  }
  const batch = current.slice(0, PAGE_SIZE);
  let data: Awaited<ReturnType<(typeof batch)[number]['data']>>[];
  try {
    data = await Promise.all(batch.map((r) => r.data()));
  } catch {
    if (ticket === searchCounter) searchFailed();
    return;
  }
  if (ticket !== searchCounter) return;
  list.append(...data.map(resultItem));
  shown = batch.length;
  updateMore();
  announce('done', countMessage(query, filterCount), query);
  performance.mark('kohyo:search-done');
}

function scheduleSearch(): void {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => void search(), TYPING_DELAY_MS);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  void search();
});
input.addEventListener('input', scheduleSearch);
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void search();
});
// The filter boxes are printed in the page before the index has loaded: a box ticked (or cleared)
// before then is remembered, so redrawing the options from the index keeps the reader's choice.
form.addEventListener('change', (event) => {
  const box = event.target;
  if (optionsReady || !(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  const chosen = pendingSelection.get(box.closest<HTMLElement>('fieldset[data-filter-id]')?.dataset.filterId as FilterId);
  if (box.checked) chosen?.add(box.value);
  else chosen?.delete(box.value);
});
clear.addEventListener('click', () => {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
  for (const values of pendingSelection.values()) values.clear();
  void search();
});
more.addEventListener('click', () => void showMore());

// First use: reaching the form by keyboard, pointer or touch starts loading Pagefind.
const warmUp = (): void => void pagefind().catch(() => undefined);
for (const type of ['focusin', 'pointerenter', 'pointerdown'] as const) form.addEventListener(type, warmUp, { once: true });

filtersBox.hidden = false;
input.value = initial.get('q') ?? '';
const startQuery = normalizeQuery(input.value);
const startFilters = Object.fromEntries(FILTER_ORDER.map((id) => [FILTER_KEYS[id], [...(pendingSelection.get(id) ?? [])]]));
if (startQuery !== '' || hasFilters(startFilters)) void search();
else announce('idle', SEARCH_LABELS.idle);
