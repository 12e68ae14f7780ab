/**
 * Chart wording in one place, so the sentences a journalist may quote and the words inside
 * the SVG can be reviewed without reading the drawing code.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { LABELS } from '../labels.ts';

export const CHART_LABELS = {
  noData: LABELS.noData,
  /** Shown after a highlighted comparison category that is the city itself, e.g. 「千葉市（本市）」 */
  highlight: '本市',
  /** Marks every number Kohyo computed (changes, ranks, targets from 「50%減」): not the documents' own */
  computed: 'Kohyoによる計算',
  /** Before a note on how a figure was read, e.g. 「読み: 分割された行を結合」 */
  reading: '読み',
  target: '目標',
  actual: '実績',
  atMost: '以下',
  atLeast: '以上',
  unitPrefix: '単位：',
  chartType: {
    line: '折れ線グラフ',
    columns: '棒グラフ（年度別）',
    bars: '横棒グラフ',
  },
  table: {
    warekiYear: '年度（和暦）',
    westernYear: '西暦',
    value: '値',
    note: '注記',
    category: '項目',
    targetsCaption: '目標',
    targetYearWareki: '目標年度（和暦）',
    targetYearWestern: '西暦',
    targetValue: '目標値',
    targetLabel: '内容',
  },
  summary: {
    allMissing: 'すべての年度でデータなし。',
    allCategoriesMissing: 'すべての項目でデータなし。',
    noChange: '増減なし',
    points: 'ポイント',
    increase: '増',
    times: '倍',
    decrease: '減',
    met: '達成',
    notMet: '未達成',
    latestValue: '掲載されている最新の値',
    noActual: '実績データなし',
    most: '最も多いのは',
    highest: '最も高いのは',
  },
} as const;

/** 「以下」 or 「以上」 for a target direction. */
export function directionWord(direction: 'atMost' | 'atLeast'): string {
  return direction === 'atMost' ? CHART_LABELS.atMost : CHART_LABELS.atLeast;
}

/**
 * 「千葉市（本市）」, or with the document's own words 「6食分（本市は6食分）」: in a distribution the
 * highlighted item is not 本市 itself, and the schema asks for the words there.
 */
export function categoryLabel(category: IndicatorSeries['categories'][number]): string {
  if (category.note !== undefined) return `${category.label}（${category.note}）`;
  return category.highlight ? `${category.label}（${CHART_LABELS.highlight}）` : category.label;
}
