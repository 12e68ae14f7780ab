/**
 * Whether the next Astro run may start while the previous shard is still being indexed.
 *
 * Overlapping the two uses both cores, but their memory adds up. The build overlaps them only
 * when an estimate of the sum stays within the budget (default 2,000 MB, the memory of an ordinary
 * CI runner's job), counting the build's own process as it is at that moment.
 *
 * The estimates are straight lines through what `npm run bench` measured on the synthetic corpus
 * (peak RSS per process, 2 cores, Node 24, Astro 7.3, Pagefind 1.6; scripts/bench/README.md):
 * - Pagefind indexing the report pages of a shard: ≈ 1.1 MB per report page (545 MB at 516);
 * - an Astro run of a shard: ≈ 770 MB + 0.3 MB per report it renders (917 MB at ~500, 1,063 MB at ~1,000);
 * - the site-wide pages' Astro run: ≈ 700 MB + 0.015 MB per report of the archive (≈ 1,000 MB at 20,000).
 * They are fitted to those points; a wrong guess costs time (no overlap) or shows in the bench's peak.
 */
export const DEFAULT_MEMORY_BUDGET_MB = 2000;

export const estimatePagefindMb = (reports: number): number => 1.1 * reports;
export const estimateAstroMb = (reports: number): number => 770 + 0.3 * reports;

export interface OverlapQuestion {
  /** Report pages of the shard being indexed (0 when nothing is indexed, e.g. a continuing-report shard) */
  indexingReports: number;
  /** Estimated peak of the next Astro run (estimateAstroMb, estimateSiteAstroMb) */
  renderingMb: number;
  /** Resident memory of the build's own process now */
  parentMb: number;
  budgetMb: number;
}

export function mayOverlap(q: OverlapQuestion): boolean {
  if (q.indexingReports === 0) return true;
  return q.parentMb + estimatePagefindMb(q.indexingReports) + q.renderingMb <= q.budgetMb;
}

/** The site-wide pages' Astro run holds a short summary of every report of the archive. */
export const estimateSiteAstroMb = (archiveReports: number): number => 700 + 0.015 * archiveReports;
