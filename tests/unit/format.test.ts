import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatQuantity } from '../../src/lib/format.ts';

describe('number and unit formatting', () => {
  it('groups thousands and keeps the decimals the source gave', () => {
    expect(formatNumber(525818)).toBe('525,818');
    expect(formatNumber(18.4)).toBe('18.4');
    expect(formatNumber(1.99)).toBe('1.99');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes the unit right after the number', () => {
    expect(formatQuantity(525818, '食')).toBe('525,818食');
    expect(formatQuantity(1539, '百万円')).toBe('1,539百万円');
  });

  it('never shows a missing value as zero', () => {
    expect(formatQuantity(null, '件')).toBe('データなし');
    expect(formatQuantity(undefined, '件')).toBe('データなし');
    expect(formatQuantity(null, '円', 'dash')).toBe('－');
  });

  it('describes changes in words', () => {
    expect(formatChange(23, 19)).toBe('17%減');
    expect(formatChange(11, 31)).toBe('182%増');
    expect(formatChange(5, 5)).toBe('増減なし');
  });

  it('rejects non-numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('printed decimals', () => {
  it('keeps trailing zeros the document prints (93.0%)', () => {
    expect(formatNumber(93, 1)).toBe('93.0');
    expect(formatQuantity(93, '%', 'nodata', 1)).toBe('93.0%');
    expect(formatNumber(96.55, 1)).toBe('96.55');
    expect(formatNumber(1234, 2)).toBe('1,234.00');
  });
});
