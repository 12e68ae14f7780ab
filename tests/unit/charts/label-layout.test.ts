/**
 * Chart labels are placed, not only drawn: no value, unit, target, missing-data, axis or legend
 * text covers another text, a value marker, a target marker, a bar or a target line — for every
 * series of the real content, of the multi-year fixture (each year and merged over the years, as
 * the continuing page draws it) and of the preview fixture, and for the cases that crowd a chart.
 * A target is drawn at its own year, with its own legend entry.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIndicator } from '../../../src/lib/charts/index.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { continuingReports } from '../../../src/lib/continuity/pages.ts';
import { mergeSeries } from '../../../src/lib/continuity/series.ts';
import { seriesOf } from '../../../src/lib/open-data.ts';
import type { IndicatorSeries } from '../../../src/schemas/indicator.ts';
import { fixtureReports, MULTI_YEAR_CONTENT } from '../../helpers/fixture-reports.ts';
import { counts, incidents, series, womenManagers } from './fixtures.ts';
import { elements, labels } from './svg-query.ts';
import { layoutFindings, subpathBoxes } from './svg-layout.ts';

interface NamedSeries {
  name: string;
  series: IndicatorSeries;
}

async function seriesIn(contentDir: string, label: string): Promise<NamedSeries[]> {
  const reports = await fixtureReports(contentDir);
  const perYear = reports.flatMap((report) =>
    seriesOf(report).map(({ place, series }) => ({ name: `${label} ${report.doc.fiscalYear} ${place} ${series.id}`, series })),
  );
  const merged = continuingReports(reports).flatMap((c) => mergeSeries(c.reports).map((m) => ({ name: `${label} continuing ${c.chain.id} ${m.id}`, series: m.series })));
  return [...perYear, ...merged];
}

/** Findings per chart, only for charts that have any, so a failure names the chart and the labels. */
function findingsOf(all: readonly NamedSeries[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  all.forEach(({ name, series }, i) => {
    const output = renderIndicator(series, { idPrefix: `c${i}` });
    if (output.kind === 'figure') return;
    const findings = layoutFindings(output.svg);
    if (findings.length > 0) result[name] = findings;
  });
  return result;
}

const timeSeries = (id: string, unit: string, values: (number | null)[], firstYear: number, targets: unknown[] = [], decimals = 0) =>
  series({ id, name: id, unit, decimals, points: values.map((value, i) => ({ fiscalYear: firstYear + i, value })), targets });

describe('chart labels of the real and fixture series', () => {
  let real: NamedSeries[] = [];
  let multiYear: NamedSeries[] = [];
  let preview: NamedSeries[] = [];
  beforeAll(async () => {
    real = await seriesIn(path.resolve('content'), 'content');
    multiYear = await seriesIn(MULTI_YEAR_CONTENT, 'multi-year');
    preview = await seriesIn(path.resolve('tests/fixtures/content/release'), 'preview');
  });

  it('reads charts from every source (so an empty list cannot pass)', () => {
    expect(real.length).toBeGreaterThanOrEqual(8);
    expect(multiYear.some((s) => s.name.includes('continuing keiei-kadai-1 incidents'))).toBe(true);
    expect(preview.length).toBeGreaterThan(0);
  });

  it('overlaps nothing in the real content', () => {
    expect(findingsOf(real)).toEqual({});
  });

  it('overlaps nothing in the multi-year fixture, per year and merged over the years', () => {
    expect(findingsOf(multiYear)).toEqual({});
  });

  it('overlaps nothing in the preview fixture', () => {
    expect(findingsOf(preview)).toEqual({});
  });

  it('keeps every value label of the real and fixture series: they have room for all of them', () => {
    const missingValues = (s: IndicatorSeries): string[] => {
      const output = renderIndicator(s, { idPrefix: 'v' });
      if (output.kind === 'figure' || s.kind === 'comparison') return [];
      const texts = labels(output.svg).map((l) => l.text);
      return s.points.flatMap((p) => (p.value === null || texts.includes(formatNumber(p.value, s.decimals)) ? [] : [`${s.id} ${p.fiscalYear}: ${p.value}`]));
    };
    const all = [...real, ...multiYear, ...preview].map((n) => n.series);
    expect(all.flatMap(missingValues)).toEqual([]);
    expect([incidents(), womenManagers()].flatMap(missingValues)).toEqual([]);
  });

  it('draws each target of the continuing chart at its own year, with its own legend entry', () => {
    const merged = multiYear.find((s) => s.name.includes('continuing keiei-kadai-1 incidents'))!.series;
    expect(merged.targets.map((t) => t.fiscalYear)).toEqual([2018, 2019, 2020]);
    const output = renderIndicator(merged, { idPrefix: 'own' });
    if (output.kind === 'figure') throw new Error('expected a chart');
    const svg = output.svg;
    const yearX = new Map(labels(svg).filter((l) => /^(H|R)\d+$/.test(l.text)).map((l) => [l.text, l.x]));
    const spacing = (yearX.get('H31')! - yearX.get('H30')!);
    // The plot's target marks (the legend's samples sit at the left, under the year labels).
    const plotMarkers = elements(svg, 'path').filter((p) => p.class === 'chart-target-marker' && p['data-target'] !== undefined);
    expect(plotMarkers.map((p) => p['data-target'])).toEqual(['H30', 'H31', 'R2']);
    for (const marker of plotMarkers) {
      const [box] = subpathBoxes(marker.d!);
      expect((box!.x0 + box!.x1) / 2).toBeCloseTo(yearX.get(marker['data-target']!)!, 0);
    }
    // Short segments at the year, never one line across every year.
    const lines = elements(svg, 'path').filter((p) => p.class === 'chart-target' && p['data-target'] !== undefined);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const m = /M(-?[\d.]+) (-?[\d.]+)H(-?[\d.]+)/.exec(line.d!)!;
      const [from, to] = [Number(m[1]), Number(m[3])];
      expect(to - from).toBeLessThan(spacing);
      expect((from + to) / 2).toBeCloseTo(yearX.get(line['data-target']!)!, 0);
    }
    // One legend entry per target, naming its year, each with a different marker shape.
    const legendText = labels(svg).map((l) => l.text).join('');
    for (const year of ['平成30年度', '平成31年度', '令和2年度']) expect(legendText).toContain(`${year}の目標`);
    const shapes = elements(svg, 'path').filter((p) => p.class === 'chart-target-marker').map((p) => p['data-shape']);
    expect(new Set(shapes.filter(Boolean)).size).toBe(3);
  });
});

describe('chart labels in crowded cases', () => {
  const cases: NamedSeries[] = [
    // A value label where the target of the same year sits just above the value.
    { name: 'value just under its target', series: timeSeries('near', '件', [23, 21, 15], 2017, [{ fiscalYear: 2019, value: 16, direction: 'atMost', label: '16件以下' }]) },
    { name: 'value just over its target', series: timeSeries('over', '%', [80.5, 91], 2018, [{ fiscalYear: 2019, value: 90, direction: 'atLeast', label: '90%以上' }], 1) },
    { name: 'value equal to its target', series: timeSeries('equal', '件', [12, 10], 2018, [{ fiscalYear: 2019, value: 10, direction: 'atMost', label: '10件以下' }]) },
    // The first value at the top of the axis, right under the unit label.
    { name: 'first value at the top, by the unit label', series: timeSeries('top', '件', [30, 23, 21, 15], 2016) },
    { name: 'first value at the top of a rate', series: timeSeries('toprate', '%', [100, 96.5, 97.2], 2016, [], 1) },
    { name: 'target in a year with no value', series: timeSeries('gap', '件', [21, 15, null], 2018, [{ fiscalYear: 2020, value: 10, direction: 'atMost', label: '10件以下' }]) },
    {
      name: 'three targets in three years, one missing year',
      series: timeSeries('three', '件', [30, 23, 21, 15, null], 2016, [
        { fiscalYear: 2018, value: 11.5, direction: 'atMost', label: '平成29年度の50%減' },
        { fiscalYear: 2019, value: 18, direction: 'atMost', label: '18件以下' },
        { fiscalYear: 2020, value: 10, direction: 'atMost', label: '10件以下' },
      ]),
    },
    { name: 'two targets in one year', series: timeSeries('same', '%', [40, 45, 52], 2017, [{ fiscalYear: 2019, value: 50, direction: 'atLeast', label: '計画' }, { fiscalYear: 2019, value: 55, direction: 'atLeast', label: '努力目標' }]) },
    { name: 'targets years after the data', series: womenManagers() },
    // Many years: the chart has the same width on every screen (viewBox), so this is the 375 px case too.
    { name: 'fifteen years of counts', series: counts([5614, 8025, 7188, 7713, 9100, 9500, 10200, 10988, 11002, 9876, 12000, 12500, 13001, 12999, 14000], 2005) },
    { name: 'fifteen years of rates with gaps', series: timeSeries('rates', '%', [93, null, 96.3, 96.5, 96.6, 95.1, 97, null, 98.2, 97.7, 96, 95.5, 99.1, 98, 97.3], 2005, [], 1) },
    {
      name: 'fifteen years with targets on the way',
      series: timeSeries('long', '件', [31, 30, 28, 29, 25, 24, 26, 22, 21, 19, 20, 18, 17, 15, 16], 2005, [
        { fiscalYear: 2010, value: 25, direction: 'atMost', label: '第1期' },
        { fiscalYear: 2015, value: 20, direction: 'atMost', label: '第2期' },
        { fiscalYear: 2019, value: 15, direction: 'atMost', label: '第3期' },
      ]),
    },
    { name: 'negative and positive values', series: timeSeries('balance', '百万円', [-120, 35, -8, 240, -60], 2014) },
    { name: 'values zig-zagging around a target', series: timeSeries('zig', '%', [40, 60, 41, 59, 42, 58], 2014, [{ fiscalYear: 2019, value: 50, direction: 'atLeast', label: '半数以上' }]) },
  ];

  for (const { name, series: s } of cases) {
    it(`overlaps nothing: ${name}`, () => {
      expect(findingsOf([{ name, series: s }])).toEqual({});
    });
  }
});
