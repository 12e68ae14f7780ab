/**
 * Continuity across years, as pure functions: which reports continue each other, the 前年度 /
 * 翌年度 links, one merged series per indicator (revised figures kept with their source), the
 * ratings and budgets by year. Uses the synthetic 3-year fixture (tests/fixtures/content/multi-year)
 * and hand-made summaries for the edge cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChains, continuingChains, otherYearsIndex, otherYearsOf, summaryOf, type ReportSummary } from '../../src/lib/continuity/chains.ts';
import { budgetsOverYears } from '../../src/lib/continuity/budgets.ts';
import { MERGED_CSV_COLUMNS, mergedSeriesCsv } from '../../src/lib/continuity/csv.ts';
import { continuingReports, titlesOverYears, type ContinuingReport } from '../../src/lib/continuity/pages.ts';
import { ratingsOverYears } from '../../src/lib/continuity/ratings.ts';
import { mergeSeries } from '../../src/lib/continuity/series.ts';
import type { ReportDocument } from '../../src/lib/reports.ts';
import { fixtureReports } from '../helpers/fixture-reports.ts';

const summary = (fiscalYear: number, slug: string, extra: Partial<ReportSummary> = {}): ReportSummary => ({
  organization: 'city', kind: slug.startsWith('shisaku') ? 'measure' : 'managementIssue', slug, fiscalYear, title: slug, name: slug, ...extra,
});
const years = (chain: { members: ReportSummary[] }) => chain.members.map((m) => `${m.fiscalYear}/${m.slug}`);

describe('chains of reports', () => {
  it('links the same organisation, kind and number across years, skipping a missing year', () => {
    const chains = buildChains([summary(2018, 'keiei-kadai-1'), summary(2020, 'keiei-kadai-1'), summary(2019, 'keiei-kadai-2'), summary(2019, 'shisaku-1-1-1')]);
    expect(chains.map((c) => [c.id, years(c)])).toEqual([
      ['keiei-kadai-1', ['2018/keiei-kadai-1', '2020/keiei-kadai-1']],
      ['keiei-kadai-2', ['2019/keiei-kadai-2']],
      ['shisaku-1-1-1', ['2019/shisaku-1-1-1']],
    ]);
  });

  it('never links different organisations or kinds', () => {
    const chains = buildChains([summary(2018, 'keiei-kadai-1'), summary(2019, 'keiei-kadai-1', { organization: 'other' })]);
    expect(chains).toHaveLength(2);
    expect(continuingChains([summary(2018, 'keiei-kadai-1'), summary(2019, 'keiei-kadai-1', { organization: 'other' })])).toEqual([]);
  });

  it('follows continues across a renumbering; the new report under the old number starts afresh', () => {
    const chains = buildChains([
      summary(2018, 'keiei-kadai-2'),
      summary(2019, 'keiei-kadai-2'), // new, unrelated: its number was freed by the renumbering
      summary(2019, 'keiei-kadai-3', { continues: { fiscalYear: 2018, report: 'keiei-kadai-2' } }),
      summary(2020, 'keiei-kadai-3'),
      summary(2020, 'keiei-kadai-2'),
    ]);
    expect(chains.map((c) => [c.id, years(c)])).toEqual([
      ['keiei-kadai-2', ['2018/keiei-kadai-2', '2019/keiei-kadai-3', '2020/keiei-kadai-3']],
      // Same first name in one organisation: the later-starting chain adds its first year.
      ['keiei-kadai-2-2019', ['2019/keiei-kadai-2', '2020/keiei-kadai-2']],
    ]);
  });

  it('tells the new holder of a freed number where the old report went', () => {
    const index = otherYearsIndex([
      summary(2018, 'keiei-kadai-2'),
      summary(2019, 'keiei-kadai-2'),
      summary(2019, 'keiei-kadai-3', { continues: { fiscalYear: 2018, report: 'keiei-kadai-2' } }),
    ]);
    const moved = index.get('city/2019/keiei-kadai-2')!;
    expect(moved.numberMoved).toEqual({
      earlier: { fiscalYear: 2018, title: 'keiei-kadai-2', url: '/city/2018/keiei-kadai-2/', current: false },
      movedTo: { fiscalYear: 2019, title: 'keiei-kadai-3', url: '/city/2019/keiei-kadai-3/', current: false },
    });
    // It has no other year of its own.
    expect(moved.years).toHaveLength(1);
    expect(index.get('city/2019/keiei-kadai-3')!.numberMoved).toBeUndefined();
  });

  it('keeps a chain\'s URL when a later year is added', () => {
    const before = buildChains([summary(2018, 'keiei-kadai-2'), summary(2019, 'keiei-kadai-3', { continues: { fiscalYear: 2018, report: 'keiei-kadai-2' } })]);
    const after = buildChains([summary(2018, 'keiei-kadai-2'), summary(2019, 'keiei-kadai-3', { continues: { fiscalYear: 2018, report: 'keiei-kadai-2' } }), summary(2020, 'keiei-kadai-4', { continues: { fiscalYear: 2019, report: 'keiei-kadai-3' } })]);
    expect(before[0]!.id).toBe('keiei-kadai-2');
    expect(after[0]!.id).toBe('keiei-kadai-2');
    expect(years(after[0]!)).toEqual(['2018/keiei-kadai-2', '2019/keiei-kadai-3', '2020/keiei-kadai-4']);
  });

  it('starts a new chain when the report a file continues is not there (e.g. not yet released)', () => {
    const chains = buildChains([summary(2019, 'keiei-kadai-3', { continues: { fiscalYear: 2018, report: 'keiei-kadai-2' } })]);
    expect(chains.map(years)).toEqual([['2019/keiei-kadai-3']]);
  });

  it('gives 前年度 / 翌年度 and the list of years from the light summaries alone', () => {
    const summaries = [summary(2018, 'keiei-kadai-1', { title: '経営課題1 A' }), summary(2019, 'keiei-kadai-1', { title: '経営課題1 B' }), summary(2020, 'keiei-kadai-1', { title: '経営課題1 C' }), summary(2019, 'keiei-kadai-5')];
    const middle = otherYearsOf(summaries, { organization: 'city', fiscalYear: 2019, slug: 'keiei-kadai-1' })!;
    expect(middle.chainUrl).toBe('/city/keiei-kadai-1/');
    expect(middle.previous).toEqual({ fiscalYear: 2018, title: '経営課題1 A', url: '/city/2018/keiei-kadai-1/', current: false });
    expect(middle.next?.url).toBe('/city/2020/keiei-kadai-1/');
    expect(middle.years.map((y) => [y.fiscalYear, y.current])).toEqual([[2018, false], [2019, true], [2020, false]]);
    const first = otherYearsOf(summaries, { organization: 'city', fiscalYear: 2018, slug: 'keiei-kadai-1' })!;
    expect(first.previous).toBeUndefined();
    // A report with no other year has nothing to link to.
    expect(otherYearsOf(summaries, { organization: 'city', fiscalYear: 2019, slug: 'keiei-kadai-5' })).toBeUndefined();
    expect(otherYearsIndex(summaries).size).toBe(3);
  });
});

describe('the synthetic 3-year fixture', () => {
  let reports: ReportDocument[];
  let byId: Map<string, ContinuingReport>;
  beforeAll(async () => {
    reports = await fixtureReports();
    byId = new Map(continuingReports(reports).map((c) => [c.chain.id, c]));
  });

  it('has one continuing page each for 経営課題1, the renumbered 経営課題2→3 and 施策 4-1-2', () => {
    expect([...byId.keys()]).toEqual(['keiei-kadai-1', 'keiei-kadai-2', 'shisaku-4-1-2']);
    expect(years(byId.get('keiei-kadai-2')!.chain)).toEqual(['2018/keiei-kadai-2', '2019/keiei-kadai-3', '2020/keiei-kadai-3']);
    // The 2019 経営課題2 is a different report and has only one year.
    expect(buildChains(reports.map(summaryOf)).find((c) => c.id === 'keiei-kadai-2-2019')?.members.length).toBe(1);
  });

  it('marks the name and number changes year by year', () => {
    expect(titlesOverYears(byId.get('keiei-kadai-1')!.chain).map((t) => [t.fiscalYear, t.nameChanged, t.numberChanged])).toEqual([[2018, false, false], [2019, false, false], [2020, true, false]]);
    expect(titlesOverYears(byId.get('keiei-kadai-2')!.chain).map((t) => [t.title, t.numberChanged])).toEqual([
      ['経営課題2 情報システムのマネジメント強化', false],
      ['経営課題3 情報システムのマネジメント強化', true],
      ['経営課題3 情報システムのマネジメント強化', false],
    ]);
  });

  it('merges incidents into one series; the revised 平成30年度 figure uses the later document and keeps the earlier one', () => {
    const [incidents] = mergeSeries(byId.get('keiei-kadai-1')!.reports);
    expect(incidents!.id).toBe('incidents');
    expect(incidents!.documentYears).toEqual([2018, 2019, 2020]);
    expect(incidents!.points.map((p) => [p.fiscalYear, p.value, p.usedFrom, p.revised])).toEqual([
      [2016, 30, 2018, false],
      [2017, 23, 2019, false],
      [2018, 21, 2020, true],
      [2019, 15, 2020, false],
      [2020, null, 2020, false],
    ]);
    const revised = incidents!.points.find((p) => p.fiscalYear === 2018)!;
    expect(revised.sources.map((s) => [s.documentYear, s.value])).toEqual([[2020, 21], [2019, 21], [2018, 19]]);
    // Targets of every document, each with the document that states it.
    expect(incidents!.targets.map((t) => [t.fiscalYear, t.value, t.documentYear])).toEqual([[2018, 11.5, 2018], [2019, 18, 2019], [2020, 10, 2020]]);
    // The chart series holds exactly the used figures, nothing averaged.
    expect(incidents!.series.points.map((p) => p.value)).toEqual([30, 23, 21, 15, null]);
  });

  it('does not let a later document\'s データなし replace an earlier figure, but lists it', () => {
    const a = reports.find((r) => r.kind === 'managementIssue' && r.doc.fiscalYear === 2019 && r.doc.number === 1)!;
    const b = structuredClone(reports.find((r) => r.kind === 'managementIssue' && r.doc.fiscalYear === 2020 && r.doc.number === 1)!);
    if (b.kind !== 'managementIssue') throw new Error('fixture');
    b.doc.strategies[0]!.indicators[0]!.points = [{ fiscalYear: 2019, value: null }];
    const [merged] = mergeSeries([{ fiscalYear: 2019, report: a }, { fiscalYear: 2020, report: b }]);
    const point = merged!.points.find((p) => p.fiscalYear === 2019)!;
    expect([point.value, point.usedFrom, point.revised]).toEqual([15, 2019, false]);
    expect(point.sources.map((s) => [s.documentYear, s.value])).toEqual([[2020, null], [2019, 15]]);
  });

  it('tells the older document\'s figures that a later document revised them, naming the first document that did', () => {
    const index = otherYearsIndex(reports.map(summaryOf));
    const of2018 = index.get('test-city/2018/keiei-kadai-1')!;
    // 2018's document gives 19 for 平成30年度; the 2019 and 2020 documents give 21.
    expect(of2018.revisions).toEqual({ incidents: [{ fiscalYear: 2018, value: 21, documentYear: 2019 }] });
    // The newest document's figures are the ones used: nothing to flag there.
    expect(index.get('test-city/2020/keiei-kadai-1')!.revisions).toBeUndefined();
  });

  it('writes the merged series as CSV: every document\'s figure a row, 採用 saying which is used', () => {
    const [incidents] = mergeSeries(byId.get('keiei-kadai-1')!.reports);
    const csv = mergedSeriesCsv({ organization: '試験市 情報政策課', documentType: '運営方針', titleOf: (year) => `経営課題1（${year}）` }, incidents!);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual([...MERGED_CSV_COLUMNS]);
    const col = (name: (typeof MERGED_CSV_COLUMNS)[number]) => MERGED_CSV_COLUMNS.indexOf(name);
    const for2018 = rows.filter((r) => r[col('種類')] === '値' && r[col('年度（西暦）')] === '2018').map((r) => [r[col('値')], r[col('文書年度（西暦）')], r[col('報告')], r[col('採用')], r[col('備考')]]);
    // Each row carries its own document's year and title; the older figure says where it was revised.
    expect(for2018).toEqual([
      ['21', '2020', '経営課題1（2020）', '採用', '改訂あり'],
      ['21', '2019', '経営課題1（2019）', '不採用', '改訂あり'],
      ['19', '2018', '経営課題1（2018）', '不採用', '改訂あり・令和元年度（平成31年度）の文書で21件に改訂'],
    ]);
    const missing = rows.find((r) => r[col('年度（西暦）')] === '2020' && r[col('種類')] === '値')!;
    expect([missing[col('値')], missing[col('備考')]]).toEqual(['', 'データなし']);
  });

  it('lines the ratings up year by year with the change in words', () => {
    const rows = ratingsOverYears(byId.get('keiei-kadai-1')!.reports);
    const achievement = rows.find((r) => r.rating === '業績目標の達成状況（自己評価）')!;
    expect(achievement.item).toBe('具体的取組 1-1-1 試験取組 研修の充実');
    expect(achievement.cells.map((c) => c.change)).toEqual([undefined, 'better', 'worse']);
    const effectiveness = rows.find((r) => r.rating === '戦略に対する取組の有効性（自己評価）')!;
    // Every rating is in the table: 中間振り返り and each アウトカム「個別」 too.
    expect(rows.map((r) => r.rating)).toEqual(expect.arrayContaining(['業績目標の達成状況（中間振り返り）', '戦略に対する取組の有効性（中間振り返り）', 'アウトカムの達成状況（個別・1行目）', 'アウトカムの達成状況（全体）']));
    // ○ → ○ → － (未設定): the last has no order to compare.
    expect(effectiveness.cells.map((c) => c.change)).toEqual([undefined, 'same', 'incomparable']);
    const renumbered = ratingsOverYears(byId.get('keiei-kadai-2')!.reports);
    expect(renumbered[0]!.item).toBe('めざす成果及び戦略 2-1 → 3-1 試験戦略 システム管理');
    expect(renumbered.find((r) => r.rating === '戦略の進捗状況')!.cells.map((c) => c.change)).toEqual([undefined, 'better', 'same']);
    // 施策: 改善・改革の手法 are not ratings with an order; a change is only a change.
    const methods = ratingsOverYears(byId.get('shisaku-4-1-2')!.reports);
    expect(methods.map((r) => r.cells.map((c) => c.change))).toEqual([[undefined, 'changed']]);
  });

  it('merges budgets by year; a differing amount from another document is kept beside the shown one', () => {
    const [item] = budgetsOverYears(byId.get('keiei-kadai-1')!.reports);
    const budget2018 = item!.entries.find((e) => e.fiscalYear === 2018 && e.kind === '予算')!;
    expect(budget2018.shown).toEqual({ documentYear: 2019, amount: 2_500_000, unit: '円' });
    expect(budget2018.differing).toEqual([{ documentYear: 2018, amount: 2, unit: '百万円' }]);
    // 1百万円 in two documents is the same amount: nothing listed.
    expect(item!.entries.find((e) => e.fiscalYear === 2017 && e.kind === '予算')!.differing).toEqual([]);
    expect(item!.entries.map((e) => `${e.fiscalYear}${e.kind}`)).toEqual(['2016決算', '2017決算', '2017予算', '2018決算', '2018予算', '2019予算', '2020予算']);
    const [project] = budgetsOverYears(byId.get('shisaku-4-1-2')!.reports);
    expect(project!.entries.map((e) => [e.fiscalYear, e.kind, e.shown.amount, e.shown.documentYear])).toEqual([
      [2017, '決算', 9000, 2018], [2018, '決算', 9500, 2019], [2018, '予算', 10000, 2018], [2019, '予算', 11000, 2019],
    ]);
  });
});
