/**
 * A merged series of a continuing report as CSV, in the conventions of indicators.csv (UTF-8
 * with BOM, CRLF, one value per row, 西暦 and 和暦, blank = データなし) plus the document each
 * figure comes from: every document's figure is a row, and 採用 says which one the merged series
 * uses, so a revised figure shows both values.
 */
import { csvCell } from '../open-data.ts';
import { warekiFiscalYear } from '../wareki.ts';
import type { MergedSeries } from './series.ts';

export const MERGED_CSV_COLUMNS = ['組織', '報告', '指標ID', '指標名', '単位', '種類', '年度（西暦）', '年度（和暦）', '値', '時点', '出典文書の年度（西暦）', '出典文書の年度（和暦）', '採用', '備考'] as const;

export function mergedSeriesCsv(context: { organization: string; report: string }, merged: MergedSeries): string {
  const lines: string[] = [MERGED_CSV_COLUMNS.join(',')];
  const base = [context.organization, context.report, merged.id, merged.name, merged.unit];
  for (const point of merged.points) {
    for (const source of point.sources) {
      const used = source.documentYear === point.usedFrom;
      const notes = [source.value === null ? 'データなし' : '', point.revised ? '改訂あり' : ''].filter(Boolean).join('・');
      lines.push([...base, '値', point.fiscalYear, warekiFiscalYear(point.fiscalYear), source.value, source.label, source.documentYear, warekiFiscalYear(source.documentYear), used ? '採用' : '不採用', notes].map(csvCell).join(','));
    }
  }
  for (const target of merged.targets) {
    lines.push([...base, '目標', target.fiscalYear, warekiFiscalYear(target.fiscalYear), target.value, '', target.documentYear, warekiFiscalYear(target.documentYear), '採用', `${target.direction === 'atMost' ? '以下' : '以上'}・${target.label}`].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
