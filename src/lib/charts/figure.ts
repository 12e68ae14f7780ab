/**
 * A series with a single known value has no shape to draw: it is shown as a figure — the
 * number, what it is, and when — instead of a one-point chart.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { formatQuantity } from '../format.ts';
import { formatFiscalYear } from '../wareki.ts';
import { isKnown, sortedPoints } from './series.ts';
import { summarize } from './summary.ts';

export interface FigureOutput {
  kind: 'figure';
  /** 「18.8%」, or 「データなし」 when the series has no known value at all */
  value: string;
  /** When or what the value is: 「平成29年度（2017年度）」 or the category label */
  context: string;
  /** The point's own note, e.g. 「平成29年4月1日現在」 */
  note?: string;
  summary: string;
}

export function renderFigure(series: IndicatorSeries): FigureOutput {
  const summary = summarize(series);
  if (series.kind === 'comparison') {
    const category = series.categories.find(isKnown) ?? series.categories[0];
    return {
      kind: 'figure',
      value: formatQuantity(category?.value, series.unit, 'nodata', series.decimals),
      context: category?.label ?? '',
      summary,
    };
  }
  const points = sortedPoints(series);
  const point = points.find(isKnown) ?? points[points.length - 1];
  return {
    kind: 'figure',
    value: formatQuantity(point?.value, series.unit, 'nodata', series.decimals),
    context: point ? formatFiscalYear(point.fiscalYear) : '',
    ...(point?.label ? { note: point.label } : {}),
    summary,
  };
}
