/**
 * Column chart for counts and amounts by fiscal year: one bar per year from the zero baseline,
 * the value at the end of each bar where there is room, 「データなし」 where a year has no value
 * (no bar, not a zero bar).
 */
import { scaleBand } from 'd3-scale';
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { formatNumber } from '../format.ts';
import { horizontalValueAxis } from './axes.ts';
import type { Box } from './boxes.ts';
import { layoutFrame } from './frame.ts';
import { drawMissing } from './missing.ts';
import { isKnown, sortedPoints, valueScale, yearRange } from './series.ts';
import { r } from './svg.ts';
import { drawTargets, targetLegend } from './targets.ts';
import { CHART_CLASS, COLORS, FONT_SIZE } from './theme.ts';
import { estimateTextWidth } from './text.ts';
import type { ChartOptions, ChartOutput } from './types.ts';
import { finishTimeChart } from './time-chart.ts';
import { columnSpots } from './value-labels.ts';

export function renderColumnChart(series: IndicatorSeries, options: ChartOptions): ChartOutput {
  const points = sortedPoints(series);
  const known = points.filter(isKnown);
  const years = yearRange(series);
  const y = valueScale([...known.map((p) => p.value), ...series.targets.map((t) => t.value)], [0, 1]);
  const widestValueLabel = Math.max(...known.map((p) => estimateTextWidth(formatNumber(p.value, series.decimals), FONT_SIZE)));
  const frame = layoutFrame(y, years.length, widestValueLabel);
  const plot = frame.plot;
  const band = scaleBand<number>().domain(years).range([plot.left, plot.right]).paddingInner(0.3).paddingOuter(0.2);
  const centre = (year: number): number => (band(year) ?? 0) + band.bandwidth() / 2;
  const zero = y(0);

  const barBoxes: Box[] = known.map((p) => {
    const x0 = band(p.fiscalYear) ?? 0;
    return { x0, y0: Math.min(y(p.value), zero), x1: x0 + band.bandwidth(), y1: Math.max(y(p.value), zero) };
  });
  const bars = barBoxes.map((b) => `<rect x="${r(b.x0)}" y="${r(b.y0)}" width="${r(b.x1 - b.x0)}" height="${r(b.y1 - b.y0)}"/>`).join('');

  const axis = horizontalValueAxis(y, plot);
  const missing = drawMissing(points.filter((p) => p.value === null).map((p) => centre(p.fiscalYear)), plot, band.step());
  const targets = drawTargets(series.targets, series.unit, centre, y, band.step());
  const legend = targetLegend(series.targets, series.unit, frame.legendTop);
  const labeledYears = years.filter((year) => points.some((p) => p.fiscalYear === year) || series.targets.some((t) => t.fiscalYear === year));

  return finishTimeChart({
    kind: 'columns',
    series,
    options,
    frame,
    // Grid first, bars over it, then the zero baseline on top of the bars' feet.
    marks: axis.grid + `<g class="${CHART_CLASS.bar}" fill="${COLORS.series}">${bars}</g>` + axis.baseline + missing.marks + targets.marks,
    labeledYears,
    xOf: centre,
    axis,
    markBoxes: [...barBoxes, ...targets.boxes],
    segments: targets.segments,
    soft: missing.guides,
    missing: missing.requests,
    // Above a positive bar, below a negative one.
    values: known.map((p, i) => {
      const bar = barBoxes[i]!;
      const spots = columnSpots(bar.x0, bar.x1, p.value >= 0 ? bar.y0 : bar.y1, p.value >= 0, frame.stagger && (p.fiscalYear - years[0]!) % 2 === 1);
      return { lines: [formatNumber(p.value, series.decimals)], spots, optional: true };
    }),
    targets: targets.requests,
    legend,
  });
}
