/**
 * Open data for each report: every indicator series as CSV (UTF-8 with BOM so spreadsheet
 * software reads Japanese correctly; long format, one value per row, 西暦 and 和暦 columns)
 * and the whole report as JSON. Missing values stay empty, never 0. A number Kohyo computed (a
 * target given as 「50%減」) is never in the 値 column: it has its own row type and column.
 */
import { isComputedTarget, type IndicatorSeries } from '../schemas/indicator.ts';
import { CHART_LABELS } from './charts/labels.ts';
import type { ReportDocument } from './reports.ts';
import { warekiFiscalYear } from './wareki.ts';

/** 値 holds only the documents' own figures; Kohyoによる計算値 what Kohyo computed from their words. */
export const CSV_COLUMNS = ['組織', '文書種別', '文書年度（西暦）', '文書年度（和暦）', '掲載箇所', '指標ID', '指標名', '単位', '種類', '年度（西暦）', '年度（和暦）', '項目', '値', '時点', '備考', `${CHART_LABELS.computed}値`] as const;

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
  // apostrophe; numbers stay numbers.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvContext { organization: string; documentType: string; fiscalYear: number }

export function indicatorCsv(context: CsvContext, locations: SeriesLocation[]): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  const prefix = [context.organization, context.documentType, context.fiscalYear, warekiFiscalYear(context.fiscalYear)];
  for (const { place, series } of locations) {
    const base = [...prefix, place, series.id, series.name, series.unit];
    for (const point of series.points) {
      lines.push([...base, '値', point.fiscalYear, warekiFiscalYear(point.fiscalYear), '', point.value, point.label, notes(reading(point.reading), point.value === null ? 'データなし' : ''), ''].map(csvCell).join(','));
    }
    for (const category of series.categories) {
      // The document's words about the item (「本市は6食分」) rather than a bare 「本市」 on a count of other cities.
      const about = category.note ?? (category.highlight ? CHART_LABELS.highlight : '');
      lines.push([...base, '比較', '', '', category.label, category.value, '', notes(about, reading(category.reading), category.value === null ? 'データなし' : ''), ''].map(csvCell).join(','));
    }
    for (const target of series.targets) {
      const direction = target.direction === 'atMost' ? '以下' : '以上';
      if (isComputedTarget(target)) {
        const basis = `計算: ${warekiFiscalYear(target.relativeTo!.fiscalYear)}の値から${target.relativeTo!.percent > 0 ? '+' : ''}${target.relativeTo!.percent}%`;
        lines.push([...base, COMPUTED_TARGET_ROW, target.fiscalYear, warekiFiscalYear(target.fiscalYear), direction, '', '', notes(target.label, basis), target.value].map(csvCell).join(','));
      } else {
        lines.push([...base, '目標', target.fiscalYear, warekiFiscalYear(target.fiscalYear), direction, target.value, '', target.label, ''].map(csvCell).join(','));
      }
    }
  }
  // CRLF and a BOM: what spreadsheet software used in city offices expects.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
