import { z } from 'astro/zod';
import { fiscalYearSchema } from './fiscal-year.ts';
import { labelSchema, markdownTextSchema } from './text.ts';

/** A figure as documents print them; the bound keeps scales and formatting finite. */
const figureSchema = z.number().min(-1e15).max(1e15);

/** One value of a series. `value: null` = the document has no figure for that year (データなし). */
export const indicatorPointSchema = z.strictObject({
  /** 年度 (or the year of a point-in-time figure such as 「H29.4」 → 2017) */
  fiscalYear: fiscalYearSchema,
  /** 値 (null = データなし; never 0 for missing) */
  value: figureSchema.nullable(),
  /** 時点の注記, e.g. 「平成29年4月1日現在」 */
  label: labelSchema.optional(),
});

/** A target the document states for the series. */
export const indicatorTargetSchema = z.strictObject({
  /** 目標年度 */
  fiscalYear: fiscalYearSchema,
  /** 目標値 */
  value: figureSchema,
  /** 目標の向き: atMost = この値以下, atLeast = この値以上 */
  direction: z.enum(['atMost', 'atLeast']),
  /** 目標の説明（文書の言葉で）, e.g. 「平成29年度の50%減」 */
  label: labelSchema,
});

/**
 * 指標の時系列 — a figure the document reports over several years, recorded as data so it
 * can be charted and downloaded, not only quoted in prose.
 */
export const indicatorSeriesSchema = z
  .strictObject({
    /** 識別子 (ASCII, unique within the file), e.g. incidents */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '英小文字・数字・ハイフンで書いてください / use a-z, 0-9 and -' }),
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
  });

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
