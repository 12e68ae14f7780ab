import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_BUDGET_MB, estimateAstroMb, mayOverlap } from '../../../src/lib/build/memory-budget.ts';

const ask = (indexingReports: number, renderingReports: number, parentMb = 450) => mayOverlap({ indexingReports, renderingMb: estimateAstroMb(renderingReports), parentMb, budgetMb: DEFAULT_MEMORY_BUDGET_MB });

describe('mayOverlap', () => {
  it('overlaps two shards of about 500 reports (one fiscal year of a 5,000-report archive)', () => {
    expect(ask(516, 497)).toBe(true);
  });

  it('does not overlap two shards of 1,000 reports: Pagefind and Astro together would pass 2 GB', () => {
    expect(ask(1000, 1000)).toBe(false);
  });

  it('counts the build process as it is: a large parent leaves no room', () => {
    expect(ask(500, 500, 1200)).toBe(false);
  });

  it('always overlaps when nothing is being indexed', () => {
    expect(ask(0, 5000, 1900)).toBe(true);
  });
});
