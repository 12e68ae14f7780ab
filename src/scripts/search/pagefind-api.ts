/**
 * The part of Pagefind's browser API the search page uses, and its lazy loader.
 * pagefind.js is generated at build time next to the site, so it is imported at run time
 * from its URL and never bundled.
 *
 * The site's index is split into shards (one per fiscal year), each its own Pagefind bundle,
 * merged into the first with Pagefind's mergeIndex (one WebAssembly module for all). Every
 * shard's pages carry a synthetic filter naming their shard, so a query can leave out the shards
 * that would resolve one of its words differently from one index over the whole site
 * (src/lib/search/shard-vocabulary.ts): results and filter counts then equal a single index's.
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

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** The synthetic filter naming each page's shard; never shown to readers. */
export const SHARD_FILTER = 'kohyo-shard';

function withoutShardFilter(counts: FilterCounts): FilterCounts {
  const { [SHARD_FILTER]: _shard, ...rest } = counts;
  return rest;
}

class ShardedSearch implements PagefindApi {
  readonly #vocabulary = new Map<number, Promise<VocabularyFile | undefined>>();

  constructor(
    private readonly pagefind: PagefindModule,
    private readonly shardIds: readonly string[],
    private readonly vocabularyUrl: string,
  ) {}

  /** One vocabulary file, fetched once; a missing file means no word of the site starts with that character. */
  #bucket(n: number): Promise<VocabularyFile | undefined> {
    let pending = this.#vocabulary.get(n);
    if (!pending) {
      pending = fetch(`${this.vocabularyUrl}${n}.json`).then((response) => {
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`vocabulary ${n}: HTTP ${response.status}`);
        return response.json() as Promise<VocabularyFile>;
      });
      pending.catch(() => this.#vocabulary.delete(n));
      this.#vocabulary.set(n, pending);
    }
    return pending;
  }

  /** The shards to search for `term`: all of them unless a word resolves differently in some. */
  async #shardsFor(term: string | null): Promise<readonly string[]> {
    const words = term === null ? [] : pagefindQueryWords(term);
    if (this.shardIds.length === 1 || words.length === 0) return this.shardIds;
    const files = new Map<number, VocabularyFile | undefined>();
    await Promise.all([...new Set(words.map(vocabularyBucket))].map(async (n) => files.set(n, await this.#bucket(n))));
    return consistentShards(words, this.shardIds, (word) => files.get(vocabularyBucket(word)));
  }

  async search(term: string | null, options: { filters?: PagefindFilters } = {}): Promise<PagefindSearch> {
    const shards = await this.#shardsFor(term);
    if (shards.length === 0) return { results: [], filters: {} };
    const filters = shards.length === this.shardIds.length ? options.filters : { ...options.filters, [SHARD_FILTER]: { any: [...shards] } };
    const found = await this.pagefind.search(term, { filters });
    return { results: found.results, filters: withoutShardFilter(found.filters) };
  }

  async filters(): Promise<FilterCounts> {
    return withoutShardFilter(await this.pagefind.filters());
  }
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads and initialises Pagefind once; later calls share the same promise. `bundles` are the
 * shards' bundle URLs (…/pagefind/<shard id>/) in search order; result URLs are site paths
 * (`baseUrl`), not paths under a bundle's folder.
 */
export function loadPagefind(baseUrl: string, bundles: readonly string[]): Promise<PagefindApi> {
  loading ??= (async () => {
    const [primary, ...others] = bundles;
    if (primary === undefined) throw new Error('no search index');
    const shardOf = (bundle: string) => bundle.split('/').filter(Boolean).pop()!;
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
    // The merged shards' filter chunks are not loaded here: a search loads those of the filters it
    // uses, and complete counts need every chunk of every shard (about a second at 25 shards). The
    // search page shows the first results, and fills in the counts once the reader stays on them.
    return new ShardedSearch(pagefind, bundles.map(shardOf), `${baseUrl}pagefind/${VOCABULARY_FOLDER}/`);
  })();
  // A failed load (network) may be retried on the next use.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
