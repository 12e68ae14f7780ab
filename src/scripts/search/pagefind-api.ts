/**
 * The part of Pagefind's browser API the search page uses, and its lazy loader.
 * pagefind.js is generated at build time next to the site, so it is imported at run time
 * from its URL and never bundled.
 *
 * The site's index is split into shards (one or more per fiscal year), each its own Pagefind
 * bundle. The bundles are searched in groups, each its own Pagefind instance (its own pagefind.js
 * module, so its own worker and WebAssembly; see groupBundles): the newest fiscal year's bundles,
 * whose results the page shows first, then the older years in two groups searched side by side.
 * Within a group the bundles are merged with Pagefind's mergeIndex.
 *
 * Every shard's pages carry a synthetic filter naming their shard, so a query can leave out the
 * shards that would resolve one of its words differently from one index over the whole site
 * (src/lib/search/shard-vocabulary.ts): results and filter counts then equal a single index's.
 * The vocabulary is the whole site's, shared by both groups.
 */
import { consistentShards, pagefindQueryWords, vocabularyBucket, VOCABULARY_FOLDER, type VocabularyFile } from '../../lib/search/shard-vocabulary.ts';

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

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter value, how many results remain with it (the other filters applied) */
  filters: FilterCounts;
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * What the search page needs: search and the filter values with their counts. A search's
 * `filters` counts are complete once filters() has loaded every shard's filter chunks.
 */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** One Pagefind instance over some of the bundles. */
export interface SearchGroup extends PagefindApi {
  /** The fiscal years of its bundles, newest first */
  readonly years: readonly number[];
  /** Loads the index chunks of a query's words (while the reader is still typing) */
  preload(term: string): Promise<void>;
}

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}

/** The synthetic filter naming each page's shard; never shown to readers. */
export const SHARD_FILTER = 'kohyo-shard';

function withoutShardFilter(counts: FilterCounts): FilterCounts {
  const { [SHARD_FILTER]: _shard, ...rest } = counts;
  return rest;
}

const shardOf = (bundle: string) => bundle.split('/').filter(Boolean).pop()!;

/** The site's search vocabulary (which shard holds which word), fetched a file at a time. */
class Vocabulary {
  readonly #files = new Map<number, Promise<VocabularyFile | undefined>>();

  constructor(
    private readonly url: string,
    readonly shardIds: readonly string[],
  ) {}

  /** One vocabulary file, fetched once; a missing file means no word of the site starts with that character. */
  #bucket(n: number): Promise<VocabularyFile | undefined> {
    let pending = this.#files.get(n);
    if (!pending) {
      pending = fetch(`${this.url}${n}.json`).then((response) => {
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`vocabulary ${n}: HTTP ${response.status}`);
        return response.json() as Promise<VocabularyFile>;
      });
      pending.catch(() => this.#files.delete(n));
      this.#files.set(n, pending);
    }
    return pending;
  }

  /** The shards of the whole site to search for `term`: all of them unless a word resolves differently in some. */
  async shardsFor(term: string | null): Promise<ReadonlySet<string>> {
    const words = term === null ? [] : pagefindQueryWords(term);
    if (this.shardIds.length === 1 || words.length === 0) return new Set(this.shardIds);
    const files = new Map<number, VocabularyFile | undefined>();
    await Promise.all([...new Set(words.map(vocabularyBucket))].map(async (n) => files.set(n, await this.#bucket(n))));
    return new Set(consistentShards(words, this.shardIds, (word) => files.get(vocabularyBucket(word))));
  }
}

class ShardGroup implements SearchGroup {
  constructor(
    private readonly pagefind: PagefindModule,
    private readonly shardIds: readonly string[],
    readonly years: readonly number[],
    private readonly vocabulary: Vocabulary,
  ) {}

  async search(term: string | null, options: { filters?: PagefindFilters } = {}): Promise<PagefindSearch> {
    const allowed = await this.vocabulary.shardsFor(term);
    const shards = this.shardIds.filter((id) => allowed.has(id));
    if (shards.length === 0) return { results: [], filters: {} };
    const filters = shards.length === this.shardIds.length ? options.filters : { ...options.filters, [SHARD_FILTER]: { any: shards } };
    const found = await this.pagefind.search(term, { filters });
    return { results: found.results, filters: withoutShardFilter(found.filters) };
  }

  async filters(): Promise<FilterCounts> {
    return withoutShardFilter(await this.pagefind.filters());
  }

  preload(term: string): Promise<void> {
    return this.pagefind.preload(term);
  }
}

/** Adds counts key by key, as Pagefind does for merged indexes. */
export function sumCounts(all: readonly FilterCounts[]): FilterCounts {
  const out: FilterCounts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const sum = (out[key] ??= {});
      for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return out;
}

/**
 * Every group searched as one: results by score (as mergeIndex orders the results of merged
 * indexes), counts added key by key.
 */
export function combinedSearch(groups: readonly PagefindApi[]): PagefindApi {
  return {
    async search(term, options) {
      const found = await Promise.all(groups.map((g) => g.search(term, options)));
      return { results: found.flatMap((f) => f.results).sort((a, b) => b.score - a.score), filters: sumCounts(found.map((f) => f.filters)) };
    },
    async filters() {
      return sumCounts(await Promise.all(groups.map((g) => g.filters())));
    },
  };
}

/** One Pagefind instance over `bundles` (search order), its first bundle the primary. */
async function loadGroup(baseUrl: string, bundles: readonly string[], years: readonly number[], vocabulary: Vocabulary): Promise<SearchGroup> {
  const [primary, ...others] = bundles;
  if (primary === undefined) throw new Error('no search index');
  // Each bundle has its own pagefind.js: importing another group's gives another module, worker and WebAssembly.
  const url = new URL(`${primary}pagefind.js`, window.location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  const shardFilter = (bundle: string) => ({ mergeFilter: { [SHARD_FILTER]: shardOf(bundle) } });
  await pagefind.options({ excerptLength: 40, baseUrl });
  await pagefind.init();
  // The primary index takes a synthetic filter only once it is loaded (Pagefind 1.6).
  await pagefind.options(shardFilter(primary));
  // Merged indexes wait for the primary's WebAssembly: make sure it loaded rather than wait forever.
  // An empty search waits for it (and fails if it failed) without fetching any index or filter chunk.
  await pagefind.search('');
  await Promise.all(others.map((bundle) => pagefind.mergeIndex(bundle, { excerptLength: 40, baseUrl, ...shardFilter(bundle) })));
  // The filter chunks are not loaded here: a search loads those of the filters it uses, and
  // complete counts need every chunk of every shard. The search page shows the first results, and
  // fills in the counts once the reader stays on them.
  return new ShardGroup(pagefind, bundles.map(shardOf), years, vocabulary);
}

/**
 * The site's bundles as Pagefind instances (each its own pagefind.js module, so its own worker): the
 * newest fiscal year's bundles merged in one, whose results the page shows first, then the older
 * years in two (the newer and the older half, by bundles, a year never split), loaded and searched
 * side by side on two cores once the first results are on screen. `years[i]` is the fiscal year of
 * `bundles[i]`; bundles come newest year first.
 *
 * Why the newest year is one instance even when it has several bundles: merged bundles share one
 * WebAssembly module and one worker, which a phone on a slow connection fetches once (one instance
 * per bundle fetched them twice, ≈ 85 kB more before the first results), and on this machine's
 * loopback the merged instance answered as fast (scripts/bench/README.md).
 */
export function groupBundles(bundles: readonly string[], years: readonly number[]): Array<{ bundles: string[]; years: number[] }> {
  const newest = years[0];
  const first = bundles.filter((_, i) => years[i] === newest);
  const rest = bundles.filter((_, i) => years[i] !== newest);
  const yearOf = (bundle: string) => years[bundles.indexOf(bundle)]!;
  const yearsOf = (list: string[]) => [...new Set(list.map(yearOf))].sort((a, b) => b - a);
  // The halves split between two years, at the year that balances them best (the newer half never the larger).
  const restYears = yearsOf(rest);
  let split = 0;
  let best = Infinity;
  for (let k = 1; k < restYears.length; k++) {
    const newer = rest.filter((b) => restYears.slice(0, k).includes(yearOf(b))).length;
    const balance = Math.abs(rest.length - 2 * newer);
    if (balance < best) [best, split] = [balance, k];
  }
  const isNewer = (bundle: string) => restYears.slice(0, split).includes(yearOf(bundle));
  const halves = split === 0 ? [rest] : [rest.filter(isNewer), rest.filter((b) => !isNewer(b))];
  return [first, ...halves].filter((list) => list.length > 0).map((list) => ({ bundles: list, years: yearsOf(list) }));
}

/** The search groups, loaded on demand: the first at the first use, the others when asked for. */
export interface SearchGroups {
  readonly count: number;
  /** The group at `index`, loading it on first call */
  group(index: number): Promise<SearchGroup>;
  /**
   * Fetches the vocabulary files a query's words need, without waiting for Pagefind: the search
   * needs them right after Pagefind has loaded, and on a slow connection that is a round trip saved.
   */
  prefetchVocabulary(term: string): void;
}

/**
 * `bundles` are the shards' bundle URLs (…/pagefind/<shard id>/) in search order (newest fiscal
 * year first), `years` their fiscal years; result URLs are site paths (`baseUrl`), not paths under
 * a bundle's folder. A group whose load failed (network) is loaded again on the next use.
 */
export function searchGroups(baseUrl: string, bundles: readonly string[], years: readonly number[]): SearchGroups {
  if (bundles.length === 0) throw new Error('no search index');
  // Without years (an older page), every bundle is one group.
  const groups = years.length === bundles.length ? groupBundles(bundles, years) : [{ bundles: [...bundles], years: [] }];
  const vocabulary = new Vocabulary(`${baseUrl}pagefind/${VOCABULARY_FOLDER}/`, bundles.map(shardOf));
  const loading = new Map<number, Promise<SearchGroup>>();
  return {
    count: groups.length,
    prefetchVocabulary(term) {
      vocabulary.shardsFor(term).catch(() => undefined);
    },
    group(index) {
      let pending = loading.get(index);
      if (!pending) {
        const spec = groups[index];
        if (!spec) return Promise.reject(new Error(`no search group ${index}`));
        pending = loadGroup(baseUrl, spec.bundles, spec.years, vocabulary);
        pending.catch(() => loading.delete(index));
        loading.set(index, pending);
      }
      return pending;
    },
  };
}
