import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { budgetLineSchema } from '../../src/schemas/budget.ts';
import { fiscalYearSchema } from '../../src/schemas/fiscal-year.ts';
import { indicatorSeriesSchema } from '../../src/schemas/indicator.ts';
import { achievementRatingSchema, ratingCodeSchema } from '../../src/schemas/rating.ts';

describe('the real content', () => {
  it('passes every schema and cross-file check', async () => {
    const { problems, entries, organizations } = await loadContent({ contentDir: path.resolve('content'), now: new Date() });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(organizations.map((o) => o.id).sort()).toEqual(['chiba-somu', 'osaka-ict']);
    const ids = entries.map((e) => e.id).sort();
    expect(ids).toEqual([
      'chiba-somu/2017/sheet',
      'chiba-somu/2017/shisaku-3-4-1',
      'chiba-somu/2017/shisaku-4-1-2',
      'chiba-somu/2017/shisaku-4-3-4',
      'chiba-somu/2017/shisaku-9-9-9',
      'osaka-ict/2018/keiei-kadai-1',
      'osaka-ict/2018/keiei-kadai-2',
      'osaka-ict/2018/keiei-kadai-3',
    ]);
  });

  it('holds all 4 戦略 and 6 具体的取組 of the 運営方針, and every 事務事業 of the 戦略シート', async () => {
    const { entries } = await loadContent({ contentDir: path.resolve('content'), now: new Date() });
    const strategies = entries.flatMap((e) => (e.kind === 'managementIssue' ? e.data.strategies : []));
    expect(strategies.map((s) => s.number)).toEqual(['1-1', '2-1', '3-1', '3-2']);
    expect(strategies.flatMap((s) => s.initiatives.map((i) => i.number))).toEqual(['1-1-1', '1-1-2', '2-1-1', '2-1-2', '3-1-1', '3-2-1']);
    const projects = entries.flatMap((e) => (e.kind === 'measure' ? e.data.projects.map((p) => `${e.data.code}/${p.number}`) : []));
    expect(projects).toEqual(['3-4-1/1', '4-1-2/1', ...Array.from({ length: 9 }, (_, i) => `4-3-4/${i + 1}`), '9-9-9/1', '9-9-9/2', '9-9-9/3']);
  });
});

describe('rating codes are normalised as the seeds print them', () => {
  it('accepts ①(i), ②(ii), ③ and full-width variants', () => {
    expect(achievementRatingSchema.parse('①(i)')).toEqual({ achievement: 1, progress: 'i' });
    expect(achievementRatingSchema.parse('②（ii）')).toEqual({ achievement: 2, progress: 'ii' });
    expect(achievementRatingSchema.parse('③')).toEqual({ achievement: 3, progress: null });
  });

  it('rejects codes the vocabulary does not define, saying what is allowed', () => {
    const result = achievementRatingSchema.safeParse('④(i)');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('①(i) ①(ii) ②(i) ②(ii) ③');
    const effectiveness = ratingCodeSchema('strategyEffectiveness').safeParse('ウ');
    expect(effectiveness.error?.issues[0]?.message).toContain('ア、イ');
  });

  it('maps the dashes documents use for 中間アウトカム未設定 to one code', () => {
    const schema = ratingCodeSchema('initiativeEffectiveness');
    expect(schema.parse('-')).toBe('－');
    expect(schema.parse('—')).toBe('－');
  });

  it('keeps A/B and a/b apart (they belong to different ratings)', () => {
    expect(ratingCodeSchema('outcomeStatus').safeParse('a').success).toBe(false);
    expect(ratingCodeSchema('strategyProgress').safeParse('A').success).toBe(false);
  });
});

describe('fiscal years, budgets and series', () => {
  it('reads pre-era-change names', () => {
    expect(fiscalYearSchema.parse('平成32年度')).toBe(2020);
    expect(fiscalYearSchema.safeParse('来年度').success).toBe(false);
  });

  it('requires a unit on every amount', () => {
    const result = budgetLineSchema.safeParse({ fiscalYear: 2018, kind: '予算', amount: 13 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['unit']);
  });

  it('rejects a series with the same year twice', () => {
    const result = indicatorSeriesSchema.safeParse({ id: 'x', name: 'x', unit: '件', points: [{ fiscalYear: 2017, value: 1 }, { fiscalYear: '平成29年度', value: 2 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['points', 1, 'fiscalYear']);
  });

  it('keeps a missing value as null, not zero', () => {
    const series = indicatorSeriesSchema.parse({ id: 'x', name: 'x', unit: '%', points: [{ fiscalYear: 2013, value: null }] });
    expect(series.points[0]?.value).toBeNull();
  });
});
