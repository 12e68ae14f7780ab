/**
 * Series used by the chart tests. The incident counts, the stockpile comparison and the
 * 女性管理職比率 figures are those of the seed documents; the others are shaped to one case each.
 */
import { indicatorSeriesSchema, type IndicatorSeries } from '../../../src/schemas/indicator.ts';

export const series = (input: unknown): IndicatorSeries => indicatorSeriesSchema.parse(input);

/** 大阪市 ICT戦略室: インシデント件数 平成27–30年度, target 平成29年度の50%減 (取組 2-1-2). */
export const incidents = (): IndicatorSeries =>
  series({
    id: 'incidents',
    name: '情報セキュリティインシデント件数',
    unit: '件',
    points: [
      { fiscalYear: 2015, value: 11 },
      { fiscalYear: 2016, value: 31 },
      { fiscalYear: 2017, value: 23 },
      { fiscalYear: 2018, value: 19 },
    ],
    // The document gives 「50%減」, not a value: Kohyo computes 11.5 and labels it as computed.
    targets: [{ fiscalYear: 2018, relativeTo: { fiscalYear: 2017, percent: -50 }, direction: 'atMost', label: '平成29年度に発生したインシデント発生件数の50%減' }],
  });

/** 千葉市: 他の政令市の食料の備蓄状況（本市は6食分）, 4食分 unreadable in the seed. */
export const stockpile = (): IndicatorSeries =>
  series({
    id: 'stockpile',
    name: '他政令市の食料備蓄',
    unit: '市',
    kind: 'comparison',
    // A count of other cities per number of meals: no rank, and 本市 is not one of the 2市.
    ranked: false,
    categories: [
      { label: '9食分', value: 2 },
      { label: '6食分', value: 2, highlight: true, note: '本市は6食分' },
      { label: '4食分', value: null },
      { label: '3食分', value: 7 },
      { label: '2食分', value: 4 },
      { label: '1食分', value: 1 },
    ],
  });

/** 千葉市: 女性管理職比率 H28.4 18.4%, H29.4 18.8%; 目標 平成32年度 20%, 平成37年度 30%. */
export const womenManagers = (): IndicatorSeries =>
  series({
    id: 'women-managers',
    name: '管理職に占める女性職員の比率',
    unit: '%',
    points: [
      { fiscalYear: 2016, value: 18.4, label: '平成28年4月' },
      { fiscalYear: 2017, value: 18.8, label: '平成29年4月' },
    ],
    targets: [
      { fiscalYear: '平成32年度', value: 20, direction: 'atLeast', label: '千葉市女性職員活躍推進プラン' },
      { fiscalYear: '平成37年度', value: 30, direction: 'atLeast', label: '千葉市女性職員活躍推進プラン' },
    ],
  });

export const counts = (values: (number | null)[], firstYear = 2011, unit = '人'): IndicatorSeries =>
  series({
    id: 'counts',
    name: '研修修了者数',
    unit,
    points: values.map((value, i) => ({ fiscalYear: firstYear + i, value })),
  });
