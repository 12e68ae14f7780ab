import { describe, expect, it } from 'vitest';
import { chooseChartKind, renderIndicator } from '../../../src/lib/charts/index.ts';
import { counts, incidents, series, stockpile, womenManagers } from './fixtures.ts';

describe('which chart a series gets', () => {
  it('follows the documented rule', () => {
    expect(chooseChartKind(incidents())).toBe('line'); // has a target
    expect(chooseChartKind(womenManagers())).toBe('line'); // a rate with targets
    expect(chooseChartKind(series({ ...counts([96.3, 96.5]), unit: '%' }))).toBe('line'); // a rate
    expect(chooseChartKind(counts([8000, 9000, 10988]))).toBe('columns'); // counts, no target
    expect(chooseChartKind(stockpile())).toBe('bars');
    expect(chooseChartKind(counts([42.5]))).toBe('figure');
    expect(chooseChartKind(counts([null, 7, null]))).toBe('figure');
  });
});

describe('a single value is a figure, not a chart', () => {
  it('shows the number, its year in 和暦 and 西暦, and its note', () => {
    const s = series({ id: 'w', name: '女性職員の比率', unit: '%', points: [{ fiscalYear: 2017, value: 42.5, label: '平成29年4月現在' }] });
    const out = renderIndicator(s, { idPrefix: 'one' });
    expect(out.kind).toBe('figure');
    if (out.kind !== 'figure') return;
    expect(out.value).toBe('42.5%');
    expect(out.context).toBe('平成29年度（2017年度）');
    expect(out.note).toBe('平成29年4月現在');
    expect(out.summary).toBe('平成29年度は42.5%。');
    expect('svg' in out).toBe(false);
  });

  it('uses the one known value and still says which years are missing', () => {
    const out = renderIndicator(counts([null, 7]), { idPrefix: 'one' });
    expect(out.kind).toBe('figure');
    if (out.kind !== 'figure') return;
    expect(out.value).toBe('7人');
    expect(out.summary).toBe('平成24年度は7人。平成23年度はデータなし。');
  });

  it('shows データなし, never 0, when there is no value at all', () => {
    const out = renderIndicator(counts([null]), { idPrefix: 'none' });
    expect(out.kind === 'figure' && out.value).toBe('データなし');
  });
});
