import { describe, expect, it } from 'vitest';
import { renderIndicator } from '../../../src/lib/charts/index.ts';
import { incidents, series, stockpile } from './fixtures.ts';
import { labels } from './svg-query.ts';

const HOSTILE = '<script>alert("x")</script>&';

describe('content text in charts', () => {
  it('keeps a hostile series name inert in the title, desc and table-facing summary', () => {
    const out = renderIndicator(series({ ...incidents(), name: HOSTILE, unit: '<b>件</b>' }), { idPrefix: 'x' });
    if (out.kind === 'figure') throw new Error('expected a chart');
    expect(out.svg).not.toMatch(/<script|<\/script|<b>/i);
    expect(out.svg).toContain('<title id="x-title">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;（&lt;b&gt;件&lt;/b&gt;）</title>');
    expect(labels(out.svg).map((l) => l.text)).toContain('単位：<b>件</b>');
  });

  it('escapes category and target labels', () => {
    const hostile = series({
      ...stockpile(),
      // Ranked cities, where a highlighted item is 本市 itself and gets 「（本市）」.
      ranked: true,
      categories: [
        { label: '<img src=x onerror=alert(1)>', value: 3, highlight: true },
        { label: 'A & "B"', value: 1 },
      ],
    });
    const out = renderIndicator(hostile, { idPrefix: 'y' });
    if (out.kind === 'figure') throw new Error('expected a chart');
    expect(out.svg).not.toContain('<img');
    // A long label may be wrapped over two <text> lines; read them back together.
    const all = labels(out.svg).map((l) => l.text).join('');
    expect(all).toContain('<img src=x onerror=alert(1)>（本市）');
    expect(all).toContain('A & "B"');

    const target = renderIndicator(series({ ...incidents(), targets: [{ fiscalYear: 2018, value: 1, direction: 'atMost', label: '</text><script>' }] }), { idPrefix: 'z' });
    if (target.kind === 'figure') throw new Error('expected a chart');
    expect(target.svg).not.toContain('<script');
  });

  it('refuses an id prefix that could break out of the attribute', () => {
    expect(() => renderIndicator(incidents(), { idPrefix: '"><script>' })).toThrow(/idPrefix/);
    expect(() => renderIndicator(incidents(), { idPrefix: '' })).toThrow(/idPrefix/);
  });
});
