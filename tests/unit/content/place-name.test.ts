/** Problems are located in the document's own terms, with the YAML path after them (src/lib/content/place-name.ts). */
import { describe, expect, it } from 'vitest';
import { placeName } from '../../../src/lib/content/place-name.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';

const issue = {
  number: 3,
  strategies: [
    { number: '3-1', initiatives: [{ number: '3-1-1' }] },
    { number: '3-2', initiatives: [{ number: '3-2-1', budget: [{ fiscalYear: 2018, kind: '予算' }] }] },
  ],
  indicators: [{ id: 'incidents', name: 'インシデント発生件数', points: [{ fiscalYear: 2016 }, { fiscalYear: 2017 }] }],
};

describe('placeName', () => {
  it('names a 戦略 by its own number, not by its position counted from 0', () => {
    expect(placeName('strategies.1.selfEvaluation.effectiveness', issue)).toBe('戦略 3-2 › 自己評価 › 戦略のアウトカムに対する有効性');
    expect(placeName('strategies.1.initiatives.0.budget.0.amount', issue)).toBe('戦略 3-2 › 具体的取組 3-2-1 › 予算 › 平成30年度（2018年度） › 金額');
    expect(placeName('strategies.0.initiatives.0.selfEvaluation.effectiveness', issue)).toBe('戦略 3-1 › 具体的取組 3-1-1 › 自己評価 › 戦略に対する取組の有効性');
    expect(placeName('indicators.0.points.1.value', issue)).toBe('指標「インシデント発生件数」 › 値 › 平成29年度（2017年度） › 値');
  });

  it('counts from 1 in words when the file could not be read', () => {
    expect(placeName('strategies.1.selfEvaluation.effectiveness')).toBe('2番目の戦略 › 自己評価 › 戦略のアウトカムに対する有効性');
    expect(placeName('')).toBeUndefined();
  });

  it('is printed before the YAML path', () => {
    const problem = { severity: 'error' as const, file: 'content/a/2018/keiei-kadai-3.yaml', line: 80, column: 22, field: 'strategies.1.selfEvaluation.effectiveness', place: placeName('strategies.1.selfEvaluation.effectiveness', issue)!, message: '区分が違います' };
    expect(formatProblem(problem)).toBe('content/a/2018/keiei-kadai-3.yaml:80:22  戦略 3-2 › 自己評価 › 戦略のアウトカムに対する有効性 (strategies.1.selfEvaluation.effectiveness)  エラー: 区分が違います');
  });
});
