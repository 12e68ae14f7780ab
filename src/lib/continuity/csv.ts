/**
 * A merged series of a continuing report as CSV, in the one column layout of every figure CSV
 * (open-data.ts): every document's figure is a row under its own document's year and title, and
 * 採用 says which one the merged series uses, so a revised figure shows both values.
 */
import { isComputedTarget } from '../../schemas/indicator.ts';
import { CHART_LABELS } from '../charts/labels.ts';
import { COMPUTED_TARGET_ROW, CSV_COLUMNS, csvText, printedNumber, revisionText, type CsvRow } from '../open-data.ts';
import { warekiFiscalYear } from '../wareki.ts';
import type { MergedSeries } from './series.ts';

/** Kept as a name for the merged CSV's columns: the same as every figure CSV's. */
export const MERGED_CSV_COLUMNS = CSV_COLUMNS;

export interface MergedCsvContext {
  organization: string;
  documentType: string;
  /** The report's title in each document year: each row carries its own year's title */
  titleOf: (documentYear: number) => string;
  /** The series' note in each document year, when it has one */
  noteOf?: (documentYear: number) => string | undefined;
}

export function mergedSeriesCsv(context: MergedCsvContext, merged: MergedSeries): string {
  const document = (documentYear: number): CsvRow => ({
    組織: context.organization, 文書種別: context.documentType, '文書年度（西暦）': documentYear, '文書年度（和暦）': warekiFiscalYear(documentYear),
    報告: context.titleOf(documentYear), 掲載箇所: merged.place, 指標ID: merged.id, 指標名: merged.name, 単位: merged.unit,
  });
  const rows: CsvRow[] = [];
  for (const point of merged.points) {
    // Sources are newest first; a revision is named after the first document giving the figure used.
    const firstGivingUsed = [...point.sources].reverse().find((s) => s.value !== null && s.value === point.value);
    for (const source of point.sources) {
      const revisedTo = point.revised && source.value !== null && point.value !== null && firstGivingUsed && source.value !== point.value && source.documentYear < firstGivingUsed.documentYear
        ? revisionText({ fiscalYear: point.fiscalYear, value: point.value, documentYear: firstGivingUsed.documentYear }, merged.unit, merged.decimals) : '';
      const notes = [source.value === null ? 'データなし' : '', point.revised ? '改訂あり' : '', revisedTo].filter(Boolean).join('・');
      rows.push({ ...document(source.documentYear), 種類: '値', '年度（西暦）': point.fiscalYear, '年度（和暦）': warekiFiscalYear(point.fiscalYear), 値: printedNumber(source.value, merged.decimals), 時点: source.label, 採用: source.documentYear === point.usedFrom ? '採用' : '不採用', 備考: notes });
    }
  }
  for (const target of merged.targets) {
    if (isComputedTarget(target)) {
      rows.push({ ...document(target.documentYear), 種類: COMPUTED_TARGET_ROW, '年度（西暦）': target.fiscalYear, '年度（和暦）': warekiFiscalYear(target.fiscalYear), 目標の向き: target.direction === 'atMost' ? '以下' : '以上', 採用: '採用', 備考: target.label, [`${CHART_LABELS.computed}値`]: target.value });
      continue;
    }
    rows.push({ ...document(target.documentYear), 種類: '目標', '年度（西暦）': target.fiscalYear, '年度（和暦）': warekiFiscalYear(target.fiscalYear), 目標の向き: target.direction === 'atMost' ? '以下' : '以上', 値: printedNumber(target.value, merged.decimals), 採用: '採用', 備考: target.label });
  }
  for (const year of merged.documentYears) {
    const note = context.noteOf?.(year);
    if (note) rows.push({ ...document(year), 種類: '注記', 備考: note.replace(/\s*\n\s*/g, ' ').trim() });
  }
  return csvText(rows);
}
