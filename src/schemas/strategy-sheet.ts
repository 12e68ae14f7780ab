import { z } from 'astro/zod';
import { URL_SEGMENT_MAX_LENGTH } from './url-segment.ts';
import { moneySchema } from './budget.ts';
import { fiscalYearSchema } from './fiscal-year.ts';
import { continuesSchema } from './continuity.ts';
import { sourceSchema } from './source.ts';
import { indicatorSeriesSchema, readingSchema, refineUniqueIndicatorIds, type IndicatorAt } from './indicator.ts';
import { ratingCodeSchema } from './rating.ts';
import { changeNotesField } from './change-note.ts';
import { releaseFields } from './release.ts';
import { labelSchema, markdownTextSchema } from './text.ts';

const text = markdownTextSchema;

/** Marker for a figure the document prints but the extraction made unreadable. */
export const ILLEGIBLE = '〔判読不能〕';

/**
 * A figure read with judgement (pieced together from split fragments, or read past overlapping
 * characters): the value and, in a few words, how it was read. Shown with the figure.
 */
const readCostSchema = z.strictObject({
  /** 値 */
  value: z.number().nonnegative(),
  /** 読み, e.g. 「分割された数字「18」と「7」を結合」 */
  reading: readingSchema,
});

/**
 * コスト換算 (単位: 百万円). null = the document prints no figure (記載なし);
 * 〔判読不能〕 = a figure is printed but cannot be read — shown as such, never guessed;
 * { value, reading } = a figure whose reading needed judgement, shown with that note.
 */
const costSchema = z
  .union([z.number().nonnegative(), z.literal(ILLEGIBLE, { error: `数値、null、または「${ILLEGIBLE}」を書いてください / a number, null or ${ILLEGIBLE}` }), readCostSchema])
  .nullable();

export type Cost = z.output<typeof costSchema>;

/** 主なもの — a line item of a budget or settlement. */
const lineItemSchema = z.strictObject({
  /** 項目名, e.g. 備蓄品購入 */
  name: labelSchema,
  /** 金額 (null = 記載なし) */
  amount: z.number().nonnegative().nullable(),
  /** 単位 */
  unit: moneySchema.shape.unit,
});

/** 歳出予算額・決算額 with 一般財源 and 主なもの. */
const expenditureSchema = z.strictObject({
  /** 歳出予算額 or 歳出決算額 */
  total: moneySchema.optional(),
  /** うち一般財源 */
  generalFund: moneySchema.optional(),
  /** 主なもの */
  mainItems: z.array(lineItemSchema).default([]),
  /** 注記（文書の言葉で） */
  note: text.optional(),
});

/** 事務事業 — one row of a 施策's table. */
export const projectSchema = z.strictObject({
  /** No. */
  number: z.number().int().positive(),
  /** 新規 (●) */
  isNew: z.boolean().default(false),
  /** 事務事業（業務）名. Write 〔判読不能〕 if the document cannot be read. */
  name: labelSchema,
  /** 目標（目的）— 誰（何）が、どのような状態になることを目指すのか */
  objective: text.optional(),
  /** 主な内容 — サービス等の提供内容や提供先 */
  mainContent: text.optional(),
  /** 他都市等の状況 */
  otherCities: text.optional(),
  /** 事務事業（業務）に必要な行政資源 */
  resources: z.strictObject({
    /** ヒト (職員数) */
    people: z.strictObject({
      /** 記載内容, e.g. 職員1.99人 */
      description: text.optional(),
      /** 職員数（人） */
      staff: z.number().nonnegative().nullable().optional(),
      /** コスト換算（百万円） */
      cost: costSchema,
    }),
    /** モノ (施設等) */
    things: z.strictObject({
      /** 記載内容, e.g. 備蓄倉庫 */
      description: text.optional(),
      /** コスト換算（百万円） */
      cost: costSchema,
    }),
    /** カネ (歳出予算額) */
    money: expenditureSchema.extend({
      /** コスト換算（百万円） */
      cost: costSchema,
    }),
  }),
  /** 行政コストの合計額（百万円） */
  totalCost: costSchema,
  /** 〈参考〉前年度決算額 */
  previousSettlement: expenditureSchema.optional(),
  /** 主な実績・効果 */
  results: text.optional(),
  /** 分析・評価（現状と課題） */
  analysis: text.optional(),
  /** 改善・改革の手法 (①〜⑥, ⑧) */
  methods: z.array(ratingCodeSchema('improvementMethod')).default([]),
  /** 今後の方向性 */
  direction: text.optional(),
  /** 所管課 */
  division: labelSchema.optional(),
  /** この事務事業の指標の推移 */
  indicators: z.array(indicatorSeriesSchema).default([]),
});

/**
 * 施策 of a 主要事務事業戦略シート — one file per 施策 (content/<org>/<year>/shisaku-<code>.yaml).
 */
export const measureSchema = z
  .strictObject({
    /** 組織の識別子 */
    organization: z.string(),
    /** 年度 */
    fiscalYear: fiscalYearSchema,
    /** 施策コード, e.g. 4-1-2 */
    code: z
      .string()
      .regex(/^\d+-\d+-\d+$/, { message: '施策コードは 4-1-2 の形です / expected a code like 4-1-2' })
      .max(URL_SEGMENT_MAX_LENGTH, { message: `施策コードは URL に使うため ${URL_SEGMENT_MAX_LENGTH} 文字までです / a measure code is used in URLs: at most ${URL_SEGMENT_MAX_LENGTH} characters` }),
    /** 施策名 */
    name: labelSchema,
    ...releaseFields,
    /** コードや名前が変わった場合の継続元（前年度までの施策）。同じコードなら書かなくてよい */
    continues: continuesSchema.optional(),
    /** 原本（PDF・ウェブページ）の題名と URL。引用に使う */
    source: sourceSchema.optional(),
    ...changeNotesField,
    /** 事務事業 */
    projects: z.array(projectSchema).min(1),
  })
  .superRefine((measure, ctx) => {
    refineUniqueIndicatorIds(measureIndicators(measure), ctx);
    const seen = new Set<number>();
    measure.projects.forEach((project, index) => {
      if (seen.has(project.number)) {
        ctx.addIssue({ code: 'custom', path: ['projects', index, 'number'], message: `No.${project.number} が重複しています / duplicate project number` });
      }
      seen.add(project.number);
    });
    const located = measure.projects.flatMap((project, p) => project.indicators.map((series, i) => ({ path: ['projects', p, 'indicators', i], series })));
    for (const { path, series } of located) {
      series.targets.forEach((target, t) => {
        if (target.evaluatedIn !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...path, 'targets', t, 'evaluatedIn'], message: '主要事務事業戦略シートには照合する評価区分がないため evaluatedIn は書けません / evaluatedIn is only for 運営方針 reports' });
        }
      });
    }
  });

/**
 * 主要事務事業戦略シートの表紙 — the bureau header (content/<org>/<year>/sheet.yaml).
 */
export const strategySheetSchema = z.strictObject({
  /** 組織の識別子 */
  organization: z.string(),
  /** 年度 */
  fiscalYear: fiscalYearSchema,
  /** 局名 */
  bureau: labelSchema,
  /** 局長の職名（文書のとおり）, e.g. 総務局長. 省略時は「局長」とだけ表示する */
  directorTitle: labelSchema.optional(),
  /** 局長（氏名） */
  director: labelSchema,
  ...releaseFields,
  /** 局・区の使命 */
  mission: text,
  /** 事業選択・重点化・見直しの考え方 */
  approach: text,
});

/** Every indicator series of a 施策 file with its YAML path, in page order. */
export function measureIndicators(measure: Pick<z.output<typeof measureSchema>, 'projects'>): IndicatorAt[] {
  return measure.projects.flatMap((project, pi) => project.indicators.map((s, i) => ({ path: ['projects', pi, 'indicators', i], id: s.id })));
}

export type Measure = z.output<typeof measureSchema>;
export type Project = z.output<typeof projectSchema>;
export type StrategySheet = z.output<typeof strategySheetSchema>;
