import { z } from 'astro/zod';
import { budgetLineSchema } from './budget.ts';
import { fiscalYearSchema } from './fiscal-year.ts';
import { continuesSchema } from './continuity.ts';
import { sourceSchema } from './source.ts';
import { indicatorSeriesSchema, refineUniqueIndicatorIds, type IndicatorAt } from './indicator.ts';
import { achievementRatingSchema, ratingCodeSchema } from './rating.ts';
import { changeNotesField } from './change-note.ts';
import { releaseFields } from './release.ts';
import { labelSchema, markdownTextSchema } from './text.ts';

const text = markdownTextSchema;

/** 番号 such as "1-1" (戦略) or "1-1-2" (具体的取組). */
const numberingSchema = (parts: number) =>
  z.string().regex(new RegExp(`^\\d+(?:-\\d+){${parts - 1}}$`), {
    message: `番号は ${Array.from({ length: parts }, (_, i) => i + 1).join('-')} の形で書いてください / expected ${parts} numbers joined by -`,
  });

/** アウトカムの達成状況 — one row (前年度 / 個別 / 全体). */
export const outcomeRowSchema = z.strictObject({
  /** 指標・達成状況の説明 */
  description: text,
  /** 前年度 (null = 「－」) */
  previousYear: ratingCodeSchema('outcomeStatus').nullable(),
  /** 個別 */
  individual: ratingCodeSchema('outcomeStatus'),
  /** 全体 */
  overall: ratingCodeSchema('outcomeStatus'),
});

/** 中間振り返り of a 具体的取組. */
export const midtermReviewSchema = z.strictObject({
  /** 業績目標の達成状況 (e.g. ①(i)) */
  achievement: achievementRatingSchema,
  /** 課題と改善策（②・③・×の場合は必須） */
  issuesAndImprovements: text.optional(),
  /** 戦略に対する取組の有効性 (○ / × / －) */
  effectiveness: ratingCodeSchema('initiativeEffectiveness'),
});

/** 自己評価 of a 具体的取組. */
export const initiativeEvaluationSchema = z.strictObject({
  /** 取組実績 */
  results: text,
  /** 業績目標の達成状況（説明） */
  achievementNote: text.optional(),
  /** 業績目標の達成状況 (e.g. ①(i), ③) */
  achievement: achievementRatingSchema,
  /** 課題（②・③・×の場合は必須） */
  issues: text.optional(),
  /** 改善策（②・③・×の場合は必須） */
  improvements: text.optional(),
  /** 戦略に対する取組の有効性 (○ / × / －) */
  effectiveness: ratingCodeSchema('initiativeEffectiveness'),
});

/** 具体的取組 N-M-K. */
export const initiativeSchema = z.strictObject({
  /** 番号, e.g. 1-1-1 */
  number: numberingSchema(3),
  /** 取組名 (【】の中) */
  title: labelSchema,
  /** 予算 (28決算額, 29予算額, 30予算額 …) */
  budget: z.array(budgetLineSchema).default([]),
  /** 計画 */
  plan: z.strictObject({
    /** 取組内容 */
    activities: text,
    /** 業績目標（中間アウトカム） */
    performanceTarget: text,
    /** 撤退基準 */
    withdrawalCriteria: text,
    /** 前年度までの実績 */
    pastResults: text,
  }),
  /** 中間振り返り */
  midtermReview: midtermReviewSchema,
  /** 自己評価 */
  selfEvaluation: initiativeEvaluationSchema,
  /** この取組に関わる指標の推移 */
  indicators: z.array(indicatorSeriesSchema).default([]),
});

/** めざす成果及び戦略 N-M. */
export const strategySchema = z.strictObject({
  /** 番号, e.g. 2-1 */
  number: numberingSchema(2),
  /** 戦略名 (【】の中) */
  title: labelSchema,
  /** 計画 */
  plan: z.strictObject({
    /** めざす状態（概ね3〜5年） */
    targetState: text,
    /** 戦略（中期的な取組の方向性） */
    direction: text,
    /** アウトカム（めざす状態を数値化した指標） */
    outcomeIndicator: text,
  }),
  /** 自己評価 */
  selfEvaluation: z.strictObject({
    /** 戦略のアウトカムに対する有効性 (ア / イ) */
    effectiveness: ratingCodeSchema('strategyEffectiveness'),
    /** 課題（有効性が「イ」の場合は必須） */
    issues: text.optional(),
    /** アウトカムの達成状況 */
    outcomes: z.array(outcomeRowSchema).min(1),
    /** 戦略の進捗状況 (a / b) */
    progress: ratingCodeSchema('strategyProgress'),
    /** 今後の対応方向（有効性が「イ」の場合は必須） */
    nextSteps: text.optional(),
  }),
  /** 具体的取組 */
  initiatives: z.array(initiativeSchema).min(1),
  /** この戦略に関わる指標の推移 */
  indicators: z.array(indicatorSeriesSchema).default([]),
});

/**
 * 運営方針の経営課題 — one file per 経営課題 (content/<org>/<year>/keiei-kadai-N.yaml).
 */
export const managementIssueSchema = z
  .strictObject({
    /** 組織の識別子 (content/organizations.yaml) */
    organization: z.string(),
    /** 年度 */
    fiscalYear: fiscalYearSchema,
    /** 経営課題の番号 */
    number: z.number().int().positive(),
    /** 経営課題名 (【】の中) */
    title: labelSchema,
    ...releaseFields,
    /** 番号や名前が変わった場合の継続元（前年度までの報告）。同じ番号なら書かなくてよい */
    continues: continuesSchema.optional(),
    /** 原本（PDF・ウェブページ）の題名と URL。引用に使う */
    source: sourceSchema.optional(),
    ...changeNotesField,
    /** 計画 */
    plan: z.strictObject({
      /** めざすべき将来像（概ね10〜20年） */
      vision: text,
      /** 現状（課題設定の根拠となる現状・データ） */
      currentState: text,
      /** 要因分析 */
      causeAnalysis: text,
      /** 課題 */
      issues: text,
    }),
    /** 自己評価 */
    selfEvaluation: z.strictObject({
      /** 戦略の進捗状況を踏まえた経営課題全体としての評価結果の総括 */
      summary: text,
    }),
    /** 経営課題全体に関わる指標の推移 (e.g. インシデント件数) */
    indicators: z.array(indicatorSeriesSchema).default([]),
    /** めざす成果及び戦略 */
    strategies: z.array(strategySchema).min(1),
  })
  .superRefine((issue, ctx) => {
    refineUniqueIndicatorIds(managementIssueIndicators(issue), ctx);
    const located = [
      ...issue.indicators.map((series, i) => ({ path: ['indicators', i], series })),
      ...issue.strategies.flatMap((strategy, s) => [
        ...strategy.indicators.map((series, i) => ({ path: ['strategies', s, 'indicators', i], series })),
        ...strategy.initiatives.flatMap((initiative, k) => initiative.indicators.map((series, i) => ({ path: ['strategies', s, 'initiatives', k, 'indicators', i], series }))),
      ]),
    ];
    const numbers = new Set(issue.strategies.flatMap((s) => [s.number, ...s.initiatives.map((i) => i.number)]));
    for (const { path, series } of located) {
      series.targets.forEach((target, t) => {
        if (target.evaluatedIn !== undefined && !numbers.has(target.evaluatedIn)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'targets', t, 'evaluatedIn'], message: `「${target.evaluatedIn}」という戦略・取組はこのファイルにありません（${[...numbers].join('、')}） / no strategy or initiative with this number in the file` });
        }
      });
    }
    issue.strategies.forEach((strategy, s) => {
      if (!strategy.number.startsWith(`${issue.number}-`)) {
        ctx.addIssue({ code: 'custom', path: ['strategies', s, 'number'], message: `戦略番号は経営課題番号 ${issue.number} で始まります / must start with ${issue.number}-` });
      }
      strategy.initiatives.forEach((initiative, i) => {
        if (!initiative.number.startsWith(`${strategy.number}-`)) {
          ctx.addIssue({ code: 'custom', path: ['strategies', s, 'initiatives', i, 'number'], message: `取組番号は戦略番号 ${strategy.number} で始まります / must start with ${strategy.number}-` });
        }
      });
    });
  });

/** Every indicator series of a 経営課題 file with its YAML path, in page order. */
export function managementIssueIndicators(issue: Pick<z.output<typeof managementIssueSchema>, 'indicators' | 'strategies'>): IndicatorAt[] {
  return [
    ...issue.indicators.map((s, i) => ({ path: ['indicators', i], id: s.id })),
    ...issue.strategies.flatMap((strategy, si) => [
      ...strategy.indicators.map((s, i) => ({ path: ['strategies', si, 'indicators', i], id: s.id })),
      ...strategy.initiatives.flatMap((initiative, ii) => initiative.indicators.map((s, i) => ({ path: ['strategies', si, 'initiatives', ii, 'indicators', i], id: s.id }))),
    ]),
  ];
}

export type ManagementIssue = z.output<typeof managementIssueSchema>;
export type Strategy = z.output<typeof strategySchema>;
export type Initiative = z.output<typeof initiativeSchema>;
