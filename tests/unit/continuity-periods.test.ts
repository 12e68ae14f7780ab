/**
 * Continuing-report pages of a bounded number of years (src/lib/continuity/periods.ts): which
 * fiscal years each page shows, that the older pages keep their addresses when a year is added,
 * that every year is on some page, and that the slices keep what was computed over all years
 * (a rating's change since the previous year, a revised figure). Uses the 3-year fixture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetsOverYears } from '../../src/lib/continuity/budgets.ts';
import { otherYearsIndex, type ReportSummary } from '../../src/lib/continuity/chains.ts';
import { continuingReports, type ContinuingReport } from '../../src/lib/continuity/pages.ts';
import { budgetsIn, continuingPeriods, inSpan, ratingsIn, seriesIn, YEARS_PER_PAGE } from '../../src/lib/continuity/periods.ts';
import { ratingsOverYears } from '../../src/lib/continuity/ratings.ts';
import { mergeSeries } from '../../src/lib/continuity/series.ts';
import { fixtureReports } from '../helpers/fixture-reports.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the pages of a continuing report', () => {
  it('is one page while the report spans five years or fewer', () => {
    expect(YEARS_PER_PAGE).toBe(5);
    expect(continuingPeriods(range(2018, 2022))).toEqual({ latest: { from: 2018 }, older: [] });
    expect(continuingPeriods([2018, 2020])).toEqual({ latest: { from: 2016 }, older: [] });
  });

  it('puts the latest five fiscal years on the report\'s own page and older years five at a time, counted from the first year', () => {
    expect(continuingPeriods(range(2014, 2023))).toEqual({
      latest: { from: 2019 },
      // The first older page also holds the figures the first document prints for years before it.
      older: [{ slug: '2014-2018', first: 2014, last: 2018, span: { to: 2018 } }],
    });
    expect(continuingPeriods(range(2014, 2025)).older.map((p) => [p.slug, p.span])).toEqual([
      ['2014-2018', { to: 2018 }],
      ['2019-2023', { from: 2019, to: 2023 }],
    ]);
  });

  it('keeps an older page\'s address and years when a new year is published', () => {
    for (let latest = 2019; latest <= 2040; latest++) {
      const before = continuingPeriods(range(2014, latest));
      const after = continuingPeriods(range(2014, latest + 1));
      expect(after.older.slice(0, before.older.length)).toEqual(before.older);
    }
  });

  it('shows every fiscal year on some page, and no page more than five fiscal years of documents', () => {
    for (const years of [range(2014, 2023), range(2001, 2030), [2010, 2013, 2019, 2024, 2031]]) {
      const { latest, older } = continuingPeriods(years);
      const spans = [latest, ...older.map((p) => p.span)];
      // Every year of data, also before the first document and after the latest (targets).
      for (const year of range(1990, 2040)) expect(spans.some((s) => inSpan(year, s))).toBe(true);
      for (const p of older) expect(p.last - p.first + 1).toBe(YEARS_PER_PAGE);
      expect(years.filter((y) => inSpan(y, latest))).toHaveLength(years.filter((y) => y >= Math.max(...years) - 4).length);
    }
  });
});

describe('links from a report to its continuing page', () => {
  it('lead an older year\'s report to the page of years that shows it', () => {
    const summaries: ReportSummary[] = range(2014, 2023).map((fiscalYear) => ({ organization: 'city', kind: 'managementIssue', slug: 'keiei-kadai-1', fiscalYear, title: 't', name: 't' }));
    const index = otherYearsIndex(summaries);
    expect(index.get('city/2014/keiei-kadai-1')!.chainUrl).toBe('/city/keiei-kadai-1/2014-2018/');
    expect(index.get('city/2018/keiei-kadai-1')!.chainUrl).toBe('/city/keiei-kadai-1/2014-2018/');
    expect(index.get('city/2019/keiei-kadai-1')!.chainUrl).toBe('/city/keiei-kadai-1/');
    expect(index.get('city/2023/keiei-kadai-1')!.chainUrl).toBe('/city/keiei-kadai-1/');
  });
});

describe('slices of the 3-year fixture', () => {
  let keieiKadai1: ContinuingReport;
  beforeAll(async () => {
    keieiKadai1 = continuingReports(await fixtureReports()).find((c) => c.chain.id === 'keiei-kadai-1')!;
  });

  it('keep a rating\'s change since a year shown on another page', () => {
    const rows = ratingsIn(ratingsOverYears(keieiKadai1.reports), { from: 2019 });
    const achievement = rows.find((r) => r.rating === '業績目標の達成状況（自己評価）')!;
    expect(achievement.cells.map((c) => [c.fiscalYear, c.change])).toEqual([[2019, 'better'], [2020, 'worse']]);
    expect(rows.map((r) => r.rating)).toEqual(expect.arrayContaining(['業績目標の達成状況（中間振り返り）', 'アウトカムの達成状況（個別・1行目）']));
  });

  it('keep a revised figure with every document that gives it, and the earlier years for the older page', () => {
    const all = mergeSeries(keieiKadai1.reports);
    const [incidents] = seriesIn(all, { from: 2018 });
    expect(incidents!.points.map((p) => [p.fiscalYear, p.value, p.revised])).toEqual([[2018, 21, true], [2019, 15, false], [2020, null, false]]);
    expect(incidents!.points[0]!.sources.map((s) => s.documentYear)).toEqual([2020, 2019, 2018]);
    expect(incidents!.series.points.map((p) => p.fiscalYear)).toEqual([2018, 2019, 2020]);
    const [older] = seriesIn(all, { to: 2017 });
    expect(older!.points.map((p) => p.fiscalYear)).toEqual([2016, 2017]);
    expect(older!.targets).toEqual([]);
    expect(older!.documentYears).toEqual([2018, 2019]);
    expect(seriesIn(all, { from: 2030 })).toEqual([]);
  });

  it('cut budgets to the span, leaving out items with no amount there', () => {
    const [item] = budgetsIn(budgetsOverYears(keieiKadai1.reports), { to: 2017 });
    expect(item!.entries.map((e) => `${e.fiscalYear}${e.kind}`)).toEqual(['2016決算', '2017決算', '2017予算']);
    expect(budgetsIn(budgetsOverYears(keieiKadai1.reports), { from: 2030 })).toEqual([]);
  });
});
