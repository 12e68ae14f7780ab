import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, indicatorCsv } from '../../src/lib/open-data.ts';
import { indicatorSeriesSchema } from '../../src/schemas/indicator.ts';

const context = { organization: '千葉市 総務局', documentType: '主要事務事業戦略シート', fiscalYear: 2017, report: '施策 4-1-2 防災体制の充実' };

function parseCsv(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
}

describe('indicator CSV', () => {
  const health = indicatorSeriesSchema.parse({
    id: 'checkup', name: '定期健康診断受診率', unit: '%',
    points: [{ fiscalYear: 2012, value: 93.0 }, { fiscalYear: 2013, value: null }, { fiscalYear: 2014, value: 96.3 }],
  });

  it('starts with a BOM, uses CRLF, and has one row per value with 西暦 and 和暦', () => {
    const csv = indicatorCsv(context, [{ place: '事務事業 No.3 健康管理', series: health }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const year = CSV_COLUMNS.indexOf('年度（西暦）');
    const wareki = CSV_COLUMNS.indexOf('年度（和暦）');
    const value = CSV_COLUMNS.indexOf('値');
    expect(rows.slice(1).map((r) => [r[year], r[wareki], r[value]])).toEqual([
      ['2012', '平成24年度', '93'],
      ['2013', '平成25年度', ''],
      ['2014', '平成26年度', '96.3'],
    ]);
  });

  it('leaves a missing value empty and says データなし, never 0', () => {
    const rows = parseCsv(indicatorCsv(context, [{ place: 'x', series: health }]));
    const missing = rows.find((r) => r[CSV_COLUMNS.indexOf('年度（西暦）')] === '2013')!;
    expect(missing[CSV_COLUMNS.indexOf('値')]).toBe('');
    expect(missing[CSV_COLUMNS.indexOf('備考')]).toBe('データなし');
  });

  it('writes comparisons and targets, quoting cells that contain commas', () => {
    const stock = indicatorSeriesSchema.parse({
      id: 'food', name: '食料の備蓄', unit: '市', kind: 'comparison',
      categories: [{ label: '9食分', value: 2 }, { label: '6食分, 本市を含む', value: 2, highlight: true }],
    });
    const csv = indicatorCsv(context, [{ place: 'x', series: stock }]);
    expect(csv).toContain('"6食分, 本市を含む"');
    expect(csv).toContain(',本市');
  });
});

describe('CSV safety', () => {
  it('keeps text that a spreadsheet would run as a formula inert, and negative numbers numeric', () => {
    const hostile = indicatorSeriesSchema.parse({
      id: 'x', name: '=HYPERLINK("http://example.invalid/","クリック")', unit: '@件',
      points: [{ fiscalYear: 2015, value: -5 }],
    });
    const csv = indicatorCsv(context, [{ place: '+place', series: hostile }]);
    const row = csv.replace(/^\uFEFF/, '').split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://example.invalid/"",""クリック"")"`);
    expect(row).toContain(",'@件,");
    expect(row).toContain(",'+place,");
    expect(row).toContain(',-5,');
  });
});

describe('figures as printed', () => {
  it('keeps the decimals the document prints (93.0), and the series\' note travels with the data', () => {
    const rate = indicatorSeriesSchema.parse({
      id: 'checkup', name: '定期健康診断受診率', unit: '%', decimals: 1, note: '「1」で始まる項目は判読できませんでした。',
      points: [{ fiscalYear: 2012, value: 93 }, { fiscalYear: 2013, value: 96.3 }],
      targets: [{ fiscalYear: 2014, value: 95, direction: 'atLeast', label: '95%以上' }],
    });
    const rows = parseCsv(indicatorCsv(context, [{ place: 'x', series: rate }]));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.filter((r) => r[col('種類')] === '値').map((r) => r[col('値')])).toEqual(['93.0', '96.3']);
    const target = rows.find((r) => r[col('種類')] === '目標')!;
    // 以上/以下 have their own column; 項目 is only for comparison items.
    expect([target[col('値')], target[col('目標の向き')], target[col('項目')]]).toEqual(['95.0', '以上', '']);
    expect(rows.find((r) => r[col('種類')] === '注記')![col('備考')]).toBe('「1」で始まる項目は判読できませんでした。');
    expect(rows.slice(1).every((r) => r[col('報告')] === '施策 4-1-2 防災体制の充実')).toBe(true);
  });
});
