/**
 * Open data for each report: every indicator series as CSV (UTF-8 with BOM so spreadsheet
 * software reads Japanese correctly; long format, one value per row, 西暦 and 和暦 columns)
 * and the whole report as JSON. Missing values stay empty, never 0. A number Kohyo computed (a
 * target given as 「50%減」) is never in the 値 column: it has its own row type and column.
 */
import { isComputedTarget, type IndicatorSeries } from '../schemas/indicator.ts';
import { CHART_LABELS } from './charts/labels.ts';
import type { ReportDocument } from './reports.ts';
import { fiscalYearWithOtherName, warekiFiscalYear } from './wareki.ts';

/**
 * One column layout for every figure CSV — indicators.csv, each figure's data.csv and the merged
 * series of a continuing report — so one spreadsheet template reads them all. 値 holds only the
 * documents' own figures, written with the digits the document prints (93.0); Kohyoによる計算値
 * what Kohyo computed from their words. 報告 is the title the row's own document gives; 採用 is
 * filled only where several documents give a figure for the same year (continuing reports).
 */
export const CSV_COLUMNS = ['組織', '文書種別', '文書年度（西暦）', '文書年度（和暦）', '報告', '掲載箇所', '指標ID', '指標名', '単位', '種類', '年度（西暦）', '年度（和暦）', '項目', '目標の向き', '値', '時点', '採用', '備考', `${CHART_LABELS.computed}値`] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string | number | null | undefined>>;

/** The CSV text of rows (UTF-8 with BOM, CRLF: what spreadsheet software used in city offices expects). */
export function csvText(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A figure with the decimals the document prints (93.0 for 「93.0%」), as text so no tool drops them. */
export function printedNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return '';
  const own = String(value).split('.')[1]?.length ?? 0;
  return decimals > own ? value.toFixed(decimals) : String(value);
}

/** The 種類 of a row whose number Kohyo computed. */
export const COMPUTED_TARGET_ROW = `目標（${CHART_LABELS.computed}）`;

const reading = (text: string | undefined) => (text === undefined ? '' : `${CHART_LABELS.reading}: ${text}`);
const notes = (...parts: string[]) => parts.filter(Boolean).join('・');

export interface SeriesLocation {
  /** Where on the page the series is, e.g. 「具体的取組 2-1-2」 */
  place: string;
  series: IndicatorSeries;
}

/** Every indicator series of a report, with where it sits. */
export function seriesOf(report: ReportDocument): SeriesLocation[] {
  if (report.kind === 'managementIssue') {
    const doc = report.doc;
    return [
      ...doc.indicators.map((series) => ({ place: `経営課題${doc.number}`, series })),
      ...doc.strategies.flatMap((s) => [
        ...s.indicators.map((series) => ({ place: `めざす成果及び戦略 ${s.number}`, series })),
        ...s.initiatives.flatMap((i) => i.indicators.map((series) => ({ place: `具体的取組 ${i.number}`, series }))),
      ]),
    ];
  }
  return report.doc.projects.flatMap((p) => p.indicators.map((series) => ({ place: `事務事業 No.${p.number} ${p.name}`, series })));
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
  // apostrophe; numbers stay numbers (also a number written as text to keep its printed decimals).
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvContext {
  organization: string;
  documentType: string;
  fiscalYear: number;
  /** The report's title in this document: 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  report: string;
  /** Later documents' different figures for this document's years (by indicator id) */
  revisions?: Readonly<Record<string, readonly FigureRevision[]>> | undefined;
}

/** A later document gives another figure for a year this document gives. */
export interface FigureRevision {
  fiscalYear: number;
  /** The figure of the later document that the continuing report uses */
  value: number;
  /** Fiscal year of that later document */
  documentYear: number;
}

/** 「令和元年度（平成31年度）の文書で21件に改訂」 */
export function revisionText(revision: FigureRevision, unit: string, decimals: number): string {
  return `${fiscalYearWithOtherName(revision.documentYear)}の文書で${printedNumber(revision.value, decimals)}${unit}に改訂`;
}

const direction = (target: { direction: 'atMost' | 'atLeast' }) => (target.direction === 'atMost' ? '以下' : '以上');

/** The rows of one series as one document gives it. */
export function seriesCsvRows(context: CsvContext, { place, series }: SeriesLocation): CsvRow[] {
  const base: CsvRow = {
    組織: context.organization, 文書種別: context.documentType, '文書年度（西暦）': context.fiscalYear, '文書年度（和暦）': warekiFiscalYear(context.fiscalYear),
    報告: context.report, 掲載箇所: place, 指標ID: series.id, 指標名: series.name, 単位: series.unit,
  };
  const revisions = context.revisions?.[series.id] ?? [];
  const rows: CsvRow[] = [];
  for (const point of series.points) {
    const revision = revisions.find((r) => r.fiscalYear === point.fiscalYear);
    rows.push({ ...base, 種類: '値', '年度（西暦）': point.fiscalYear, '年度（和暦）': warekiFiscalYear(point.fiscalYear), 値: printedNumber(point.value, series.decimals), 時点: point.label, 備考: notes(reading(point.reading), point.value === null ? 'データなし' : '', revision ? revisionText(revision, series.unit, series.decimals) : '') });
  }
  for (const category of series.categories) {
    // The document's words about the item (「本市は6食分」) rather than a bare 「本市」 on a count of other cities.
    const about = category.note ?? (category.highlight ? CHART_LABELS.highlight : '');
    rows.push({ ...base, 種類: '比較', 項目: category.label, 値: printedNumber(category.value, series.decimals), 備考: notes(about, reading(category.reading), category.value === null ? 'データなし' : '') });
  }
  for (const target of series.targets) {
    const year = { '年度（西暦）': target.fiscalYear, '年度（和暦）': warekiFiscalYear(target.fiscalYear), 目標の向き: direction(target) };
    if (isComputedTarget(target)) {
      const basis = `計算: ${warekiFiscalYear(target.relativeTo!.fiscalYear)}の値から${target.relativeTo!.percent > 0 ? '+' : ''}${target.relativeTo!.percent}%`;
      rows.push({ ...base, ...year, 種類: COMPUTED_TARGET_ROW, 備考: notes(target.label, basis), [`${CHART_LABELS.computed}値`]: target.value });
    } else {
      rows.push({ ...base, ...year, 種類: '目標', 値: printedNumber(target.value, series.decimals), 備考: target.label });
    }
  }
  // The series' own note (e.g. which items could not be read) travels with the data.
  if (series.note) rows.push({ ...base, 種類: '注記', 備考: plainText(series.note) });
  return rows;
}

export function indicatorCsv(context: CsvContext, locations: SeriesLocation[]): string {
  return csvText(locations.flatMap((location) => seriesCsvRows(context, location)));
}

/** Markdown of a note as one line of plain text for a CSV cell. */
function plainText(markdown: string): string {
  return markdown.replace(/\s*\n\s*/g, ' ').replace(/[*_`]/g, '').trim();
}
