import { z } from 'astro/zod';
import { urlIdSchema } from './url-segment.ts';
import { fiscalYearSchema } from './fiscal-year.ts';
import { labelSchema, markdownTextSchema } from './text.ts';

/** A figure as documents print them; the bound keeps scales and formatting finite. */
const figureSchema = z.number().min(-1e15).max(1e15);

/**
 * 読み — how a figure was read where the extraction did not give it plainly (pieced together from
 * split fragments, read from garbled characters), in a few words, e.g. 「分割された行を結合して読んだ」.
 * Shown with the figure and in the CSV, so 「推測による補完はしていません」 stays true.
 */
export const readingSchema = labelSchema;

/** One value of a series. `value: null` = the document has no figure for that year (データなし). */
export const indicatorPointSchema = z.strictObject({
  /** 年度 (or the year of a point-in-time figure such as 「H29.4」 → 2017) */
  fiscalYear: fiscalYearSchema,
  /** 値 (null = データなし; never 0 for missing) */
  value: figureSchema.nullable(),
  /** 時点の注記, e.g. 「平成29年4月1日現在」 */
  label: labelSchema.optional(),
  /** 読み（値の読み取りに判断を加えたとき） */
  reading: readingSchema.optional(),
});

/**
 * A target the document states for the series: as a value (「20%」), or as a change from a base
 * year (「平成29年度の50%減」), whose value Kohyo computes and labels as computed.
 */
export const indicatorTargetSchema = z.strictObject({
  /** 目標年度 */
  fiscalYear: fiscalYearSchema,
  /** 目標値（文書に書かれた値） */
  value: figureSchema.optional(),
  /**
   * 基準年度からの増減率（文書が値でなく「平成29年度の50%減」と書くとき）: percent -50 = 50%減。
   * 値は基準年度の値から Kohyo が計算し、「Kohyoによる計算」と表示する
   */
  relativeTo: z
    .strictObject({
      /** 基準年度 (the series must have a value for it) */
      fiscalYear: fiscalYearSchema,
      /** 増減率（%）: 50%減 = -50, 20%増 = 20 */
      percent: z.number().min(-100).max(1000),
    })
    .optional(),
  /** 目標の向き: atMost = この値以下, atLeast = この値以上 */
  direction: z.enum(['atMost', 'atLeast']),
  /** 目標の説明（文書の言葉で）, e.g. 「平成29年度に発生したインシデント発生件数の50%減」 */
  label: labelSchema,
  /**
   * この目標の達成を評価している自己評価（運営方針のみ）: 戦略番号（2-1 → アウトカムの達成状況）または
   * 取組番号（2-1-2 → 業績目標の達成状況）。省略すると指標の置き場所で決まる（戦略の指標 → その戦略、
   * 取組の指標 → その取組、経営課題全体の指標 → 照合しない）。
   */
  evaluatedIn: z.string().regex(/^\d+-\d+(?:-\d+)?$/, { message: '戦略番号（2-1）か取組番号（2-1-2）を書いてください / expected a strategy (2-1) or initiative (2-1-2) number' }).optional(),
});

/** The value of a target given as a change from a base value (rounded away from float noise). */
export function valueFromChange(base: number, percent: number): number {
  return Math.round(base * (1 + percent / 100) * 1e6) / 1e6;
}

/**
 * 指標の時系列 — a figure the document reports over several years, recorded as data so it
 * can be charted and downloaded, not only quoted in prose.
 */
export const indicatorSeriesSchema = z
  .strictObject({
    /** 識別子 (ASCII, unique within the file), e.g. incidents */
    id: urlIdSchema,
    /** 指標名 */
    name: labelSchema,
    /** 単位, e.g. 件, 人, %, 食分 */
    unit: labelSchema,
    /** 表示する小数の桁数。文書が「93.0%」のように末尾の0まで書くときに指定（省略時は値のとおり） */
    decimals: z.number().int().min(0).max(3).default(0),
    /** 系列の種類: timeSeries = 年度ごとの推移, comparison = 項目どうしの比較 */
    kind: z.enum(['timeSeries', 'comparison']).default('timeSeries'),
    /** 年度ごとの値 (timeSeries) */
    points: z.array(indicatorPointSchema).default([]),
    /** 項目ごとの値 (comparison), e.g. 9食分: 2市 */
    categories: z
      .array(
        z.strictObject({
          /** 項目名 */
          label: labelSchema,
          /** 値 (null = データなし) */
          value: figureSchema.nullable(),
          /** 本市など強調する項目 */
          highlight: z.boolean().default(false),
          /**
           * 項目についての文書の言葉, e.g. 「本市は6食分」. Shown after the label instead of 「本市」:
           * in a distribution (ranked: false) the highlighted item is not 本市 itself
           */
          note: labelSchema.optional(),
          /** 読み（値・項目名の読み取りに判断を加えたとき） */
          reading: readingSchema.optional(),
        }),
      )
      .default([]),
    /**
     * 比較の項目に順位の意味があるか。都市どうしの比較なら true、「9食分 2市、6食分 2市…」のような
     * 分布なら false（要約文で「何位」と言わない）
     */
    ranked: z.boolean().default(true),
    /** 目標 */
    targets: z.array(indicatorTargetSchema).default([]),
    /** 出典・注記（文書の言葉で） */
    note: markdownTextSchema.optional(),
  })
  .superRefine((series, ctx) => {
    const seen = new Set<number>();
    series.points.forEach((point, index) => {
      if (seen.has(point.fiscalYear)) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'fiscalYear'],
          message: `年度 ${point.fiscalYear} が重複しています / duplicate year in series`,
        });
      }
      seen.add(point.fiscalYear);
    });
    if (series.kind === 'timeSeries' && series.points.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['points'], message: '推移の系列には1つ以上の値が必要です / a time series needs points' });
    }
    if (series.kind === 'comparison' && series.categories.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '比較の系列には1つ以上の項目が必要です / a comparison needs categories' });
    }
    series.categories.forEach((category, index) => {
      // 「6食分（本市）: 2市」 reads as if 本市 were one of the 2市: say what the document says.
      if (category.highlight && !series.ranked && category.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index, 'highlight'],
          message: '分布（ranked: false）の項目を強調するときは、文書の言葉を note に書いてください（例: note: 本市は6食分）。「本市」とだけ表示すると、本市がその項目の数に含まれるように読めます / a highlighted item of a distribution needs a note in the document\'s words',
        });
      }
    });
    series.targets.forEach((target, index) => {
      if (target.value === undefined && target.relativeTo === undefined) {
        ctx.addIssue({ code: 'custom', path: ['targets', index], message: '目標には value（文書に書かれた値）か relativeTo（基準年度からの増減率）を書いてください / a target needs value or relativeTo' });
        return;
      }
      if (!target.relativeTo) return;
      const base = series.points.find((p) => p.fiscalYear === target.relativeTo!.fiscalYear);
      if (base === undefined || base.value === null) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'relativeTo', 'fiscalYear'], message: `基準年度 ${target.relativeTo.fiscalYear} の値がこの系列にありません / the base year has no value in this series` });
        return;
      }
      // Written both ways (or read back from the output), the value must be the computed one.
      const computed = valueFromChange(base.value, target.relativeTo.percent);
      if (target.value !== undefined && target.value !== computed) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'value'], message: `value ${target.value} は relativeTo から計算した値 ${computed} と一致しません。どちらか一方にしてください / value differs from the value computed from relativeTo (${computed})` });
      }
    });
  })
  // A target given as a change gets its value here, once; `relativeTo` stays to say it is computed.
  .transform((series) => ({
    ...series,
    targets: series.targets.map((target) => {
      const base = target.relativeTo ? (series.points.find((p) => p.fiscalYear === target.relativeTo!.fiscalYear)?.value ?? 0) : 0;
      return { ...target, value: target.value ?? valueFromChange(base, target.relativeTo!.percent) };
    }),
  }));

export type IndicatorSeries = z.output<typeof indicatorSeriesSchema>;

/** Where a series sits in its file (YAML path) and its id. */
export interface IndicatorAt {
  path: (string | number)[];
  id: string;
}

/**
 * An indicator id becomes part of its figure's URL (/<org>/<year>/<report>/figures/<id>/), so
 * it is used once in the whole report, not only once in its list.
 */
export function refineUniqueIndicatorIds(located: readonly IndicatorAt[], ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void }): void {
  const first = new Map<string, IndicatorAt>();
  for (const at of located) {
    const earlier = first.get(at.id);
    if (earlier) {
      ctx.addIssue({
        code: 'custom',
        path: [...at.path, 'id'],
        message: `指標 id「${at.id}」がこの報告書の中で重複しています（${[...earlier.path, 'id'].join('.')} と同じ）。図の URL が重なるため、別の id にしてください / duplicate indicator id in this report (also at ${[...earlier.path, 'id'].join('.')})`,
      });
    } else first.set(at.id, at);
  }
}
export type IndicatorPoint = z.output<typeof indicatorPointSchema>;
export type IndicatorTarget = IndicatorSeries['targets'][number];

/** Whether Kohyo computed the target's value (the document gives a change, not a value). */
export function isComputedTarget(target: Pick<IndicatorTarget, 'relativeTo'>): boolean {
  return target.relativeTo !== undefined;
}
