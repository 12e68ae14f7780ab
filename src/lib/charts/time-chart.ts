/**
 * The part line and column charts share: stacking their labels over the marks and wrapping
 * everything in the SVG document with a title and a description that carries the summary.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { yearLabels } from './axes.ts';
import { unitLabel, type Frame } from './frame.ts';
import { CHART_LABELS } from './labels.ts';
import { chartTitle } from './series.ts';
import { summarizeTimeSeries } from './summary.ts';
import { labelGroup, svgDocument } from './svg.ts';
import { VIEW_WIDTH } from './theme.ts';
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
  axis: { labels: string[] };
  missing: { labels: string[] };
  targets: { labels: string[] };
  valueLabels: string[];
  legend: { marks: string; labels: string[]; height: number };
}

export function finishTimeChart(parts: TimeChartParts): ChartOutput {
  const { kind, series, frame, legend } = parts;
  const body =
    parts.marks +
    legend.marks +
    labelGroup([
      unitLabel(series.unit),
      ...parts.axis.labels,
      ...yearLabels(parts.labeledYears, parts.xOf, frame.yearLabelY),
      ...parts.missing.labels,
      ...parts.targets.labels,
      ...parts.valueLabels,
      ...legend.labels,
    ]);
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
