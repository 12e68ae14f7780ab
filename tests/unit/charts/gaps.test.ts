import { describe, expect, it } from 'vitest';
import { renderColumnChart } from '../../../src/lib/charts/columns.ts';
import { renderLineChart } from '../../../src/lib/charts/line.ts';
import { counts, series } from './fixtures.ts';
import { groupChildren, labels, pathData } from './svg-query.ts';

const rates = (values: (number | null)[]) =>
  series({
    id: 'checkups',
    name: '定期健康診断受診率',
    unit: '%',
    points: values.map((value, i) => ({ fiscalYear: 2012 + i, value })),
  });

const baselineY = (svg: string) => Number(/M[\d.]+ ([\d.]+)H/.exec(pathData(svg, 'chart-axis')!)![1]);

describe('missing values in a line chart', () => {
  const { svg, summary } = renderLineChart(rates([96.1, 96.3, null, 96.5, 96.6]), { idPrefix: 'gap' });

  it('breaks the line at the missing year instead of drawing through it', () => {
    const d = pathData(svg, 'chart-line')!;
    // Two separate runs: 平成24–25年度 and 平成27–28年度.
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('never draws the missing value as zero', () => {
    const markers = groupChildren(svg, 'chart-marker', 'circle');
    expect(markers).toHaveLength(4);
    const zero = baselineY(svg);
    for (const marker of markers) expect(Number(marker.cy)).toBeLessThan(zero - 10);
    const d = pathData(svg, 'chart-line')!;
    const ys = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys).toHaveLength(4);
    for (const y of ys) expect(y).toBeLessThan(zero - 10);
  });

  it('marks 「データなし」 at the missing year', () => {
    const year = labels(svg).find((l) => l.text === 'H26')!;
    const atYear = labels(svg).filter((l) => Math.abs(l.x - year.x) < 0.5 && l.text !== 'H26');
    expect(atYear.map((l) => l.text).join('')).toBe('データなし');
    const guide = pathData(svg, 'chart-missing')!;
    expect(Number(/M([\d.]+)/.exec(guide)![1])).toBeCloseTo(year.x, 0);
  });

  it('says so in the summary', () => {
    expect(summary).toContain('平成26年度はデータなし。');
  });

  it('leaves a single line when only the first year is missing', () => {
    const chart = renderLineChart(rates([null, 96.3, 96.5]), { idPrefix: 'lead' });
    expect(pathData(chart.svg, 'chart-line')!.match(/M/g)).toHaveLength(1);
    expect(labels(chart.svg).map((l) => l.text).join('')).toContain('データ');
  });
});

describe('missing values in a column chart', () => {
  const { svg } = renderColumnChart(counts([8000, null, 9100, 9500]), { idPrefix: 'colgap' });

  it('draws no bar — not a zero bar — for the missing year, and marks it', () => {
    const bars = groupChildren(svg, 'chart-bar', 'rect');
    expect(bars).toHaveLength(3);
    for (const bar of bars) expect(Number(bar.height)).toBeGreaterThan(0);
    const year = labels(svg).find((l) => l.text === 'H24')!;
    for (const bar of bars) {
      const centre = Number(bar.x) + Number(bar.width) / 2;
      expect(Math.abs(centre - year.x)).toBeGreaterThan(1);
    }
    const atYear = labels(svg).filter((l) => Math.abs(l.x - year.x) < 0.5 && l.text !== 'H24');
    expect(atYear.map((l) => l.text).join('')).toBe('データなし');
  });
});
