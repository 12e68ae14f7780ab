/**
 * Wording that says no more than the documents: readings marked where they appear, numbers Kohyo
 * computes labelled and kept out of the documents' own columns, printed totals kept as printed
 * with a note when they differ from the sum of their parts.
 */
import { describe, expect, it } from 'vitest';
import { costReading, costSumMismatch, costValue } from '../../src/lib/costs.ts';
import { renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';
import { COMPUTED_TARGET_ROW, CSV_COLUMNS, indicatorCsv } from '../../src/lib/open-data.ts';
import { LABELS } from '../../src/lib/labels.ts';
import { indicatorSeriesSchema } from '../../src/schemas/indicator.ts';
import { projectSchema } from '../../src/schemas/strategy-sheet.ts';

const context = { organization: '大阪市 ICT戦略室', documentType: '運営方針', fiscalYear: 2018, report: '経営課題2 情報セキュリティ管理体制の実効性確保' };
const parseCsv = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('reading notes in text (〔読み: …〕)', () => {
  it('are shown as marked notes where they are written', () => {
    const html = renderMarkdown('政令市は全て一定量の災害用〔読み: 文書の表記は「災書用」〕備蓄品を整備している。');
    expect(html).toContain('災害用<span class="reading-note">〔読み: 文書の表記は「災書用」〕</span>備蓄品');
    expect(renderInlineMarkdown('グループウエア〔読み：文書の表記は「クルーフウエア」〕')).toBe('グループウエア<span class="reading-note">〔読み: 文書の表記は「クルーフウエア」〕</span>');
  });

  it('stay text: markup inside a note is escaped', () => {
    const html = renderMarkdown('語〔読み: <img src=x onerror=alert(1)>〕');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('are what the 判読不能 explanation points to, so 「推測による補完はしていません」 stays true', () => {
    expect(LABELS.illegibleNote).toContain('推測による補完はしていません');
    expect(LABELS.illegibleNote).toContain('「読み」の注記');
  });
});

const project = (costs: { people: unknown; things: unknown; money: unknown; total: unknown }) =>
  projectSchema.parse({
    number: 2,
    name: '庁内ネットワークシステム(CHAINS)等の更新',
    resources: { people: { cost: costs.people }, things: { cost: costs.things }, money: { cost: costs.money } },
    totalCost: costs.total,
  });

describe('cost cells', () => {
  it('take a reading note with a value, and keep plain figures, blanks and 〔判読不能〕 as they were', () => {
    const p = project({ people: 31, things: null, money: 156, total: { value: 187, reading: '分割された数字「18」と「7」を結合' } });
    expect(costValue(p.totalCost)).toBe(187);
    expect(costReading(p.totalCost)).toBe('分割された数字「18」と「7」を結合');
    expect(costValue(p.resources.people.cost)).toBe(31);
    expect(costReading(p.resources.people.cost)).toBeUndefined();
    expect(costValue(p.resources.things.cost)).toBeNull();
    expect(costValue(project({ people: '〔判読不能〕', things: null, money: 1, total: null }).resources.people.cost)).toBe('〔判読不能〕');
  });

  it('refuse a reading without a value, or a note that is empty', () => {
    expect(() => project({ people: { reading: '結合' }, things: null, money: null, total: null })).toThrow();
    expect(() => project({ people: { value: 1, reading: '' }, things: null, money: null, total: null })).toThrow();
  });

  it('find a printed total that differs from the sum of the printed parts (4-3-4 No.2: 90 ≠ 27 + 69)', () => {
    expect(costSumMismatch(project({ people: 27, things: null, money: 69, total: 90 }))).toEqual({ total: 90, parts: [27, 69], sum: 96 });
  });

  it('say nothing when the total agrees, is not printed, or a part cannot be read', () => {
    expect(costSumMismatch(project({ people: 20, things: 0, money: 689, total: { value: 709, reading: '重なった「9」を除いた' } }))).toBeUndefined();
    expect(costSumMismatch(project({ people: 1.99, things: null, money: 95, total: null }))).toBeUndefined();
    expect(costSumMismatch(project({ people: 20, things: null, money: '〔判読不能〕', total: 30 }))).toBeUndefined();
    expect(costSumMismatch(project({ people: 0.1, things: 0.2, money: null, total: 0.3 }))).toBeUndefined();
  });

  it('word the note as the document\'s total against Kohyo\'s sum', () => {
    expect(LABELS.strategySheet.costSumMismatch('90', '27 + 69', '96')).toBe(
      '※ 文書に印字された行政コストの合計額（90）は、ヒト・モノ・カネのコスト換算の和（27 + 69 = 96、Kohyoによる計算）と一致しません。文書の記載どおりに表示しています。',
    );
  });
});

describe('targets the document gives as a change (「50%減」)', () => {
  const incidents = (target: Record<string, unknown>) =>
    indicatorSeriesSchema.safeParse({
      id: 'incidents',
      name: '情報セキュリティインシデント件数',
      unit: '件',
      points: [{ fiscalYear: 2017, value: 23 }, { fiscalYear: 2018, value: 19 }],
      targets: [{ fiscalYear: 2018, direction: 'atMost', label: '平成29年度に発生したインシデント発生件数の50%減', ...target }],
    });

  it('get their value from the base year, computed by Kohyo', () => {
    const result = incidents({ relativeTo: { fiscalYear: 2017, percent: -50 } });
    expect(result.success).toBe(true);
    expect(result.data!.targets[0]).toMatchObject({ value: 11.5, relativeTo: { fiscalYear: 2017, percent: -50 } });
  });

  it('are refused without a value for the base year, or with a value that is not the computed one', () => {
    const noBase = incidents({ relativeTo: { fiscalYear: 2015, percent: -50 } });
    expect(noBase.error!.issues[0]!.path).toEqual(['targets', 0, 'relativeTo', 'fiscalYear']);
    const both = incidents({ relativeTo: { fiscalYear: 2017, percent: -50 }, value: 11 });
    expect(both.error!.issues[0]!.message).toContain('11.5');
    expect(incidents({}).success).toBe(false);
  });

  it('go to the CSV as their own row type, with the number in the computed column and never in 値', () => {
    const series = incidents({ relativeTo: { fiscalYear: 2017, percent: -50 } }).data!;
    const rows = parseCsv(indicatorCsv(context, [{ place: '経営課題2', series }]));
    expect(CSV_COLUMNS.at(-1)).toBe('Kohyoによる計算値');
    const target = rows.find((r) => r[col('種類')] === COMPUTED_TARGET_ROW)!;
    expect(COMPUTED_TARGET_ROW).toBe('目標（Kohyoによる計算）');
    expect(target[col('値')]).toBe('');
    expect(target[col('Kohyoによる計算値')]).toBe('11.5');
    expect(target[col('備考')]).toBe('平成29年度に発生したインシデント発生件数の50%減・計算: 平成29年度の値から-50%');
    // The documents' own figures stay in 値, and nothing computed is among them.
    expect(rows.slice(1).map((r) => r[col('値')]).filter(Boolean)).toEqual(['23', '19']);
    expect(rows.slice(1).filter((r) => r[col('種類')] === '値').every((r) => r[col('Kohyoによる計算値')] === '')).toBe(true);
  });

  it('keep a value the document states as the document\'s own', () => {
    const series = incidents({ value: 10 }).data!;
    const row = parseCsv(indicatorCsv(context, [{ place: 'x', series }])).find((r) => r[col('種類')] === '目標')!;
    expect(row[col('値')]).toBe('10');
    expect(row[col('Kohyoによる計算値')]).toBe('');
  });
});

describe('comparison items in the CSV', () => {
  it('carry the document\'s words about the item and how a figure was read, not a bare 「本市」', () => {
    const series = indicatorSeriesSchema.parse({
      id: 'other-cities-food',
      name: '他の政令市の食料の備蓄状況',
      unit: '市',
      kind: 'comparison',
      ranked: false,
      categories: [
        { label: '6食分', value: 2, highlight: true, note: '本市は6食分' },
        { label: '4食分', value: 1, reading: '行末で切れた「4」と次の行の「食分 1市」を結合' },
      ],
    });
    const rows = parseCsv(indicatorCsv(context, [{ place: 'x', series }]));
    expect(rows.find((r) => r[col('項目')] === '6食分')![col('備考')]).toBe('本市は6食分');
    expect(rows.find((r) => r[col('項目')] === '4食分')![col('備考')]).toBe('読み: 行末で切れた「4」と次の行の「食分 1市」を結合');
  });
});
