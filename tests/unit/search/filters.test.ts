import { describe, expect, it } from 'vitest';
import { compareFilterValues, filterIdOfKey, fiscalYearFilterValue, fiscalYearSearchText, documentTypeFilterValue } from '../../../src/lib/search/filters.ts';

describe('search filter values', () => {
  it('names a fiscal year in 和暦 and 西暦', () => {
    expect(fiscalYearFilterValue(2018)).toBe('平成30年度（2018年度）');
    expect(fiscalYearSearchText(2018).split(' ')).toEqual(expect.arrayContaining(['平成30年度', '2018年度', 'H30年度']));
    expect(fiscalYearSearchText(2019).split(' ')).toEqual(expect.arrayContaining(['平成31年度', '令和元年度', '2019年度']));
  });

  it('uses the document type labels', () => {
    expect(documentTypeFilterValue('managementPolicy')).toBe('運営方針');
    expect(documentTypeFilterValue('strategySheet')).toContain('事務事業戦略シート');
  });

  it('orders years newest first, ratings in legend order', () => {
    const years = ['平成29年度（2017年度）', '令和元年度（2019年度）', '平成30年度（2018年度）'];
    expect(years.sort((a, b) => compareFilterValues('fiscalYear', a, b))).toEqual([
      '令和元年度（2019年度）',
      '平成30年度（2018年度）',
      '平成29年度（2017年度）',
    ]);
    const ratings = ['戦略の進捗状況: b 順調でない', '戦略のアウトカムに対する有効性: ア 有効', '戦略の進捗状況: a 順調'];
    expect(ratings.sort((a, b) => compareFilterValues('rating', a, b))).toEqual([
      '戦略のアウトカムに対する有効性: ア 有効',
      '戦略の進捗状況: a 順調',
      '戦略の進捗状況: b 順調でない',
    ]);
  });

  it('maps Pagefind filter keys back to filter ids', () => {
    expect(filterIdOfKey('年度')).toBe('fiscalYear');
    expect(filterIdOfKey('評価')).toBe('rating');
    expect(filterIdOfKey('unknown')).toBeUndefined();
  });
});
