import { describe, expect, it } from 'vitest';
import { escapeXml, estimateTextWidth, wrapText } from '../../../src/lib/charts/text.ts';

describe('chart text helpers', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('counts Japanese characters as full-width and ASCII as narrower', () => {
    expect(estimateTextWidth('目標', 10)).toBe(20);
    expect(estimateTextWidth('11', 10)).toBeLessThan(estimateTextWidth('目標', 10));
  });

  it('errs on the wide side of what Chromium measures for chart text', () => {
    // getBBox widths at 14 px, Noto Sans CJK JP (the browser gates' font), measured 2026-12-04.
    const measured: [string, number][] = [
      ['15', 15.53],
      ['80.5', 27.19],
      ['1,234', 34.95],
      ['単位：件', 55.96],
      ['データなし', 69.95],
      ['目標 18件以下', 88.61],
      ['H31', 25.71],
      ['R2', 16.65],
      ['%', 12.88],
      ['W', 12.28],
      ['m', 12.95],
      ['@', 13.23],
    ];
    for (const [text, width] of measured) expect(estimateTextWidth(text, 14), text).toBeGreaterThanOrEqual(width);
  });

  it('carries the character before a closing bracket to the next line rather than overflowing', () => {
    const lines = wrapText('平成22年度の目標 25件以下（第1期）', 242, 14);
    expect(lines).toEqual(['平成22年度の目標 25件以下（第', '1期）']);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(242);
  });

  it('wraps without splitting numbers from their counters or leaving an opening bracket at a line end', () => {
    const lines = wrapText('目標 11.5件以下（平成29年度（23件）の50%減）', 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('目標 11.5件以下（平成29年度（23件）の50%減）');
    for (const line of lines) {
      expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(200);
      expect(line).not.toMatch(/[（「]$/);
      expect(line).not.toMatch(/^[）」、。]/);
    }
    expect(lines.some((l) => l.includes('23件'))).toBe(true);
    expect(lines.some((l) => l.includes('50%減'))).toBe(true);
  });
});
