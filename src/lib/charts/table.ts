/**
 * The data table that follows each chart: the same numbers, for reading, copying and screen
 * readers. Years are given in 和暦 and 西暦; units are in the column headers so cells hold plain
 * numbers; a missing value is 「データなし」. The value comes right after the year, so it is
 * still in view when a narrow screen has to scroll the table sideways.
 */
import { isComputedTarget, type IndicatorSeries } from '../../schemas/indicator.ts';
import { formatNumber } from '../format.ts';
import { warekiFiscalYear } from '../wareki.ts';
import { categoryLabel, CHART_LABELS, directionWord } from './labels.ts';
import { sortedPoints } from './series.ts';

export interface DataCell {
  text: string;
  /** number: right-aligned figures; year: kept on one line; text: wraps */
  kind: 'number' | 'year' | 'text';
}

export interface DataTable {
  caption: string;
  /** Column headers (th scope="col"), the first one heading the row-header column */
  columns: DataCell[];
  /** Each row: its header cell (th scope="row") and data cells */
  rows: { header: DataCell; cells: DataCell[] }[];
}

const T = CHART_LABELS.table;

const value = (v: number | null, decimals: number): DataCell => (v === null ? { text: CHART_LABELS.noData, kind: 'text' } : { text: formatNumber(v, decimals), kind: 'number' });
const plain = (text: string): DataCell => ({ text, kind: 'text' });
const number = (text: string): DataCell => ({ text, kind: 'number' });
const year = (text: string): DataCell => ({ text, kind: 'year' });

/** The values table, then (when the series has targets) the targets table. */
export function indicatorTables(series: IndicatorSeries): DataTable[] {
  const tables = [series.kind === 'comparison' ? comparisonTable(series) : timeSeriesTable(series)];
  if (series.targets.length > 0) tables.push(targetsTable(series));
  return tables;
}

/** 「読み: 分割された行を結合」 — how a figure was read, beside it. */
const readingNote = (reading: string | undefined): string => (reading === undefined ? '' : `${CHART_LABELS.reading}: ${reading}`);

function timeSeriesTable(series: IndicatorSeries): DataTable {
  const points = sortedPoints(series);
  const withNotes = points.some((p) => p.label !== undefined || p.reading !== undefined);
  return {
    caption: `${series.name}（${CHART_LABELS.unitPrefix}${series.unit}）`,
    columns: [
      plain(T.warekiYear),
      number(`${T.value}（${series.unit}）`),
      plain(T.westernYear),
      ...(withNotes ? [plain(T.note)] : []),
    ],
    rows: points.map((p) => ({
      header: year(warekiFiscalYear(p.fiscalYear)),
      cells: [value(p.value, series.decimals), year(`${p.fiscalYear}年度`), ...(withNotes ? [plain([p.label ?? '', readingNote(p.reading)].filter(Boolean).join('　'))] : [])],
    })),
  };
}

function comparisonTable(series: IndicatorSeries): DataTable {
  const withNotes = series.categories.some((c) => c.reading !== undefined);
  return {
    caption: `${series.name}（${CHART_LABELS.unitPrefix}${series.unit}）`,
    columns: [plain(T.category), number(`${T.value}（${series.unit}）`), ...(withNotes ? [plain(T.note)] : [])],
    rows: series.categories.map((c) => ({ header: plain(categoryLabel(c)), cells: [value(c.value, series.decimals), ...(withNotes ? [plain(readingNote(c.reading))] : [])] })),
  };
}

function targetsTable(series: IndicatorSeries): DataTable {
  return {
    caption: `${series.name}の${T.targetsCaption}（${CHART_LABELS.unitPrefix}${series.unit}）`,
    columns: [plain(T.targetYearWareki), number(`${T.targetValue}（${series.unit}）`), plain(T.targetYearWestern), plain(T.targetLabel)],
    rows: series.targets.map((t) => ({
      header: year(warekiFiscalYear(t.fiscalYear)),
      // A value Kohyo computed from the document's 「50%減」 says so in its own cell.
      cells: [number(`${formatNumber(t.value)}${directionWord(t.direction)}${isComputedTarget(t) ? `（${CHART_LABELS.computed}）` : ''}`), year(`${t.fiscalYear}年度`), plain(t.label)],
    })),
  };
}
