import { describe, expect, it } from 'vitest';
import { summarizeComparison, summarizeTimeSeries } from '../../../src/lib/charts/summary.ts';
import { indicatorSeriesSchema } from '../../../src/schemas/indicator.ts';
import { counts, incidents, series, stockpile, womenManagers } from './fixtures.ts';

const withTarget = (target: { fiscalYear: number; value: number; direction: 'atMost' | 'atLeast' }) =>
  series({ ...incidents(), targets: [{ ...target, label: '目標' }] });

describe('time-series summary', () => {
  it('quotes the incident series as the report would', () => {
    expect(summarizeTimeSeries(incidents())).toBe('平成27年度の11件から平成30年度は19件。前年度比17%減（Kohyoによる計算）。平成30年度の目標（11.5件以下、Kohyoによる計算）は未達成（Kohyoによる計算）。');
  });

  it('describes a rising series', () => {
    expect(summarizeTimeSeries(counts([100, 120, 150]))).toBe('平成23年度の100人から平成25年度は150人。前年度比25%増（Kohyoによる計算）。');
  });

  it('describes a falling series', () => {
    expect(summarizeTimeSeries(counts([150, 120, 90]))).toBe('平成23年度の150人から平成25年度は90人。前年度比25%減（Kohyoによる計算）。');
  });

  it('describes a flat series once', () => {
    expect(summarizeTimeSeries(counts([50, 50, 50]))).toBe('平成23年度から平成25年度まで50人で横ばい。');
  });

  it('names the missing years and skips a comparison with a missing year', () => {
    expect(summarizeTimeSeries(counts([10, null, 30]))).toBe('平成23年度の10人から平成25年度は30人。平成24年度はデータなし。');
    expect(summarizeTimeSeries(counts([10, 20, null]))).toBe('平成23年度の10人から平成24年度は20人。前年度比2倍（Kohyoによる計算）。平成25年度はデータなし。');
  });

  it('never reports a missing value as zero', () => {
    const text = summarizeTimeSeries(counts([null, 12, null]));
    expect(text).toBe('平成24年度は12人。平成23年度、平成25年度はデータなし。');
    expect(text).not.toMatch(/0人/);
  });

  it('says when every year is missing', () => {
    expect(summarizeTimeSeries(counts([null, null]))).toBe('すべての年度でデータなし。');
  });

  it('tells a change in a rate in points, not percent', () => {
    expect(summarizeTimeSeries(womenManagers())).toBe(
      '平成28年度の18.4%から平成29年度は18.8%。前年度比0.4ポイント増（Kohyoによる計算）。令和2年度の目標（20%以上）に対し、掲載されている最新の値は平成29年度の18.8%。令和7年度の目標（30%以上）に対し、掲載されている最新の値は平成29年度の18.8%。',
    );
  });

  it('judges a target met on the target year value', () => {
    expect(summarizeTimeSeries(withTarget({ fiscalYear: 2018, value: 20, direction: 'atMost' }))).toContain('平成30年度の目標（20件以下）は達成（Kohyoによる計算）。');
    expect(summarizeTimeSeries(withTarget({ fiscalYear: 2018, value: 19, direction: 'atLeast' }))).toContain('平成30年度の目標（19件以上）は達成（Kohyoによる計算）。');
  });

  it('judges a target not met, naming an earlier target year', () => {
    expect(summarizeTimeSeries(withTarget({ fiscalYear: 2017, value: 20, direction: 'atMost' }))).toContain('平成29年度の目標（20件以下）は未達成（Kohyoによる計算）。');
  });

  it('does not judge a target whose year has no value', () => {
    const s = series({ ...counts([10, null, 30]), targets: [{ fiscalYear: 2012, value: 5, direction: 'atMost', label: '計画' }] });
    expect(summarizeTimeSeries(s)).toContain('平成24年度の目標（5人以下）は実績データなし。');
  });

  it('compares with the latest earlier value when the previous year is not in the series', () => {
    const s = series({
      id: 'x',
      name: '想定避難者数',
      unit: '人',
      points: [
        { fiscalYear: 2012, value: 487000 },
        { fiscalYear: 2016, value: 532000 },
      ],
    });
    expect(summarizeTimeSeries(s)).toBe('平成24年度の487,000人から平成28年度は532,000人。平成24年度比9%増（Kohyoによる計算）。');
  });
});

describe('comparison summary', () => {
  it('says what the document says about the highlighted item of a distribution, after its count', () => {
    // 「6食分（本市）は2市」 would read as if 本市 were one of the 2市.
    expect(summarizeComparison(stockpile())).toBe('最も多いのは3食分（7市）。6食分は2市（本市は6食分）。4食分はデータなし。');
  });

  it('ranks a highlighted city among cities, sharing a rank on equal values, and says the rank is computed', () => {
    const s = series({
      id: 'c',
      name: '比較',
      unit: '食分',
      kind: 'comparison',
      categories: [
        { label: '横浜市', value: 9 },
        { label: '千葉市', value: 6, highlight: true },
        { label: '川崎市', value: 6 },
        { label: '相模原市', value: 3 },
      ],
    });
    expect(summarizeComparison(s)).toBe('最も多いのは横浜市（9食分）。千葉市（本市）は6食分で、4項目中2位（同値あり、順位はKohyoによる計算）。');
  });

  it('refuses a distribution whose highlighted item has no words of the document', () => {
    const result = indicatorSeriesSchema.safeParse({ id: 'd', name: 'd', unit: '市', kind: 'comparison', ranked: false, categories: [{ label: '6食分', value: 2, highlight: true }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['categories', 0, 'highlight']);
    expect(result.error!.issues[0]!.message).toContain('本市は6食分');
  });

  it('ranks a highlighted category that leads alone', () => {
    const s = series({
      id: 'c',
      name: '比較',
      unit: '%',
      kind: 'comparison',
      categories: [
        { label: '千葉市', value: 9.5, highlight: true },
        { label: '横浜市', value: 8 },
      ],
    });
    expect(summarizeComparison(s)).toBe('最も高いのは千葉市（9.5%）。千葉市（本市）は9.5%で、2項目中1位（順位はKohyoによる計算）。');
  });
});

describe('two-value comparisons and large changes', () => {
  it('states both values of an old and a new estimate and how they differ', () => {
    const s = series({
      id: 'evacuees',
      name: '想定避難者数',
      unit: '人',
      kind: 'comparison',
      categories: [
        { label: '従前の想定', value: 487000 },
        { label: '地震被害想定調査（平成29年3月）', value: 532000 },
      ],
    });
    expect(summarizeComparison(s)).toBe('従前の想定は487,000人、地震被害想定調査（平成29年3月）は532,000人（9%増、Kohyoによる計算）。');
  });

  it('tells doubling and more as a multiple', () => {
    const s = series({
      id: 'stock',
      name: '備蓄目標',
      unit: '日分',
      kind: 'comparison',
      categories: [
        { label: '平成26年度以前の目標', value: 1 },
        { label: '平成30年度までの目標', value: 3 },
      ],
    });
    expect(summarizeComparison(s)).toBe('平成26年度以前の目標は1日分、平成30年度までの目標は3日分（3倍、Kohyoによる計算）。');
    expect(summarizeTimeSeries(counts([11, 31]))).toBe('平成23年度の11人から平成24年度は31人。前年度比2.8倍（Kohyoによる計算）。');
  });
});
