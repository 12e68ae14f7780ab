/**
 * Charts for indicator series, drawn at build time: `renderIndicator(series, { idPrefix })`
 * gives either an SVG chart with its summary sentence, or — for a single value — a figure.
 * Pure functions of the data: no DOM, no I/O, no state between calls.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { renderBarChart } from './bar.ts';
import { renderColumnChart } from './columns.ts';
import { renderFigure, type FigureOutput } from './figure.ts';
import { renderLineChart } from './line.ts';
import { chooseChartKind } from './series.ts';
import { assertIdPrefix } from './svg.ts';
import type { ChartOptions, ChartOutput } from './types.ts';

export type IndicatorOutput = ChartOutput | FigureOutput;

export function renderIndicator(series: IndicatorSeries, options: ChartOptions): IndicatorOutput {
  assertIdPrefix(options.idPrefix);
  switch (chooseChartKind(series)) {
    case 'figure':
      return renderFigure(series);
    case 'bars':
      return renderBarChart(series, options);
    case 'line':
      return renderLineChart(series, options);
    case 'columns':
      return renderColumnChart(series, options);
  }
}

export { renderBarChart, renderColumnChart, renderFigure, renderLineChart, chooseChartKind };
export { summarize, summarizeComparison, summarizeTimeSeries } from './summary.ts';
export { CHART_LABELS } from './labels.ts';
export type { ChartOptions, ChartOutput, FigureOutput };
