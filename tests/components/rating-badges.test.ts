import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import AchievementBadge from '../../src/components/AchievementBadge.astro';
import BudgetTable from '../../src/components/BudgetTable.astro';
import RatingBadge from '../../src/components/RatingBadge.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('RatingBadge', () => {
  it('shows the code and its meaning in words', async () => {
    const html = await container.renderToString(RatingBadge, { props: { vocabulary: 'strategyEffectiveness', code: 'ア' } });
    expect(text(html)).toContain('ア 有効であり、継続して推進');
    expect(html).not.toContain('<a');
    expect(html).toContain('rating--good');
  });

  it('marks unfavourable ratings with a symbol and border style, not colour alone', async () => {
    const html = await container.renderToString(RatingBadge, { props: { vocabulary: 'strategyProgress', code: 'b' } });
    expect(html).toContain('rating--bad');
    expect(text(html)).toContain('✗ b 順調でない');
  });

  it('refuses a code outside the vocabulary instead of showing something wrong', async () => {
    await expect(container.renderToString(RatingBadge, { props: { vocabulary: 'outcomeStatus', code: 'C' } })).rejects.toThrow(/C/);
  });
});

describe('AchievementBadge', () => {
  it('uses the 見込 wording in 中間振り返り', async () => {
    const html = await container.renderToString(AchievementBadge, { props: { rating: { achievement: 1, progress: 'i' }, stage: 'midterm' } });
    expect(text(html)).toContain('①(i) 目標達成（見込）・取組は予定どおり進捗');
  });

  it('marks ①(ii) (target met, activities not as planned) apart from ①(i) and from ②', async () => {
    const full = await container.renderToString(AchievementBadge, { props: { rating: { achievement: 1, progress: 'i' }, stage: 'final' } });
    const partly = await container.renderToString(AchievementBadge, { props: { rating: { achievement: 1, progress: 'ii' }, stage: 'final' } });
    const missed = await container.renderToString(AchievementBadge, { props: { rating: { achievement: 2, progress: 'i' }, stage: 'final' } });
    expect(text(full)).toContain('✓ ①(i) 目標達成・取組は予定どおり実施');
    expect(text(partly)).toContain('△ ①(ii) 目標達成・取組を予定どおり実施しなかった');
    expect(partly).toContain('rating--mixed');
    expect(text(missed)).toContain('✗ ②(i)');
  });

  it('shows ③ alone in 自己評価', async () => {
    const html = await container.renderToString(AchievementBadge, { props: { rating: { achievement: 3, progress: null }, stage: 'final' } });
    expect(text(html)).toContain('③ 撤退基準未達成');
    expect(html).not.toContain('(i)');
  });
});

describe('BudgetTable', () => {
  it('renders amounts with units, and a blank cell as a dash (never 0)', async () => {
    const html = await container.renderToString(BudgetTable, {
      props: {
        caption: '予算',
        captionId: 'budget-test',
        lines: [
          { fiscalYear: 2016, kind: '決算', amount: null, unit: '円' },
          { fiscalYear: 2018, kind: '予算', amount: 33, unit: '百万円' },
        ],
      },
    });
    expect(html).toContain('<caption id="budget-test">予算</caption>');
    expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-labelledby="budget-test"[^>]*>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>平成28年度（2016年度）<\/th>/);
    expect(text(html)).toContain('33百万円');
    expect(text(html)).toContain('－ 記載なし');
    expect(text(html)).not.toMatch(/\b0円/);
  });
});
