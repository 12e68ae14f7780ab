/**
 * 評価と数値の照合: which rating each target is compared with, the computed result, and the
 * agreement — on the real 経営課題2 and on the synthetic multi-year fixture.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTarget, ratingCheckSentences, ratingChecks, siteRatingChecks } from '../../src/lib/rating-check.ts';
import { measureSchema } from '../../src/schemas/strategy-sheet.ts';
import { fixtureReports } from '../helpers/fixture-reports.ts';

const realReports = () => fixtureReports(path.resolve('content'));

describe('evaluateTarget', () => {
  const target = { fiscalYear: 2018, value: 11.5, direction: 'atMost' as const, label: '50%減' };
  it('compares the series\' own figure for the target year in the target\'s direction', () => {
    expect(evaluateTarget({ points: [{ fiscalYear: 2018, value: 19 }] }, target).result).toBe('notMet');
    expect(evaluateTarget({ points: [{ fiscalYear: 2018, value: 11.5 }] }, target).result).toBe('met');
    expect(evaluateTarget({ points: [{ fiscalYear: 2018, value: 12 }] }, { ...target, direction: 'atLeast' }).result).toBe('met');
  });
  it('cannot judge without a figure for the target year (missing or null)', () => {
    expect(evaluateTarget({ points: [{ fiscalYear: 2017, value: 5 }] }, target)).toEqual({ target, value: null, result: 'noValue' });
    expect(evaluateTarget({ points: [{ fiscalYear: 2018, value: null }] }, target).result).toBe('noValue');
  });
});

describe('the real 経営課題2: 11.5件以下, 19件 → 未達成; ③ 撤退基準未達成 → consistent', () => {
  it('compares the incidents target with 具体的取組 2-1-2 (evaluatedIn) and finds agreement', async () => {
    const reports = await realReports();
    const checks = siteRatingChecks(reports);
    expect(checks).toHaveLength(1);
    const [check] = checks;
    expect(check).toMatchObject({ seriesId: 'incidents', value: 19, result: 'notMet', verdict: 'agree', anchor: 'torikumi-2-1-2', reportUrl: '/osaka-ict/2018/keiei-kadai-2/', figureUrl: '/osaka-ict/2018/keiei-kadai-2/figures/incidents/' });
    expect(check!.declared).toMatchObject({ kind: 'initiative', number: '2-1-2', achievement: { achievement: 3, progress: null } });
    const s = ratingCheckSentences(check!);
    expect(s.computation).toBe('情報セキュリティインシデント件数: 目標 11.5件以下（平成29年度に発生したインシデント発生件数の50%減。値はKohyoによる計算）、平成30年度の実績 19件 → 未達成（Kohyoによる計算）。');
    expect(s.declared).toBe('具体的取組 2-1-2 の業績目標の達成状況（自己評価）: ③ 撤退基準未達成。');
    expect(s.verdict).toBe('計算結果と自己評価は一致しています。');
  });

  it('finds nothing to compare in a 主要事務事業戦略シート (targets without a rating)', async () => {
    const reports = await realReports();
    const womenManagers = reports.find((r) => r.kind === 'measure' && r.doc.code === '9-9-9')!;
    expect(ratingChecks(womenManagers)).toEqual([]);
  });

  it('rejects evaluatedIn in a 施策 file', () => {
    const result = measureSchema.safeParse({
      organization: 'x', fiscalYear: 2017, code: '1-1-1', name: '施策',
      projects: [{ number: 1, name: '事業', resources: { people: { cost: null }, things: { cost: null }, money: { cost: null } }, totalCost: null,
        indicators: [{ id: 'a', name: 'A', unit: '%', points: [{ fiscalYear: 2017, value: 1 }], targets: [{ fiscalYear: 2020, value: 2, direction: 'atLeast', label: '2%', evaluatedIn: '1-1' }] }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['projects', 0, 'indicators', 0, 'targets', 0, 'evaluatedIn']);
  });
});

describe('the synthetic fixture: agree, disagree and cannot judge', () => {
  it('compares strategy indicators with アウトカムの達成状況（全体） and initiative indicators with 業績目標の達成状況', async () => {
    const checks = siteRatingChecks(await fixtureReports());
    const summary = checks.map((c) => [c.fiscalYear, c.seriesId, c.result, c.declared.kind, c.verdict]);
    expect(summary).toEqual([
      [2020, 'incidents', 'noValue', 'strategy', 'cannotJudge'],
      [2019, 'incidents', 'met', 'strategy', 'disagree'],
      [2019, 'training-rate', 'met', 'initiative', 'agree'],
      [2018, 'incidents', 'notMet', 'strategy', 'agree'],
    ]);
    const disagree = checks.find((c) => c.verdict === 'disagree')!;
    expect(ratingCheckSentences(disagree)).toEqual({
      computation: '試験インシデント件数: 目標 18件以下（18件以下）、平成31年度の実績 15件 → 達成（Kohyoによる計算）。',
      declared: 'めざす成果及び戦略 1-1 のアウトカムの達成状況（全体）: B 順調でない。',
      verdict: '計算結果と自己評価は一致しません。「不一致」は、評価が誤っているという意味ではありません。',
    });
    expect(ratingCheckSentences(checks[0]!).verdict).toBe('目標年度の実績値がないため、自己評価と照合できません。');
    expect(ratingCheckSentences(checks[0]!).computation).toContain('令和2年度の実績値なし → 判定できません（実績値なし）');
  });

  it('leaves the declared rating as recorded', async () => {
    const reports = await fixtureReports();
    const before = JSON.stringify(reports);
    siteRatingChecks(reports);
    expect(JSON.stringify(reports)).toBe(before);
  });

  it('compares an indicator of the 経営課題 as a whole only when its target names a rating', async () => {
    const report = structuredClone((await fixtureReports()).find((r) => r.kind === 'managementIssue' && r.doc.fiscalYear === 2018 && r.doc.number === 1)!);
    if (report.kind !== 'managementIssue') throw new Error('fixture');
    const series = report.doc.strategies[0]!.indicators.pop()!;
    report.doc.indicators.push(series);
    expect(ratingChecks(report)).toEqual([]);
    series.targets[0]!.evaluatedIn = '1-1-1';
    expect(ratingChecks(report).map((c) => [c.declared.kind, c.declared.number, c.verdict])).toEqual([['initiative', '1-1-1', 'agree']]);
  });
});
