/**
 * Column chart for counts and amounts by fiscal year: one bar per year from the zero baseline,
 * the value on top of each bar, 「データなし」 where a year has no value (no bar, not a zero bar).
 */
import { scaleBand } from 'd3-scale';
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { formatNumber } from '../format.ts';
import { horizontalValueAxis, yearLabels } from './axes.ts';
import { textBox, type Box } from './boxes.ts';
import { layoutFrame, staggerOffset, unitLabel } from './frame.ts';
import { CHART_LABELS } from './labels.ts';
import { drawMissing } from './missing.ts';
import { chartTitle, isKnown, sortedPoints, valueScale, yearRange } from './series.ts';
import { summarizeTimeSeries } from './summary.ts';
import { labelGroup, r, svgDocument, text } from './svg.ts';
import { drawTargets, targetLegend } from './targets.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, VIEW_WIDTH } from './theme.ts';
import { estimateTextWidth } from './text.ts';
import type { ChartOptions, ChartOutput } from './types.ts';
import { finishTimeChart } from './time-chart.ts';

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

  const bars = known
    .map((p) => {
      const top = Math.min(y(p.value), zero);
      const height = Math.abs(y(p.value) - zero);
      return `<rect x="${r(band(p.fiscalYear) ?? 0)}" y="${r(top)}" width="${r(band.bandwidth())}" height="${r(height)}"/>`;
    })
    .join('');

  const taken: Box[] = [];
  const valueLabels = known.map((p, i) => {
    const label = formatNumber(p.value, series.decimals);
    // Above a positive bar, below a negative one.
    const ly = p.value >= 0 ? y(p.value) - 5 - staggerOffset(frame, i) : y(p.value) + FONT_SIZE + 3 + staggerOffset(frame, i);
    taken.push(textBox(centre(p.fiscalYear), ly, label, 'middle'));
    return text(centre(p.fiscalYear), ly, label, 'middle');
  });
  const axis = horizontalValueAxis(y, plot);
  const missing = drawMissing(points.filter((p) => p.value === null).map((p) => centre(p.fiscalYear)), plot, band.step());
  const targets = drawTargets(series.targets, series.unit, centre, y, plot, taken);
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
    missing,
    targets,
    valueLabels,
    legend,
  });
}
