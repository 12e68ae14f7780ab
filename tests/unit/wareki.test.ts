import { describe, expect, it } from 'vitest';
import { alternativeEraNames, formatFiscalYear, parseFiscalYearLabel, shortWarekiFiscalYear, warekiFiscalYear } from '../../src/lib/wareki.ts';

describe('和暦 fiscal years', () => {
  it('names a Heisei fiscal year with the Western year alongside', () => {
    expect(formatFiscalYear(2018)).toBe('平成30年度（2018年度）');
    expect(warekiFiscalYear(2015)).toBe('平成27年度');
  });

  it('names fiscal 2019 平成31年度 (April 2019 is still 平成) and knows it as 令和元年度 too', () => {
    expect(warekiFiscalYear(2019)).toBe('平成31年度');
    expect(alternativeEraNames(2019)).toEqual(['平成31年度', '令和元年度', '2019年度']);
  });

  it('names 2020 令和2年度 and also finds the pre-era-change name 平成32年度', () => {
    expect(warekiFiscalYear(2020)).toBe('令和2年度');
    expect(alternativeEraNames(2020)).toContain('平成32年度');
    expect(alternativeEraNames(2025)).toContain('平成37年度');
  });

  it('parses labels as documents write them', () => {
    expect(parseFiscalYearLabel('平成32年度')).toBe(2020);
    expect(parseFiscalYearLabel('平成37年度')).toBe(2025);
    expect(parseFiscalYearLabel('令和元年度')).toBe(2019);
    expect(parseFiscalYearLabel('平成３０年度')).toBe(2018);
    expect(parseFiscalYearLabel('2018年度')).toBe(2018);
    expect(parseFiscalYearLabel('昭和64年')).toBe(1989);
    expect(parseFiscalYearLabel('平成0年度')).toBeUndefined();
    expect(parseFiscalYearLabel('来年度')).toBeUndefined();
  });

  it('gives short axis labels', () => {
    expect(shortWarekiFiscalYear(2015)).toBe('H27');
    expect(shortWarekiFiscalYear(2021)).toBe('R3');
  });

  it('rejects years it cannot name', () => {
    expect(() => warekiFiscalYear(1800)).toThrow(RangeError);
    expect(() => warekiFiscalYear(2018.5)).toThrow(RangeError);
  });
});

describe('short era labels', () => {
  it('reads 「H30年度」 and 「R2年度」 as tables write them', () => {
    expect(parseFiscalYearLabel('H30年度')).toBe(2018);
    expect(parseFiscalYearLabel('r2年度')).toBe(2020);
    expect(parseFiscalYearLabel('Ｈ３０年度')).toBe(2018);
    expect(parseFiscalYearLabel('X30年度')).toBeUndefined();
  });
});
