/**
 * Line chart for a time series by fiscal year: a marker at every known point with its value
 * beside it where there is room, gaps (not zero, not interpolation) where a value is missing,
 * each target at its own year.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { formatNumber } from '../format.ts';
import { horizontalValueAxis } from './axes.ts';
import { squareBox, type Segment } from './boxes.ts';
import { layoutFrame } from './frame.ts';
import { drawMissing, missingLabelHalfWidth } from './missing.ts';
import { isKnown, sortedPoints, valueScale, yearRange, type KnownPoint } from './series.ts';
import { r } from './svg.ts';
import { drawTargets, targetLegend } from './targets.ts';
import { CHART_CLASS, COLORS, FONT_SIZE } from './theme.ts';
import { estimateTextWidth } from './text.ts';
import type { ChartOptions, ChartOutput } from './types.ts';
import { finishTimeChart } from './time-chart.ts';
import { markerSpots } from './value-labels.ts';

type Point = IndicatorSeries['points'][number];

// One generator for every chart: .defined() breaks the line at missing values.
const pathOf = line<{ x: number; y: number | null }>()
  .defined((d) => d.y !== null)
  .x((d) => d.x)
  .y((d) => d.y ?? 0)
  .digits(1);

const MARKER_RADIUS = 4;

export function renderLineChart(series: IndicatorSeries, options: ChartOptions): ChartOutput {
  const points = sortedPoints(series);
  const known = points.filter(isKnown);
  const years = yearRange(series);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const y = valueScale([...known.map((p) => p.value), ...series.targets.map((t) => t.value)], [0, 1]);
  const widestValueLabel = Math.max(...known.map((p) => estimateTextWidth(formatNumber(p.value, series.decimals), FONT_SIZE)));
  // No extra line above the plot for staggered labels: a crowded value label here can stand
  // below its marker or a line away with a leader, which keeps the chart compact.
  const frame = layoutFrame(y, years.length, 0);
  const plot = frame.plot;

  // Keep half a label of room at each end so edge labels stay inside the drawing.
  const roughSpace = years.length > 1 ? (plot.right - plot.left) / (years.length - 1) : plot.right - plot.left;
  const edgeMissing = points.some((p) => p.value === null && (p.fiscalYear === first || p.fiscalYear === last));
  const pad = Math.max(12, widestValueLabel / 2 + 2, edgeMissing ? missingLabelHalfWidth(roughSpace) + 2 : 0);
  const middle = (plot.left + plot.right) / 2;
  const x = scaleLinear()
    .domain([first, last])
    .range(first === last ? [middle, middle] : [plot.left + pad, plot.right - pad]);
  const space = years.length > 1 ? x(first + 1) - x(first) : plot.right - plot.left;

  const axis = horizontalValueAxis(y, plot);
  const seriesPath = pathOf(points.map((p: Point) => ({ x: x(p.fiscalYear), y: p.value === null ? null : y(p.value) })));
  const markers = known.map((p) => `<circle cx="${r(x(p.fiscalYear))}" cy="${r(y(p.value))}" r="${MARKER_RADIUS}"/>`).join('');
  // The pieces of the drawn line: between neighbouring points that both have a value.
  const lineSegments: Segment[] = points.slice(1).flatMap((p, i): Segment[] => {
    const previous = points[i]!;
    if (p.value === null || previous.value === null) return [];
    return [{ x1: x(previous.fiscalYear), y1: y(previous.value), x2: x(p.fiscalYear), y2: y(p.value) }];
  });

  const missing = drawMissing(points.filter((p) => p.value === null).map((p) => x(p.fiscalYear)), plot, space);
  const targets = drawTargets(series.targets, series.unit, (year) => x(year), y, space);
  const legend = targetLegend(series.targets, series.unit, frame.legendTop);
  const labeledYears = years.filter((year) => points.some((p) => p.fiscalYear === year) || series.targets.some((t) => t.fiscalYear === year));

  return finishTimeChart({
    kind: 'line',
    series,
    options,
    frame,
    marks:
      axis.grid +
      axis.baseline +
      missing.marks +
      targets.marks +
      (seriesPath ? `<path class="${CHART_CLASS.line}" d="${seriesPath}" stroke="${COLORS.series}" stroke-width="2.5" stroke-linejoin="round" fill="none"/>` : '') +
      `<g class="${CHART_CLASS.marker}" fill="${COLORS.series}" stroke="${COLORS.background}" stroke-width="1.5">${markers}</g>`,
    labeledYears,
    xOf: (year) => x(year),
    axis,
    markBoxes: [...known.map((p) => squareBox(x(p.fiscalYear), y(p.value), MARKER_RADIUS + 1)), ...targets.boxes],
    segments: targets.segments,
    soft: [...lineSegments, ...missing.guides],
    missing: missing.requests,
    values: known.map((p: KnownPoint) => ({ lines: [formatNumber(p.value, series.decimals)], spots: markerSpots(x(p.fiscalYear), y(p.value), MARKER_RADIUS), optional: true })),
    targets: targets.requests,
    legend,
  });
}
