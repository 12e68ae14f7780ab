/**
 * Reading an indicator series for drawing: points in year order, which values are known,
 * which chart suits it, and the value scale.
 */
import { ascending, max, min } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { IndicatorPoint, IndicatorSeries } from '../../schemas/indicator.ts';

export type KnownPoint = IndicatorPoint & { value: number };

export function sortedPoints(series: IndicatorSeries): IndicatorPoint[] {
  return [...series.points].sort((a, b) => ascending(a.fiscalYear, b.fiscalYear));
}

export function isKnown<T extends { value: number | null }>(item: T): item is T & { value: number } {
  return item.value !== null;
}

/** Units that are rates rather than amounts: their change is told in points, not percent. */
const RATE_UNITS = new Set(['%', '％', 'ポイント', '倍', '割']);

export function isRateUnit(unit: string): boolean {
  return RATE_UNITS.has(unit.trim());
}

export type ChartKind = 'figure' | 'line' | 'columns' | 'bars';

/**
 * Which picture a series gets:
 * - at most one known value → 'figure' (a big number, not a chart: one value has no shape);
 * - a comparison → 'bars' (horizontal bars, one row per category, so long labels fit);
 * - a time series with a target, or of a rate (%, ポイント, 倍, 割) → 'line' (the trend
 *   against the target line is the story);
 * - any other time series (counts and amounts per year, no target) → 'columns' (bars from zero
 *   compare magnitudes year by year).
 */
export function chooseChartKind(series: IndicatorSeries): ChartKind {
  const values = series.kind === 'comparison' ? series.categories : series.points;
  if (values.filter(isKnown).length <= 1) return 'figure';
  if (series.kind === 'comparison') return 'bars';
  if (series.targets.length > 0 || isRateUnit(series.unit)) return 'line';
  return 'columns';
}

/**
 * The value scale. It always includes zero (bars start at zero, and a count drawn from zero
 * does not exaggerate change) and every target, so a target line is never off the chart.
 */
export function valueScale(values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
  const low = Math.min(0, min(values) ?? 0);
  let high = Math.max(0, max(values) ?? 0);
  // All zero: give the axis a unit height so zero sits on the baseline, not in the middle.
  if (low === high) high = low + 1;
  return scaleLinear().domain([low, high]).nice(5).range(range);
}

/** Every fiscal year from the first to the last (points and targets), so spacing is honest. */
export function yearRange(series: IndicatorSeries): number[] {
  const years = [...series.points.map((p) => p.fiscalYear), ...series.targets.map((t) => t.fiscalYear)];
  const first = min(years);
  const last = max(years);
  if (first === undefined || last === undefined) return [];
  const all: number[] = [];
  for (let year = first; year <= last; year++) all.push(year);
  return all;
}

/** 「情報セキュリティインシデント件数（件）」 — the chart's title: what is measured, in what unit. */
export function chartTitle(series: IndicatorSeries): string {
  return `${series.name}（${series.unit}）`;
}
