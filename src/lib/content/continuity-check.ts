/**
 * Content checks for continuity across years: a `continues` must name an earlier report of the
 * same organisation and kind that exists, no report is continued twice, and an indicator keeps its
 * unit along a continuing report (its years are merged into one series).
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { continuingChains, summaryKey, summaryOf } from '../continuity/chains.ts';
import type { ReportDocument } from '../reports.ts';
import type { ManagementIssueEntry, MeasureEntry, ReportEntry } from './load.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedFile } from './read.ts';
import { locate } from './validate.ts';

type ReportFileEntry = ManagementIssueEntry | MeasureEntry;

const asDocument = (entry: ReportFileEntry): ReportDocument => (entry.kind === 'managementIssue' ? { kind: entry.kind, doc: entry.data } : { kind: entry.kind, doc: entry.data });

/** Every indicator series of a report file with its path in the file. */
function locatedSeries(entry: ReportFileEntry): { path: (string | number)[]; series: IndicatorSeries }[] {
  if (entry.kind === 'measure') return entry.data.projects.flatMap((p, pi) => p.indicators.map((series, i) => ({ path: ['projects', pi, 'indicators', i], series })));
  const doc = entry.data;
  return [
    ...doc.indicators.map((series, i) => ({ path: ['indicators', i], series })),
    ...doc.strategies.flatMap((s, si) => [
      ...s.indicators.map((series, i) => ({ path: ['strategies', si, 'indicators', i], series })),
      ...s.initiatives.flatMap((init, ii) => init.indicators.map((series, i) => ({ path: ['strategies', si, 'initiatives', ii, 'indicators', i], series }))),
    ]),
  ];
}

/** `fileIds`: every report file found, valid or not (a target with errors of its own is reported there, not here). */
export function continuityProblems(entries: readonly ReportEntry[], parsedById: ReadonlyMap<string, ParsedFile>, fileIds: ReadonlySet<string> = new Set()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reports = entries.filter((e): e is ReportFileEntry => e.kind !== 'strategySheet');
  const byId = new Map(reports.map((e) => [e.id, e]));
  const claimedBy = new Map<string, ReportFileEntry>();
  const at = (entry: ReportFileEntry, path: (string | number)[], message: string): ContentProblem => ({
    severity: 'error', file: entry.file, ...locate(parsedById.get(entry.id)!, path), field: path.join('.'), message,
  });

  for (const entry of reports) {
    const continues = entry.data.continues;
    if (!continues) continue;
    const targetId = `${entry.data.organization}/${continues.fiscalYear}/${continues.report}`;
    const target = byId.get(targetId);
    if (continues.fiscalYear >= entry.data.fiscalYear) {
      problems.push(at(entry, ['continues', 'fiscalYear'], `継続元は ${entry.data.fiscalYear} 年度より前の年度の報告です / continues must name an earlier fiscal year than ${entry.data.fiscalYear}`));
      continue;
    }
    if (!target) {
      if (fileIds.has(targetId)) continue;
      problems.push(at(entry, ['continues'], `継続元の報告「${targetId}」がありません（content/${targetId}.yaml） / the report it continues does not exist: ${targetId}`));
      continue;
    }
    if (target.kind !== entry.kind) {
      problems.push(at(entry, ['continues', 'report'], `継続元「${targetId}」は種類の違う報告です（経営課題は経営課題、施策は施策を継続します） / continues must name a report of the same kind`));
      continue;
    }
    const earlier = claimedBy.get(targetId);
    if (earlier) {
      problems.push(at(entry, ['continues'], `「${targetId}」は ${earlier.file} も継続元にしています。1つの報告を継続できるのは1つだけです / ${targetId} is already continued by ${earlier.file}`));
      continue;
    }
    claimedBy.set(targetId, entry);
  }
  if (problems.length > 0) return problems;

  // Units along each continuing report: its years become one series per indicator id.
  const byKey = new Map(reports.map((e) => [summaryKey(summaryOf(asDocument(e))), e]));
  for (const chain of continuingChains(reports.map((e) => summaryOf(asDocument(e))))) {
    const units = new Map<string, { unit: string; file: string }>();
    for (const member of chain.members) {
      const entry = byKey.get(summaryKey(member))!;
      for (const { path, series } of locatedSeries(entry)) {
        // Only time series are merged over years; a comparison stays with its own year.
        if (series.kind !== 'timeSeries') continue;
        const seen = units.get(series.id);
        if (seen && seen.unit !== series.unit) {
          problems.push(at(entry, [...path, 'unit'], `指標「${series.id}」の単位「${series.unit}」が前の年度の文書（${seen.file}）の「${seen.unit}」と違います。年度をまたいで1つの系列にするため、単位をそろえるか別の id にしてください / unit differs from the same indicator in ${seen.file}`));
        }
        units.set(series.id, { unit: series.unit, file: entry.file });
      }
    }
  }
  return problems;
}
