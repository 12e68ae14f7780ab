/**
 * One series per indicator over all years' documents of a continuing report. Series with the same
 * id (and unit) are merged point by point. When two documents give different figures for the same
 * year (a revised figure), the later document's figure is used and every document's figure stays
 * listed with the document that gave it: nothing is overwritten silently, nothing is averaged.
 * A document that lists a year without a figure (データなし) does not replace another document's
 * figure, but it is listed too.
 */
import type { IndicatorSeries, IndicatorTarget } from '../../schemas/indicator.ts';
import { seriesOf } from '../open-data.ts';
import type { ReportDocument } from '../reports.ts';

/** A figure as one document gives it. */
export interface SourcedValue {
  /** Fiscal year of the document that gives it */
  documentYear: number;
  value: number | null;
  label?: string | undefined;
}

export interface MergedPoint {
  fiscalYear: number;
  /** The figure used: the latest document that gives one (null = no document does) */
  value: number | null;
  label?: string | undefined;
  /** Document year the used figure comes from */
  usedFrom: number;
  /** Every document that lists this year, newest first */
  sources: SourcedValue[];
  /** Two documents give different figures for this year */
  revised: boolean;
}

export interface MergedTarget extends IndicatorTarget {
  documentYear: number;
}

export interface MergedSeries {
  id: string;
  /** Name, unit and place as the latest document gives them */
  name: string;
  unit: string;
  place: string;
  decimals: number;
  /** Document years that contain the series, oldest first */
  documentYears: number[];
  points: MergedPoint[];
  targets: MergedTarget[];
  /** The merged series in the content shape, for the chart and table components */
  series: IndicatorSeries;
}

export interface DatedReport {
  fiscalYear: number;
  report: ReportDocument;
}

/** Time series of every year's document merged by id; comparisons (項目の比較) are not time series and stay per year. */
export function mergeSeries(reports: readonly DatedReport[]): MergedSeries[] {
  const oldestFirst = [...reports].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const groups = new Map<string, { documentYear: number; place: string; series: IndicatorSeries }[]>();
  for (const { fiscalYear, report } of oldestFirst) {
    for (const { place, series } of seriesOf(report)) {
      if (series.kind !== 'timeSeries') continue;
      // The content check rejects a changed unit within a chain; keying by unit too keeps
      // figures in different units apart even if one slipped through.
      const key = `${series.id}\u0000${series.unit}`;
      groups.set(key, [...(groups.get(key) ?? []), { documentYear: fiscalYear, place, series }]);
    }
  }
  const merged = [...groups.values()].map(mergeGroup);
  // Series the latest documents still carry first; otherwise in the order they first appeared.
  return merged.sort((a, b) => b.documentYears.at(-1)! - a.documentYears.at(-1)!);
}

function mergeGroup(group: { documentYear: number; place: string; series: IndicatorSeries }[]): MergedSeries {
  const latest = group.at(-1)!;
  const byYear = new Map<number, SourcedValue[]>();
  for (const { documentYear, series } of group) {
    for (const point of series.points) {
      byYear.set(point.fiscalYear, [{ documentYear, value: point.value, label: point.label }, ...(byYear.get(point.fiscalYear) ?? [])]);
    }
  }
  const points = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fiscalYear, sources]): MergedPoint => {
      const used = sources.find((s) => s.value !== null) ?? sources[0]!;
      const figures = new Set(sources.filter((s) => s.value !== null).map((s) => s.value));
      return { fiscalYear, value: used.value, label: used.label, usedFrom: used.documentYear, sources, revised: figures.size > 1 };
    });
  // A target restated by a later document replaces the earlier statement for the same year.
  const targetsByYear = new Map<number, MergedTarget[]>();
  for (const { documentYear, series } of group) {
    const stated = new Map<number, MergedTarget[]>();
    for (const target of series.targets) stated.set(target.fiscalYear, [...(stated.get(target.fiscalYear) ?? []), { ...target, documentYear }]);
    for (const [year, targets] of stated) targetsByYear.set(year, targets);
  }
  const targets = [...targetsByYear.entries()].sort(([a], [b]) => a - b).flatMap(([, t]) => t);
  const decimals = Math.max(...group.map((g) => g.series.decimals));
  const { note: _note, ...latestSeries } = latest.series;
  const series: IndicatorSeries = {
    ...latestSeries,
    decimals,
    points: points.map((p) => ({ fiscalYear: p.fiscalYear, value: p.value, ...(p.label ? { label: p.label } : {}) })),
    targets: targets.map(({ documentYear: _documentYear, ...target }) => target),
  };
  return {
    id: latest.series.id,
    name: latest.series.name,
    unit: latest.series.unit,
    place: latest.place,
    decimals,
    documentYears: [...new Set(group.map((g) => g.documentYear))],
    points,
    targets,
    series,
  };
}
