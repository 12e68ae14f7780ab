/**
 * 前年度からの変化 on a report page: which ratings moved and which figures changed since the
 * previous year's document of the same report. A report page is rendered in its own fiscal year's
 * shard, without the previous year's document, so the build hands it a small digest of that
 * document (`YearDigest`, computed while the content is checked) instead.
 *
 * Figures are the documents' own: the latest figure each document gives for an indicator, side
 * by side. Nothing is computed from them (no differences, no rates).
 */
import { seriesOf } from '../open-data.ts';
import type { ReportDocument } from '../reports.ts';
import { changeBetween, ratingObservations, type RatingChange, type RatingValue } from './ratings.ts';

export interface DigestRating { key: string; value: RatingValue }

export interface DigestFigure {
  id: string;
  unit: string;
  /** The latest year the document gives a figure for, and that figure */
  fiscalYear: number;
  value: number;
  decimals: number;
}

/** What a later year's page needs of this document: its ratings and its latest figures. */
export interface YearDigest {
  fiscalYear: number;
  ratings: DigestRating[];
  figures: DigestFigure[];
}

function latestFigures(report: ReportDocument): DigestFigure[] {
  const figures: DigestFigure[] = [];
  for (const { series } of seriesOf(report)) {
    if (series.kind !== 'timeSeries') continue;
    const withValue = series.points.filter((p): p is typeof p & { value: number } => p.value !== null);
    const latest = withValue.reduce<(typeof withValue)[number] | undefined>((a, p) => (a === undefined || p.fiscalYear > a.fiscalYear ? p : a), undefined);
    if (latest) figures.push({ id: series.id, unit: series.unit, fiscalYear: latest.fiscalYear, value: latest.value, decimals: series.decimals });
  }
  return figures;
}

export function yearDigest(report: ReportDocument): YearDigest {
  return {
    fiscalYear: report.doc.fiscalYear,
    ratings: ratingObservations(report).map((o) => ({ key: o.key, value: o.value })),
    figures: latestFigures(report),
  };
}

export interface RatingMove { item: string; rating: string; before: RatingValue; after: RatingValue; change: Exclude<RatingChange, 'same'> }
export interface FigureChange { name: string; before: DigestFigure; after: DigestFigure }

export interface YearOnYear {
  previousYear: number;
  /** Ratings of items in both years whose code changed */
  moved: RatingMove[];
  /** Ratings compared (items in both years) */
  compared: number;
  /** Indicators in both documents whose latest figure (its year or its value) differs */
  figures: FigureChange[];
}

export function yearOnYear(previous: YearDigest, current: ReportDocument): YearOnYear {
  const before = new Map(previous.ratings.map((r) => [r.key, r.value]));
  const moved: RatingMove[] = [];
  let compared = 0;
  for (const o of ratingObservations(current)) {
    const old = before.get(o.key);
    if (!old) continue;
    compared += 1;
    const change = changeBetween(old, o.value);
    if (change !== 'same') moved.push({ item: o.title, rating: o.rating, before: old, after: o.value, change });
  }
  const oldFigures = new Map(previous.figures.map((f) => [`${f.id}/${f.unit}`, f]));
  const names = new Map(seriesOf(current).map(({ series }) => [series.id, series.name]));
  const figures: FigureChange[] = [];
  for (const now of latestFigures(current)) {
    const old = oldFigures.get(`${now.id}/${now.unit}`);
    if (old && (old.fiscalYear !== now.fiscalYear || old.value !== now.value)) figures.push({ name: names.get(now.id) ?? now.id, before: old, after: now });
  }
  return { previousYear: previous.fiscalYear, moved, compared, figures };
}
