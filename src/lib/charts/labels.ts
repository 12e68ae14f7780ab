/**
 * Chart wording in one place, so the sentences a journalist may quote and the words inside
 * the SVG can be reviewed without reading the drawing code.
 */
import { LABELS } from '../labels.ts';

export const CHART_LABELS = {
  noData: LABELS.noData,
  /** Shown after a highlighted comparison category, e.g. 「6食分（本市）」 */
  highlight: '本市',
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
  },
} as const;

/** 「以下」 or 「以上」 for a target direction. */
export function directionWord(direction: 'atMost' | 'atLeast'): string {
  return direction === 'atMost' ? CHART_LABELS.atMost : CHART_LABELS.atLeast;
}
