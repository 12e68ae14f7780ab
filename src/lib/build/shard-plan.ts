/**
 * How the archive is split into shards: pure, decided by the released content only (never by how
 * many machines build it), so one machine and N machines build the same shards and the same bytes.
 *
 * A shard is one fiscal year: a city's past years do not change, so an edit to this year's report
 * re-renders and re-indexes this year only, and shards come out "newest year first" — the order the
 * search page merges them in. A year larger than the capacity is split into parts by organisation
 * (whole organisations, contiguous in id order), so each Astro run and each Pagefind index stays
 * bounded whatever the size of the archive.
 */

/** The released reports of one organisation in one fiscal year: the unit shards are made of. */
export interface Bucket {
  organization: string;
  fiscalYear: number;
  /** Report pages (経営課題 and 施策) in this bucket */
  reports: number;
}

export interface Shard {
  /** Stable, URL-safe: `2018`, or `2018-1`, `2018-2` … when a year is split; `continuity-<org>` */
  id: string;
  /** `reports`: report and figure pages of one fiscal year, with a search index; `continuity`: continuing-report pages */
  kind: 'reports' | 'continuity';
  /** The year of a reports shard (0 for continuity shards) */
  fiscalYear: number;
  buckets: Array<Pick<Bucket, 'organization' | 'fiscalYear'>>;
  reports: number;
}

export interface PlanOptions {
  /** Largest number of report pages a shard should hold (a single organisation-year may exceed it) */
  capacity: number;
  /** `year` (default) or `single`: everything in one shard (for comparing against one index) */
  mode?: 'year' | 'single';
}

/**
 * Report pages per shard, and so per search bundle. Fewer, larger bundles make the search page
 * faster (each merged bundle costs the browser its own requests and work on every query); the
 * memory of one shard's Astro run or Pagefind run, about 1.1 GB each at 1,000 reports, is what
 * bounds it (scripts/bench/README.md). Two such runs do not overlap (src/lib/build/memory-budget.ts).
 */
export const DEFAULT_SHARD_CAPACITY = 1000;


/** Splits buckets (one year's, sorted by organisation) into at most ceil(total/capacity) contiguous parts of similar size. */
function splitYear(buckets: Bucket[], capacity: number): Bucket[][] {
  const total = buckets.reduce((sum, b) => sum + b.reports, 0);
  const parts = Math.max(1, Math.ceil(total / capacity));
  if (parts === 1) return [buckets];
  const target = total / parts;
  const result: Bucket[][] = [];
  let current: Bucket[] = [];
  let size = 0;
  for (const bucket of buckets) {
    // Close the part when adding this organisation would overshoot the even share more than stopping short.
    if (current.length > 0 && result.length < parts - 1 && size + bucket.reports - target > target - size) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(bucket);
    size += bucket.reports;
  }
  if (current.length > 0) result.push(current);
  return result;
}

export function planShards(buckets: readonly Bucket[], options: PlanOptions): Shard[] {
  if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new Error(`shard capacity must be a positive integer, got ${options.capacity}`);
  const withReports = buckets.filter((b) => b.reports > 0);
  const strip = (b: Bucket) => ({ organization: b.organization, fiscalYear: b.fiscalYear });
  const byOrg = (a: Bucket, b: Bucket) => (a.organization < b.organization ? -1 : a.organization > b.organization ? 1 : 0);
  if (options.mode === 'single') {
    if (withReports.length === 0) return [];
    const sorted = [...withReports].sort((a, b) => b.fiscalYear - a.fiscalYear || byOrg(a, b));
    return [{ id: 'all', kind: 'reports', fiscalYear: sorted[0]!.fiscalYear, buckets: sorted.map(strip), reports: sorted.reduce((s, b) => s + b.reports, 0) }];
  }
  const years = [...new Set(withReports.map((b) => b.fiscalYear))].sort((a, b) => b - a);
  const shards: Shard[] = [];
  for (const year of years) {
    const parts = splitYear(withReports.filter((b) => b.fiscalYear === year).sort(byOrg), options.capacity);
    parts.forEach((part, index) => {
      shards.push({
        id: parts.length === 1 ? String(year) : `${year}-${index + 1}`,
        kind: 'reports',
        fiscalYear: year,
        buckets: part.map(strip),
        reports: part.reduce((s, b) => s + b.reports, 0),
      });
    });
  }
  return shards;
}

/** A report that continues over years, as the continuity plan sees it. */
export interface ChainForPlan {
  organization: string;
  /** The fiscal years of its members (one report each) */
  years: readonly number[];
}

/**
 * Shards of continuing-report pages (/<org>/<report>/, all years of one report). Such a shard loads
 * only the reports that belong to a chain (every year of each), so shards are counted in chain
 * members: organisations (in id order) are grouped until their members reach `capacity`. A shard's
 * buckets are the organisation-years its members come from (they key its cache).
 */
export function planContinuityShards(chains: readonly ChainForPlan[], capacity: number): Shard[] {
  const byOrg = new Map<string, number[]>();
  for (const chain of chains) byOrg.set(chain.organization, [...(byOrg.get(chain.organization) ?? []), ...chain.years]);
  const shards: Shard[] = [];
  let current: Array<{ organization: string; years: number[] }> = [];
  let members = 0;
  const close = () => {
    if (current.length === 0) return;
    const buckets = current.flatMap(({ organization, years }) => [...new Set(years)].sort((a, b) => a - b).map((fiscalYear) => ({ organization, fiscalYear })));
    shards.push({ id: `continuity-${current[0]!.organization}`, kind: 'continuity', fiscalYear: 0, buckets, reports: members });
    current = [];
    members = 0;
  };
  for (const organization of [...byOrg.keys()].sort()) {
    const years = byOrg.get(organization)!;
    if (current.length > 0 && members + years.length > capacity) close();
    current.push({ organization, years });
    members += years.length;
  }
  close();
  return shards;
}

/** `K/N` → which shards of the plan machine K of N builds (round-robin, so each machine gets new and old years). */
export function shardsForMachine<T>(shards: readonly T[], k: number, n: number): T[] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 1 || k > n) throw new Error(`--shard takes K/N with 1 ≤ K ≤ N, got ${k}/${n}`);
  return shards.filter((_, index) => index % n === k - 1);
}
