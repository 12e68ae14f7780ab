/**
 * The sentence under each chart, generated from the data so it always agrees with it, e.g.
 * 「平成27年度の11件から平成30年度は19件。前年度比17%減（Kohyoによる計算）。平成30年度の目標（11.5件以下、Kohyoによる計算）は未達成（Kohyoによる計算）。」
 * It is written to be quoted as it stands: every year and figure is named, missing values are
 * said to be missing, and targets are judged only against a value for the target year. Numbers
 * the documents do not print (changes, ranks, targets computed from 「50%減」) say so.
 */
import { max } from 'd3-array';
import { isComputedTarget, type IndicatorSeries } from '../../schemas/indicator.ts';
import { formatChange, formatNumber, formatQuantity } from '../format.ts';
import { warekiFiscalYear } from '../wareki.ts';
import { categoryLabel, CHART_LABELS, directionWord } from './labels.ts';
import { isKnown, isRateUnit, sortedPoints } from './series.ts';

type Target = IndicatorSeries['targets'][number];

const S = CHART_LABELS.summary;
const COMPUTED = CHART_LABELS.computed;

export function summarize(series: IndicatorSeries): string {
  return series.kind === 'comparison' ? summarizeComparison(series) : summarizeTimeSeries(series);
}

export function summarizeTimeSeries(series: IndicatorSeries): string {
  const points = sortedPoints(series);
  const known = points.filter(isKnown);
  const q = (value: number): string => formatQuantity(value, series.unit, 'nodata', series.decimals);
  const sentences: string[] = [];

  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) {
    sentences.push(S.allMissing);
  } else if (first === last) {
    sentences.push(`${warekiFiscalYear(first.fiscalYear)}は${q(first.value)}。`);
  } else {
    const flat = known.every((p) => p.value === first.value);
    if (flat) {
      sentences.push(`${warekiFiscalYear(first.fiscalYear)}から${warekiFiscalYear(last.fiscalYear)}まで${q(first.value)}で横ばい。`);
    } else if (first.value === last.value) {
      sentences.push(`${warekiFiscalYear(first.fiscalYear)}と${warekiFiscalYear(last.fiscalYear)}はともに${q(last.value)}。`);
    } else {
      sentences.push(`${warekiFiscalYear(first.fiscalYear)}の${q(first.value)}から${warekiFiscalYear(last.fiscalYear)}は${q(last.value)}。`);
    }
    // Compare with the year before; if the series skips that year, with the latest earlier value.
    // A flat series has said it all already.
    const previousYear = points.find((p) => p.fiscalYear === last.fiscalYear - 1);
    if (flat) {
      // nothing to add
    } else if (previousYear === undefined) {
      const previousKnown = known[known.length - 2]!;
      sentences.push(`${warekiFiscalYear(previousKnown.fiscalYear)}比${computedChange(previousKnown.value, last.value, series.unit)}。`);
    } else if (previousYear.value !== null) {
      sentences.push(`前年度比${computedChange(previousYear.value, last.value, series.unit)}。`);
    }
  }

  const missing = points.filter((p) => p.value === null);
  if (missing.length > 0 && known.length > 0) {
    sentences.push(`${missing.map((p) => warekiFiscalYear(p.fiscalYear)).join('、')}は${CHART_LABELS.noData}。`);
  }

  for (const target of series.targets) sentences.push(describeTarget(series, target));
  return sentences.join('');
}

/** 「17%減（Kohyoによる計算）」, or 「増減なし」 (no number to label). */
function computedChange(from: number, to: number, unit: string): string {
  const change = describeChange(from, to, unit);
  return from === to ? change : `${change}（${COMPUTED}）`;
}

/**
 * 「17%減」 for amounts; 「0.4ポイント増」 for rates, where a percent change of a percentage would
 * be misread; the difference in the unit itself when the earlier value is zero.
 */
export function describeChange(from: number, to: number, unit: string): string {
  if (from === to) return S.noChange;
  const word = to > from ? S.increase : S.decrease;
  if (isRateUnit(unit)) {
    return `${formatNumber(roundLike(Math.abs(to - from), from, to))}${S.points}${word}`;
  }
  if (from === 0) return `${formatQuantity(Math.abs(to), unit)}${word}`;
  // Doubling and more reads better as a multiple: 1日分 → 3日分 is 「3倍」, not 「200%増」.
  if (from > 0 && to >= 2 * from) return `${formatNumber(Math.round((to / from) * 10) / 10)}${S.times}`;
  return formatChange(from, to);
}

/** Rounds a difference to the decimals its inputs have, so 18.8 − 18.4 is 0.4, not 0.40000000000000036. */
function roundLike(difference: number, a: number, b: number): number {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b));
  const factor = 10 ** decimals;
  return Math.round(difference * factor) / factor;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Whether a value meets a target in the target's direction. */
export function meetsTarget(value: number, target: Target): boolean {
  return target.direction === 'atMost' ? value <= target.value : value >= target.value;
}

/** 「目標（20%以上）」, or 「目標（11.5件以下、Kohyoによる計算）」 when the document gives a change, not a value. */
export function targetPhrase(target: Target, unit: string): string {
  return `${CHART_LABELS.target}（${formatQuantity(target.value, unit)}${directionWord(target.direction)}${isComputedTarget(target) ? `、${COMPUTED}` : ''}）`;
}

function describeTarget(series: IndicatorSeries, target: Target): string {
  const phrase = targetPhrase(target, series.unit);
  const latestYear = max(series.points, (p) => p.fiscalYear);
  const point = series.points.find((p) => p.fiscalYear === target.fiscalYear);
  const year = warekiFiscalYear(target.fiscalYear);
  if (point !== undefined && point.value !== null) {
    const result = meetsTarget(point.value, target) ? S.met : S.notMet;
    // A judgement the document does not make: its year and its maker in the same sentence, so a
    // quoted sentence cannot pass for the city's own rating.
    return `${year}の${phrase}は${result}（${COMPUTED}）。`;
  }
  if (latestYear === undefined || target.fiscalYear > latestYear) {
    // Say where the latest figure stands rather than "not yet due": the target year may well be
    // past for today's reader, only the document's data stops earlier.
    const latest = [...sortedPoints(series)].reverse().find((p) => p.value !== null && p.fiscalYear <= target.fiscalYear);
    if (latest === undefined || latest.value === null) return `${year}の${phrase}は${S.noActual}。`;
    return `${year}の${phrase}に対し、${S.latestValue}は${warekiFiscalYear(latest.fiscalYear)}の${formatQuantity(latest.value, series.unit, 'nodata', series.decimals)}。`;
  }
  return `${year}の${phrase}は${S.noActual}。`;
}

export function summarizeComparison(series: IndicatorSeries): string {
  const categories = series.categories;
  const known = categories.filter(isKnown);
  const q = (value: number): string => formatQuantity(value, series.unit, 'nodata', series.decimals);
  if (known.length === 0) return S.allCategoriesMissing;
  const sentences: string[] = [];

  const largest = max(known, (c) => c.value)!;
  const leaders = known.filter((c) => c.value === largest);
  const [a, b] = known;
  if (known.length === 1) {
    sentences.push(`${leaders[0]!.label}は${q(largest)}。`);
  } else if (a && b && known.length === 2 && !categories.some((c) => c.highlight)) {
    // Two values, such as an old and a new estimate: say both and how they differ.
    const change = describeChange(a.value, b.value, series.unit);
    sentences.push(`${a.label}は${q(a.value)}、${b.label}は${q(b.value)}（${a.value === b.value ? change : `${change}、${COMPUTED}`}）。`);
  } else {
    // 「最も多いのは3食分（7市）」: 「最大は3食分の7市」 read as "at most 3 meals".
    const most = isRateUnit(series.unit) ? S.highest : S.most;
    sentences.push(`${most}${leaders.map((c) => c.label).join('と')}（${leaders.length > 1 ? '各' : ''}${q(largest)}）。`);
  }

  for (const category of categories.filter((c) => c.highlight)) {
    const name = categoryLabel(category);
    if (category.value === null) {
      sentences.push(`${name}は${CHART_LABELS.noData}。`);
      continue;
    }
    const value = category.value;
    // Standard competition ranking: equal values share a rank.
    const rank = 1 + known.filter((c) => c.value > value).length;
    const tied = known.filter((c) => c.value === value).length > 1;
    if (known.length === 1) {
      continue;
    }
    // A distribution (how many cities store 9, 6, 4… meals) has no meaningful rank; the document's
    // words about the item (「本市は6食分」) follow the count, so 本市 is not read as one of them.
    if (!series.ranked) {
      sentences.push(category.note !== undefined ? `${category.label}は${q(value)}（${category.note}）。` : `${name}は${q(value)}。`);
      continue;
    }
    sentences.push(`${name}は${q(value)}で、${known.length}項目中${rank}位（${tied ? '同値あり、' : ''}順位は${COMPUTED}）。`);
  }

  const missing = categories.filter((c) => c.value === null && !c.highlight);
  if (missing.length > 0) sentences.push(`${missing.map((c) => c.label).join('、')}は${CHART_LABELS.noData}。`);
  return sentences.join('');
}
