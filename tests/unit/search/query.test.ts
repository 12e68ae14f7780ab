import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_QUERY_VARIANTS, normalizeQuery } from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('folds half-width katakana, full-width digits and spaces (NFKC)', () => {
    expect(normalizeQuery('ｾｷｭﾘﾃｨ')).toBe('セキュリティ');
    expect(normalizeQuery('　平成３０年度　　ｲﾝｼﾃﾞﾝﾄ ')).toBe('平成30年度 インシデント');
    expect(normalizeQuery('ＩＣＴ')).toBe('ICT');
  });
});

describe('expandQuery', () => {
  it('gives 平成30年度 and 2018年度 the same variants', () => {
    const a = expandQuery('平成30年度');
    const b = expandQuery('2018年度');
    expect(a.fiscalYears).toEqual([2018]);
    expect(new Set(a.variants)).toEqual(new Set(['平成30年度', '2018年度']));
    expect(new Set(b.variants)).toEqual(new Set(a.variants));
  });

  it('names 2019 both 平成31年度 and 令和元年度', () => {
    expect(new Set(expandQuery('令和元年度').variants)).toEqual(new Set(['平成31年度', '令和元年度', '2019年度']));
    expect(new Set(expandQuery('平成31年度').variants)).toEqual(new Set(expandQuery('2019年度').variants));
  });

  it('keeps the other words of the query around the year', () => {
    expect(new Set(expandQuery('研修 平成29年度 実績').variants)).toEqual(new Set(['研修 平成29年度 実績', '研修 2017年度 実績']));
  });

  it('expands full-width and half-width input after normalising it', () => {
    expect(expandQuery('２０１７年度').variants).toContain('平成29年度');
  });

  it('leaves queries without a 年度 label as they are', () => {
    expect(expandQuery('情報セキュリティ').variants).toEqual(['情報セキュリティ']);
    // 「平成30年」 may be a calendar year, so it is not treated as a fiscal year.
    expect(expandQuery('平成30年').variants).toEqual(['平成30年']);
  });

  it('returns no variants for an empty query', () => {
    expect(expandQuery('   ').variants).toEqual([]);
  });

  it('caps the number of searches for a query naming many years', () => {
    expect(expandQuery('2019年度 2020年度 2021年度').variants.length).toBeLessThanOrEqual(MAX_QUERY_VARIANTS);
  });
});
