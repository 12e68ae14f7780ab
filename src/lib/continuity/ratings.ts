/**
 * Every rating of a continuing report, year by year, as one table: a row per rated item and
 * rating, a column per year. Items are matched across years by their number within the report
 * (戦略 2-1 of 経営課題2 and 戦略 3-1 of the renumbered 経営課題3 are both 「-1」), and each cell
 * says in words whether the rating went up or down since the previous year shown.
 */
import type { ManagementIssue } from '../../schemas/management-issue.ts';
import type { AchievementRating } from '../../schemas/rating.ts';
import type { Measure } from '../../schemas/strategy-sheet.ts';
import { LABELS } from '../labels.ts';
import { findRating, VOCABULARIES, type VocabularyId } from '../ratings.ts';
import type { DatedReport } from './series.ts';

export type RatingValue =
  | { kind: 'code'; vocabulary: VocabularyId; code: string }
  /** Several codes at once: the 全体 of an outcome table, the 改善・改革の手法 of a 事務事業 */
  | { kind: 'codes'; vocabulary: VocabularyId; codes: string[] }
  | { kind: 'achievement'; rating: AchievementRating };

/** How a rating compares with the previous year shown. */
export type RatingChange = 'better' | 'worse' | 'same' | 'incomparable' | 'changed';

export interface RatingCell {
  fiscalYear: number;
  /** Absent: the item is not in that year's document */
  value?: RatingValue;
  /** Absent for the first year the item appears */
  change?: RatingChange;
}

export interface RatingRow {
  /** 「めざす成果及び戦略 2-1 → 3-1 情報セキュリティ戦略の立案・計画及び実行」 */
  item: string;
  /** The rating's name, e.g. 戦略の進捗状況 */
  rating: string;
  cells: RatingCell[];
}

interface Observation { itemKey: string; order: string; number: string; title: string; ratingKey: string; rating: string; value: RatingValue }

/** 「2-1-2」 of 経営課題2 → 「1-2」: the part that stays when the 経営課題 is renumbered. */
const local = (number: string): string => number.split('-').slice(1).join('-');

/** Every rating of one report, keyed so the same item's rating can be found in another year. */
export function ratingObservations(report: DatedReport['report']): { key: string; number: string; title: string; rating: string; value: RatingValue }[] {
  const observations = report.kind === 'managementIssue' ? issueObservations(report.doc) : measureObservations(report.doc);
  return observations.map((o) => ({ key: `${o.itemKey}/${o.ratingKey}`, number: o.number, title: o.title.replace('NUMBER', o.number), rating: o.rating, value: o.value }));
}

function issueObservations(doc: ManagementIssue): Observation[] {
  return doc.strategies.flatMap((s) => {
    const strategyKey = `s${local(s.number)}`;
    const strategy = { itemKey: strategyKey, order: local(s.number), number: s.number, title: `${LABELS.strategy.heading} NUMBER ${s.title}` };
    const overall = [...new Set(s.selfEvaluation.outcomes.map((o) => o.overall))];
    return [
      { ...strategy, ratingKey: '1', rating: VOCABULARIES.strategyEffectiveness.name, value: { kind: 'code' as const, vocabulary: 'strategyEffectiveness' as const, code: s.selfEvaluation.effectiveness } },
      // 個別: one row per line of the outcome table, matched across years by its position.
      ...s.selfEvaluation.outcomes.map((o, index) => ({ ...strategy, ratingKey: `2-${String(index + 1).padStart(2, '0')}`, rating: `${VOCABULARIES.outcomeStatus.name}（${LABELS.strategy.individual}・${index + 1}行目）`, value: { kind: 'code' as const, vocabulary: 'outcomeStatus' as const, code: o.individual } })),
      { ...strategy, ratingKey: '2-99', rating: `${VOCABULARIES.outcomeStatus.name}（${LABELS.strategy.overall}）`, value: { kind: 'codes' as const, vocabulary: 'outcomeStatus' as const, codes: overall } },
      { ...strategy, ratingKey: '3', rating: VOCABULARIES.strategyProgress.name, value: { kind: 'code' as const, vocabulary: 'strategyProgress' as const, code: s.selfEvaluation.progress } },
      ...s.initiatives.flatMap((i) => {
        const initiative = { itemKey: `i${local(i.number)}`, order: local(i.number), number: i.number, title: `${LABELS.initiative.heading} NUMBER ${i.title}` };
        return [
          // 中間振り返り (a forecast during the year) before the year-end 自己評価, as the document orders them.
          { ...initiative, ratingKey: '0-1', rating: `${VOCABULARIES.achievement.name}（${LABELS.initiative.midtermReview}）`, value: { kind: 'achievement' as const, rating: i.midtermReview.achievement } },
          { ...initiative, ratingKey: '0-2', rating: `${VOCABULARIES.initiativeEffectiveness.name}（${LABELS.initiative.midtermReview}）`, value: { kind: 'code' as const, vocabulary: 'initiativeEffectiveness' as const, code: i.midtermReview.effectiveness } },
          { ...initiative, ratingKey: '1', rating: `${VOCABULARIES.achievement.name}（${LABELS.initiative.selfEvaluation}）`, value: { kind: 'achievement' as const, rating: i.selfEvaluation.achievement } },
          { ...initiative, ratingKey: '2', rating: `${VOCABULARIES.initiativeEffectiveness.name}（${LABELS.initiative.selfEvaluation}）`, value: { kind: 'code' as const, vocabulary: 'initiativeEffectiveness' as const, code: i.selfEvaluation.effectiveness } },
        ];
      }),
    ];
  });
}

function measureObservations(doc: Measure): Observation[] {
  return doc.projects.map((p) => ({
    itemKey: `p${p.number}`,
    order: String(p.number),
    number: `No.${p.number}`,
    title: `${LABELS.strategySheet.project} NUMBER ${p.name}`,
    ratingKey: '1',
    rating: VOCABULARIES.improvementMethod.name,
    value: { kind: 'codes' as const, vocabulary: 'improvementMethod' as const, codes: p.methods },
  }));
}

/** A rank for comparing two ratings (higher is better); undefined when the rating has no order. */
function rank(value: RatingValue): number | undefined {
  if (value.kind === 'achievement') {
    // ①(i) > ①(ii) > ②(i) > ②(ii) > ③: the achievement first, then whether it went as planned.
    return (4 - value.rating.achievement) * 2 - (value.rating.progress === 'ii' ? 1 : 0);
  }
  const codes = value.kind === 'code' ? [value.code] : value.codes;
  if (codes.length !== 1 || value.vocabulary === 'improvementMethod') return undefined;
  const tone = findRating(value.vocabulary, codes[0]!)?.tone;
  return tone === 'good' ? 2 : tone === 'bad' ? 1 : undefined;
}

const sameValue = (a: RatingValue, b: RatingValue): boolean => JSON.stringify(a) === JSON.stringify(b);

export function changeBetween(previous: RatingValue, current: RatingValue): RatingChange {
  if (current.kind === 'codes' && current.vocabulary === 'improvementMethod') return sameValue(previous, current) ? 'same' : 'changed';
  const before = rank(previous);
  const after = rank(current);
  if (before === undefined || after === undefined) return sameValue(previous, current) ? 'same' : 'incomparable';
  return after > before ? 'better' : after < before ? 'worse' : 'same';
}

export function ratingsOverYears(reports: readonly DatedReport[]): RatingRow[] {
  const oldestFirst = [...reports].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const years = oldestFirst.map((r) => r.fiscalYear);
  type Row = { order: string; ratingKey: string; numbers: string[]; title: string; rating: string; values: Map<number, RatingValue> };
  const rows = new Map<string, Row>();
  for (const { fiscalYear, report } of oldestFirst) {
    const observations = report.kind === 'managementIssue' ? issueObservations(report.doc) : measureObservations(report.doc);
    for (const o of observations) {
      const key = `${o.itemKey}/${o.ratingKey}`;
      const row: Row = rows.get(key) ?? { order: o.order, ratingKey: o.ratingKey, numbers: [], title: o.title, rating: o.rating, values: new Map() };
      if (row.numbers.at(-1) !== o.number) row.numbers.push(o.number);
      // The latest year's title and rating name are shown.
      row.title = o.title;
      row.rating = o.rating;
      row.values.set(fiscalYear, o.value);
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .sort(([ka, a], [kb, b]) => a.order.localeCompare(b.order, 'en', { numeric: true }) || ka.localeCompare(kb))
    .map(([, row]) => {
      let previous: RatingValue | undefined;
      const cells = years.map((fiscalYear): RatingCell => {
        const value = row.values.get(fiscalYear);
        if (!value) return { fiscalYear };
        const cell: RatingCell = previous ? { fiscalYear, value, change: changeBetween(previous, value) } : { fiscalYear, value };
        previous = value;
        return cell;
      });
      return { item: row.title.replace('NUMBER', row.numbers.join(' → ')), rating: row.rating, cells };
    });
}
