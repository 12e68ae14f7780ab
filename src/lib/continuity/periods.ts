/**
 * Which fiscal years each continuing-report page shows in full, so that no page grows with the
 * archive: /<org>/<chain>/ shows the latest YEARS_PER_PAGE fiscal years (and every year's title and
 * link), and the older years are on pages of YEARS_PER_PAGE years each, /<org>/<chain>/<from>-<to>/.
 *
 * The older pages are counted from the chain's first year, not from its latest, so their addresses
 * stay the same when a new year is published (the latest page moves on; an older page, once it
 * exists, keeps its years). Every fiscal year of every figure, rating and budget falls on at least
 * one page: the first older page also takes the years before the chain's first document (documents
 * print past figures), the latest page the years after its latest document (targets, next budgets).
 *
 * The slices are taken from values computed over all years, so a revised figure and a rating's
 * change since the previous year read the same on every page, even when that year is on another.
 */
import type { BudgetItem } from './budgets.ts';
import type { RatingRow } from './ratings.ts';
import type { MergedSeries } from './series.ts';

/** Fiscal years shown in full on one page: a 5-year plan; ≈ 20 phone screens with 6 indicators. */
export const YEARS_PER_PAGE = 5;

/** Fiscal years of the data a page shows, inclusive; open-ended where absent. */
export interface YearSpan {
  from?: number;
  to?: number;
}

export interface OlderPeriod {
  /** URL segment: 「2014-2018」 */
  slug: string;
  /** First and last fiscal year of documents the page gathers */
  first: number;
  last: number;
  span: YearSpan;
}

export interface ContinuingPeriods {
  /** The chain's own page: its latest fiscal years */
  latest: YearSpan & { from: number };
  /** Older pages, oldest first; empty while the chain spans YEARS_PER_PAGE years or fewer */
  older: OlderPeriod[];
}

export function continuingPeriods(memberYears: readonly number[]): ContinuingPeriods {
  const first = Math.min(...memberYears);
  const latestFrom = Math.max(...memberYears) - (YEARS_PER_PAGE - 1);
  const older: OlderPeriod[] = [];
  for (let start = first; start < latestFrom; start += YEARS_PER_PAGE) {
    const last = start + YEARS_PER_PAGE - 1;
    older.push({ slug: `${start}-${last}`, first: start, last, span: start === first ? { to: last } : { from: start, to: last } });
  }
  return { latest: { from: latestFrom }, older };
}

export const inSpan = (fiscalYear: number, span: YearSpan): boolean =>
  (span.from === undefined || fiscalYear >= span.from) && (span.to === undefined || fiscalYear <= span.to);

/** The rating table's columns within the span; rows with no rating there are left out. */
export function ratingsIn(rows: readonly RatingRow[], span: YearSpan): RatingRow[] {
  return rows
    .map((row) => ({ ...row, cells: row.cells.filter((c) => inSpan(c.fiscalYear, span)) }))
    .filter((row) => row.cells.some((c) => c.value !== undefined));
}

/** Each merged series' figures and targets for the span; series with neither there are left out. */
export function seriesIn(all: readonly MergedSeries[], span: YearSpan): MergedSeries[] {
  return all.flatMap((merged) => {
    const points = merged.points.filter((p) => inSpan(p.fiscalYear, span));
    const targets = merged.targets.filter((t) => inSpan(t.fiscalYear, span));
    if (points.length === 0 && targets.length === 0) return [];
    const documentYears = [...new Set([...points.flatMap((p) => p.sources.map((s) => s.documentYear)), ...targets.map((t) => t.documentYear)])].sort((a, b) => a - b);
    return [{
      ...merged,
      documentYears,
      points,
      targets,
      series: {
        ...merged.series,
        points: merged.series.points.filter((p) => inSpan(p.fiscalYear, span)),
        targets: merged.series.targets.filter((t) => inSpan(t.fiscalYear, span)),
      },
    }];
  });
}

/** Each budget item's amounts for the span; items with none there are left out. */
export function budgetsIn(items: readonly BudgetItem[], span: YearSpan): BudgetItem[] {
  return items.flatMap((item) => {
    const entries = item.entries.filter((e) => inSpan(e.fiscalYear, span));
    return entries.length > 0 ? [{ ...item, entries }] : [];
  });
}
