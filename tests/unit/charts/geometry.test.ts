import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar.ts';
import { renderColumnChart } from '../../../src/lib/charts/columns.ts';
import { renderLineChart } from '../../../src/lib/charts/line.ts';
import { counts, incidents, series, stockpile } from './fixtures.ts';
import { elements, groupChildren, labels, pathData } from './svg-query.ts';

/** [coordinate, coordinate] pairs of every `M a bH…` / `M a bV…` segment of a path. */
function moves(d: string | undefined): [number, number][] {
  return [...(d ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/**
 * The value→pixel mapping as the chart itself draws it: zero at the baseline, and each
 * grid line at its tick. Tests then check the data marks against this, not against the code.
 */
function verticalAxisOf(svg: string): { zero: number; ticks: number[]; gridY: number[] } {
  const zero = moves(pathData(svg, 'chart-axis'))[0]![1];
  const gridY = moves(pathData(svg, 'chart-grid')).map(([, y]) => y);
  const ticks = labels(svg)
    .filter((l) => l.anchor === 'end' && l.x < 100)
    .map((l) => Number(l.text.replace(/,/g, '')));
  return { zero, ticks, gridY };
}

describe('line chart geometry', () => {
  const { svg } = renderLineChart(incidents(), { idPrefix: 'geo' });

  it('draws value ticks the d3 scale gives for the data and target, a text line apart', () => {
    const { ticks, gridY } = verticalAxisOf(svg);
    // Eight ticks (0, 5, … 35) would stand closer than a line of text in the plot's height, so
    // the scale's rounder ticks are taken.
    expect(scaleLinear().domain([0, 31]).nice(5).ticks(5)).toHaveLength(8);
    expect(ticks).toEqual(scaleLinear().domain([0, 31]).nice(5).ticks(4));
    expect(ticks).toEqual([0, 10, 20, 30]);
    const spacing = gridY.slice(1).map((y, i) => Math.abs(y - gridY[i]!));
    for (const s of spacing) expect(s).toBeGreaterThanOrEqual(21);
  });

  it('puts each marker at the height its value has on the drawn axis', () => {
    const { zero, ticks, gridY } = verticalAxisOf(svg);
    const top = ticks[ticks.length - 1]!;
    const topY = gridY[gridY.length - 1]!;
    const pixel = (v: number) => zero + ((topY - zero) * v) / top;
    const markers = groupChildren(svg, 'chart-marker', 'circle');
    expect(markers.map((m) => Number(m.cy))).toHaveLength(4);
    [11, 31, 23, 19].forEach((value, i) => expect(Number(markers[i]!.cy)).toBeCloseTo(pixel(value), 0));
    // 31 is above 23 is above 19 is above 11 (SVG y grows downwards).
    const ys = markers.map((m) => Number(m.cy));
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[3]!);
    expect(ys[3]).toBeLessThan(ys[0]!);
  });

  it('spaces consecutive fiscal years equally and labels them in 和暦 under their markers', () => {
    const xs = groupChildren(svg, 'chart-marker', 'circle').map((m) => Number(m.cx));
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 0);
    const yearLabels = labels(svg).filter((l) => /^H\d+$/.test(l.text));
    expect(yearLabels.map((l) => l.text)).toEqual(['H27', 'H28', 'H29', 'H30']);
    yearLabels.forEach((l, i) => expect(l.x).toBeCloseTo(xs[i]!, 0));
  });

  it('labels every point with its value', () => {
    const texts = labels(svg).map((l) => l.text);
    for (const value of ['11', '31', '23', '19']) expect(texts).toContain(value);
  });

  it('draws the target as a dashed line at its value, labelled in words', () => {
    const { zero, ticks, gridY } = verticalAxisOf(svg);
    const pixel = zero + ((gridY[gridY.length - 1]! - zero) * 11.5) / ticks[ticks.length - 1]!;
    const target = elements(svg, 'path').find((p) => p.class === 'chart-target')!;
    expect(target['stroke-dasharray']).toBeTruthy();
    expect(moves(target.d)[0]![1]).toBeCloseTo(pixel, 0);
    const texts = labels(svg).map((l) => l.text);
    expect(texts).toContain('目標 11.5件以下');
    // The document's words, and that the value is Kohyo's computation from them.
    expect(texts.join('')).toContain('目標 11.5件以下（平成29年度に発生したインシデント発生件数の50%減。値はKohyoによる計算）');
  });

  it('keeps a target inside the value axis even when it is far above the data', () => {
    const s = series({
      id: 't',
      name: '受講者数',
      unit: '人',
      points: [
        { fiscalYear: 2016, value: 1 },
        { fiscalYear: 2017, value: 3 },
      ],
      targets: [{ fiscalYear: 2018, value: 50, direction: 'atLeast', label: '計画' }],
    });
    const chart = renderLineChart(s, { idPrefix: 'far' });
    const { ticks, gridY, zero } = verticalAxisOf(chart.svg);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(50);
    const targetY = moves(pathData(chart.svg, 'chart-target'))[0]![1];
    expect(targetY).toBeGreaterThanOrEqual(gridY[gridY.length - 1]!);
    expect(targetY).toBeLessThan(zero);
  });
});

describe('column chart geometry', () => {
  const values = [8000, 8800, 9100, 9500, 10200, 10988];
  const { svg } = renderColumnChart(counts(values), { idPrefix: 'cols' });

  it('starts every bar at the zero baseline', () => {
    const zero = moves(pathData(svg, 'chart-axis'))[0]![1];
    const bars = groupChildren(svg, 'chart-bar', 'rect');
    expect(bars).toHaveLength(values.length);
    for (const bar of bars) expect(Number(bar.y) + Number(bar.height)).toBeCloseTo(zero, 0);
  });

  it('makes bar heights proportional to the values', () => {
    const bars = groupChildren(svg, 'chart-bar', 'rect');
    const perUnit = bars.map((bar, i) => Number(bar.height) / values[i]!);
    for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0]!, 2);
  });

  it('takes the value ticks from the scale, starting at zero', () => {
    const ticks = verticalAxisOf(svg).ticks;
    expect(ticks).toEqual(scaleLinear().domain([0, 10988]).nice(5).ticks(5));
    expect(ticks[0]).toBe(0);
  });
});

describe('comparison bar geometry', () => {
  const { svg } = renderBarChart(stockpile(), { idPrefix: 'cmp' });

  it('starts every bar at the zero line and makes widths proportional to the values', () => {
    const zeroX = moves(pathData(svg, 'chart-axis'))[0]![0];
    const bars = [...groupChildren(svg, 'chart-bar', 'rect'), ...groupChildren(svg, 'chart-bar-highlight', 'rect')];
    expect(bars).toHaveLength(5); // 4食分 has no value and gets no bar
    for (const bar of bars) expect(Number(bar.x)).toBeCloseTo(zeroX, 1);
    const widths = bars.map((b) => Number(b.width)).sort((a, b) => a - b);
    // values 1, 2, 2, 4, 7
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 1);
    expect(widths[3]! / widths[0]!).toBeCloseTo(4, 1);
    expect(widths[4]! / widths[0]!).toBeCloseTo(7, 1);
  });

  it('writes each value next to its bar', () => {
    const texts = labels(svg).map((l) => l.text);
    for (const label of ['9食分', '3食分', '7', '4', '1']) expect(texts).toContain(label);
  });
});
