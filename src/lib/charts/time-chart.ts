/**
 * The part line and column charts share: placing their labels (unit, axes and year labels are
 * fixed; then 「データなし」, the values and the targets' short labels, in that order, each where it
 * covers no mark and no other text) and wrapping everything in the SVG document with a title and
 * a description that carries the summary.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { yearLabels } from './axes.ts';
import type { Box, Segment } from './boxes.ts';
import { labelBounds, unitLabel, unitLabelBox, type Frame } from './frame.ts';
import { CHART_LABELS } from './labels.ts';
import { placeLabels, type LabelRequest, type PlacedLabel } from './placement.ts';
import { chartTitle } from './series.ts';
import { summarizeTimeSeries } from './summary.ts';
import { labelGroup, r, svgDocument, text } from './svg.ts';
import { CHART_CLASS, COLORS, LINE_HEIGHT, VIEW_WIDTH } from './theme.ts';
import type { ChartOptions, ChartOutput } from './types.ts';

export interface TimeChartParts {
  kind: 'line' | 'columns';
  series: IndicatorSeries;
  options: ChartOptions;
  frame: Frame;
  /** Every non-text mark, in paint order */
  marks: string;
  /** Years that get an axis label, and where each one's centre is */
  labeledYears: number[];
  xOf: (year: number) => number;
  axis: { labels: string[]; boxes: Box[] };
  /** Data marks no label may cover: value markers, bars, target markers */
  markBoxes: Box[];
  /** Strokes no label may cross: target segments */
  segments: Segment[];
  /** Strokes a label crosses only when nothing else is free: the series line, missing-value guides */
  soft: Segment[];
  /** Labels to place, most important first */
  missing: LabelRequest[];
  values: LabelRequest[];
  targets: LabelRequest[];
  legend: { marks: string; labels: string[]; height: number };
}

export function finishTimeChart(parts: TimeChartParts): ChartOutput {
  const { kind, series, frame, legend } = parts;
  // Clear of the value axis labels, which end 6 units left of the plot.
  const years = yearLabels(parts.labeledYears, parts.xOf, frame.yearLabelY, frame.plot.left - 4, VIEW_WIDTH - 1);
  const fixed = [unitLabelBox(series.unit), ...parts.axis.boxes, ...years.map((y) => y.box)];
  const placed = placeLabels(
    [...parts.missing, ...parts.values, ...parts.targets],
    { boxes: [...fixed, ...parts.markBoxes], segments: parts.segments, soft: parts.soft },
    labelBounds(frame),
  ).filter((p): p is PlacedLabel => p !== null);
  const leaders = placed.flatMap((p) => (p.spot.leader ? [p.spot.leader] : []));
  const placedLabels = placed.flatMap((p) => p.lines.map((line, i) => text(p.spot.x, p.spot.y + i * LINE_HEIGHT, line, p.spot.anchor)));
  const body =
    parts.marks +
    (leaders.length > 0
      ? `<path class="${CHART_CLASS.leader}" d="${leaders.map((l) => `M${r(l.x1)} ${r(l.y1)}L${r(l.x2)} ${r(l.y2)}`).join('')}" stroke="${COLORS.axis}" stroke-width="1" fill="none"/>`
      : '') +
    legend.marks +
    (parts.options.labelHalo === 'marks'
      ? labelGroup([unitLabel(series.unit), ...parts.axis.labels, ...years.map((y) => y.markup), ...legend.labels], { halo: false }) + labelGroup(placedLabels)
      : labelGroup([unitLabel(series.unit), ...parts.axis.labels, ...years.map((y) => y.markup), ...placedLabels, ...legend.labels]));
  const summary = summarizeTimeSeries(series);
  const svg = svgDocument({
    idPrefix: parts.options.idPrefix,
    width: VIEW_WIDTH,
    height: frame.legendTop + legend.height + (legend.height > 0 ? 4 : 0),
    title: chartTitle(series),
    desc: `${CHART_LABELS.chartType[kind]}。${summary}`,
    body,
  });
  return { kind, svg, summary };
}
