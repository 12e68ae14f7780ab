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
