/**
 * 評価と数値の照合: where a 運営方針 report gives a target (`targets`) and the figure for the target
 * year, Kohyo computes whether the target was met and holds the result against the self-evaluation
 * the target belongs to — neutrally, and without ever changing the declared rating. Nothing is
 * read from prose: only `targets`, the series' own `points` and the ratings as recorded.
 *
 * Which rating a target is compared with (also on /about/ratings/ and in the README):
 * - `evaluatedIn: 2-1-2` on the target names it: a 具体的取組 number → that 取組's
 *   業績目標の達成状況 in its 自己評価 (① agrees with 達成; ② and ③ with 未達成);
 *   a 戦略 number → that 戦略's アウトカムの達成状況「全体」 (A agrees with 達成, B with 未達成).
 * - Without it, the indicator's place decides: an indicator of a 具体的取組 → that 取組, of a 戦略
 *   → that 戦略. An indicator of the 経営課題 as a whole is compared with nothing unless its target
 *   says `evaluatedIn`. 主要事務事業戦略シート has no self-evaluation rating, so nothing there.
 * - The 中間振り返り (a forecast) is never compared; only the final 自己評価 is.
 */
import type { IndicatorSeries, IndicatorTarget } from '../schemas/indicator.ts';
import type { ManagementIssue } from '../schemas/management-issue.ts';
import type { AchievementRating } from '../schemas/rating.ts';
import { meetsTarget } from './charts/summary.ts';
import { longTargetLabel } from './charts/targets.ts';
import { formatQuantity } from './format.ts';
import { LABELS } from './labels.ts';
import { achievementLabel, achievementProgressLabel, findRating, VOCABULARIES } from './ratings.ts';
import { managementIssueTitle, type ReportDocument } from './reports.ts';
import { anchors, figureUrl, reportUrl } from './urls.ts';
import { warekiFiscalYear } from './wareki.ts';

export type TargetResult = 'met' | 'notMet' | 'noValue';

export interface TargetEvaluation {
  target: IndicatorTarget;
  /** The series' own figure for the target year (null = none) */
  value: number | null;
  result: TargetResult;
}

/** Whether the series' own figure for the target year meets the target. */
export function evaluateTarget(series: Pick<IndicatorSeries, 'points'>, target: IndicatorTarget): TargetEvaluation {
  const value = series.points.find((p) => p.fiscalYear === target.fiscalYear)?.value ?? null;
  if (value === null) return { target, value, result: 'noValue' };
  return { target, value, result: meetsTarget(value, target) ? 'met' : 'notMet' };
}

export type DeclaredRating =
  | { kind: 'initiative'; number: string; title: string; achievement: AchievementRating }
  | { kind: 'strategy'; number: string; title: string; overall: string[] };

export type Verdict = 'agree' | 'disagree' | 'cannotJudge';

export interface RatingCheck extends TargetEvaluation {
  seriesId: string;
  seriesName: string;
  unit: string;
  decimals: number;
  declared: DeclaredRating;
  verdict: Verdict;
  /** The page anchor of the self-evaluation compared with */
  anchor: string;
}

function declaredFor(doc: ManagementIssue, number: string): DeclaredRating | undefined {
  for (const s of doc.strategies) {
    if (s.number === number) return { kind: 'strategy', number, title: s.title, overall: [...new Set(s.selfEvaluation.outcomes.map((o) => o.overall))] };
    const i = s.initiatives.find((x) => x.number === number);
    if (i) return { kind: 'initiative', number, title: i.title, achievement: i.selfEvaluation.achievement };
  }
  return undefined;
}

function verdictOf(result: TargetResult, declared: DeclaredRating): Verdict {
  if (result === 'noValue') return 'cannotJudge';
  const declaredMet = declared.kind === 'initiative'
    ? declared.achievement.achievement === 1
    : declared.overall.length === 1 ? findRating('outcomeStatus', declared.overall[0]!)?.tone === 'good' : undefined;
  if (declaredMet === undefined) return 'cannotJudge';
  return declaredMet === (result === 'met') ? 'agree' : 'disagree';
}

/** Every target of a report that can be held against a rating, with the result. */
export function ratingChecks(report: ReportDocument): RatingCheck[] {
  if (report.kind !== 'managementIssue') return [];
  const doc = report.doc;
  const placed: { series: IndicatorSeries; defaultNumber?: string }[] = [
    ...doc.indicators.map((series) => ({ series })),
    ...doc.strategies.flatMap((s) => [
      ...s.indicators.map((series) => ({ series, defaultNumber: s.number })),
      ...s.initiatives.flatMap((i) => i.indicators.map((series) => ({ series, defaultNumber: i.number }))),
    ]),
  ];
  const checks: RatingCheck[] = [];
  for (const { series, defaultNumber } of placed) {
    for (const target of series.targets) {
      const number = target.evaluatedIn ?? defaultNumber;
      const declared = number === undefined ? undefined : declaredFor(doc, number);
      if (!declared) continue;
      const evaluation = evaluateTarget(series, target);
      checks.push({
        ...evaluation,
        seriesId: series.id,
        seriesName: series.name,
        unit: series.unit,
        decimals: series.decimals,
        declared,
        verdict: verdictOf(evaluation.result, declared),
        anchor: declared.kind === 'initiative' ? anchors.initiative(declared.number) : anchors.strategy(declared.number),
      });
    }
  }
  return checks;
}

const L = LABELS.ratingCheck;

/** 「達成」「未達成」「判定できません（実績値なし）」 */
export function resultText(evaluation: Pick<TargetEvaluation, 'result'>): string {
  return evaluation.result === 'met' ? L.met : evaluation.result === 'notMet' ? L.notMet : L.noValue;
}

/** 「具体的取組 2-1-2 の業績目標の達成状況（自己評価）」 */
export function declaredPlace(declared: DeclaredRating): string {
  return declared.kind === 'initiative'
    ? `${LABELS.initiative.heading} ${declared.number} の${VOCABULARIES.achievement.name}（${LABELS.initiative.selfEvaluation}）`
    : `${LABELS.strategy.heading} ${declared.number} の${VOCABULARIES.outcomeStatus.name}（${LABELS.strategy.overall}）`;
}

/** 「③ 撤退基準未達成」, 「A 順調」 — the declared rating as the document gives it, with its meaning. */
export function declaredText(declared: DeclaredRating): string {
  if (declared.kind === 'initiative') {
    const a = declared.achievement;
    const code = `${['①', '②', '③'][a.achievement - 1]}${a.progress ? `(${a.progress})` : ''}`;
    return `${code} ${[achievementLabel(a.achievement, 'final'), a.progress ? achievementProgressLabel(a.progress, 'final') : undefined].filter(Boolean).join('・')}`;
  }
  return declared.overall.map((code) => `${code} ${findRating('outcomeStatus', code)?.definition ?? ''}`.trim()).join('、');
}

/**
 * The facts of one check as short sentences, in reading order: the target and figure with the
 * computed result (labelled as Kohyo's), the declared rating, and whether they agree.
 */
export function ratingCheckSentences(check: RatingCheck): { computation: string; declared: string; verdict: string } {
  const year = warekiFiscalYear(check.target.fiscalYear);
  const figure = check.value === null ? `${year}の実績値なし` : `${year}の実績 ${formatQuantity(check.value, check.unit, 'nodata', check.decimals)}`;
  const computation = `${check.seriesName}: ${longTargetLabel(check.target, check.unit)}、${figure} → ${resultText(check)}（${L.computed}）。`;
  const declared = `${declaredPlace(check.declared)}: ${declaredText(check.declared)}。`;
  let verdict: string;
  if (check.verdict === 'agree') verdict = L.agree;
  else if (check.verdict === 'disagree') verdict = `${L.disagree}${check.declared.kind === 'initiative' ? L.initiativeCaveat : ''}${L.disagreeCaveat}`;
  else verdict = check.result === 'noValue' ? L.cannotJudgeNoValue : L.cannotJudgeSeveral;
  return { computation, declared, verdict };
}

export interface SiteRatingCheck extends RatingCheck {
  organization: string;
  fiscalYear: number;
  reportTitle: string;
  reportUrl: string;
  figureUrl: string;
}

/** Every comparison across all reports, in organisation / year / report order. */
export function siteRatingChecks(reports: readonly ReportDocument[]): SiteRatingCheck[] {
  return reports
    .filter((r): r is Extract<ReportDocument, { kind: 'managementIssue' }> => r.kind === 'managementIssue')
    .sort((a, b) => a.doc.organization.localeCompare(b.doc.organization) || b.doc.fiscalYear - a.doc.fiscalYear || a.doc.number - b.doc.number)
    .flatMap((report) => {
      const slug = `keiei-kadai-${report.doc.number}`;
      const base = { organization: report.doc.organization, fiscalYear: report.doc.fiscalYear, reportTitle: managementIssueTitle(report.doc), reportUrl: reportUrl(report.doc.organization, report.doc.fiscalYear, slug) };
      return ratingChecks(report).map((check) => ({ ...check, ...base, figureUrl: figureUrl(report.doc.organization, report.doc.fiscalYear, slug, check.seriesId) }));
    });
}
