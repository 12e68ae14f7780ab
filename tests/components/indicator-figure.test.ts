import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import IndicatorFigure from '../../src/components/IndicatorFigure.astro';
import { counts, incidents, series, stockpile } from '../unit/charts/fixtures.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (props: Record<string, unknown>) => container.renderToString(IndicatorFigure, { props });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Cells of each table row as text, header cell first. */
function tableRows(html: string, tableIndex = 0): string[][] {
  const table = [...html.matchAll(/<table\b[^>]*>(.*?)<\/table>/gs)][tableIndex]![1]!;
  return [...table.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[hd]\b[^>]*>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1]!)));
}

describe('IndicatorFigure with the incident series', () => {
  let html: string;
  beforeAll(async () => {
    html = await render({ series: incidents(), idPrefix: 'kadai2-incidents', headingLevel: 4 });
  });

  it('is a figure whose caption names the series and unit, as a heading of the given level', () => {
    expect(html).toMatch(/^<figure\b/);
    expect(html).toMatch(/<figcaption[^>]*>\s*<h4[^>]*>情報セキュリティインシデント件数（単位：件）<\/h4>\s*<\/figcaption>/);
  });

  it('has an SVG with role="img" labelled by its own title and desc', () => {
    const svg = /<svg\b[^>]*>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    const ids = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(ids).toEqual(['kadai2-incidents-title', 'kadai2-incidents-desc']);
    expect(html).toMatch(/<title id="kadai2-incidents-title">情報セキュリティインシデント件数（件）<\/title>/);
    expect(html).toMatch(/<desc id="kadai2-incidents-desc">折れ線グラフ。平成27年度の11件から/);
  });

  it('shows the summary sentence as visible text after the chart', () => {
    const sentence = '平成27年度の11件から平成30年度は19件。前年度比17%減（Kohyoによる計算）。平成30年度の目標（11.5件以下、Kohyoによる計算）は未達成（Kohyoによる計算）。';
    expect(html).toMatch(new RegExp(`<p class="indicator-figure__summary" id="kadai2-incidents-summary"[^>]*>${sentence}</p>`));
    expect(html.indexOf('</svg>')).toBeLessThan(html.indexOf(sentence, html.indexOf('</desc>')));
  });

  it('follows with a table of the four values, years in 和暦 and 西暦, units in the header', () => {
    expect(html).toMatch(/<caption id="kadai2-incidents-table-0"[^>]*>情報セキュリティインシデント件数（単位：件）<\/caption>/);
    expect(html).toMatch(/<th scope="col"[^>]*>値（件）<\/th>/);
    expect(tableRows(html)).toEqual([
      ['年度（和暦）', '値（件）', '西暦'],
      ['平成27年度', '11', '2015年度'],
      ['平成28年度', '31', '2016年度'],
      ['平成29年度', '23', '2017年度'],
      ['平成30年度', '19', '2018年度'],
    ]);
    expect((html.match(/<th scope="row"/g) ?? []).length).toBe(4 + 1); // four years, one target
    // The sideways scroller of each table is keyboard-focusable and named by the table caption.
    expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-labelledby="kadai2-incidents-table-0"/);
  });

  it('lists the target in its own table', () => {
    expect(tableRows(html, 1)).toEqual([
      ['目標年度（和暦）', '目標値（件）', '西暦', '内容'],
      ['平成30年度', '11.5以下（Kohyoによる計算）', '2018年度', '平成29年度に発生したインシデント発生件数の50%減'],
    ]);
  });

  it('is valid HTML with unique ids and no script', async () => {
    const page = `<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body><main>${html}${await render({ series: stockpile(), idPrefix: 'stock' })}</main></body></html>`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page, 'figure.html');
    const errors = report.results.flatMap((r) => r.messages.filter((m: Message) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
    expect(page).not.toContain('<script');
  });
});

describe('IndicatorFigure variants', () => {
  it('shows a missing value as データなし in the table, never 0', async () => {
    const html = await render({ series: counts([8000, null, 9100]), idPrefix: 'training' });
    expect(tableRows(html)[2]).toEqual(['平成24年度', 'データなし', '2012年度']);
    expect(html).not.toMatch(/<td[^>]*>0<\/td>/);
  });

  it('marks the highlighted comparison category in words, in chart and table', async () => {
    const html = await render({ series: stockpile(), idPrefix: 'stock' });
    expect(html).toContain('data-chart-kind="bars"');
    // The document's words 「本市は6食分」, never a bare 「本市」 on a count of other cities.
    expect(tableRows(html)).toContainEqual(['6食分（本市は6食分）', '2']);
    expect(html).toMatch(/<text[^>]*>6食分（本市は6食分）<\/text>/);
    expect(html).not.toMatch(/6食分（本市）/);
  });

  it('shows a single value as a big figure with no chart', async () => {
    const s = series({ id: 'w', name: '女性職員の比率', unit: '%', points: [{ fiscalYear: 2017, value: 42.5, label: '平成29年4月現在' }] });
    const html = await render({ series: s, idPrefix: 'ratio' });
    expect(html).not.toContain('<svg');
    expect(text(html)).toContain('42.5% 平成29年度（2017年度）（平成29年4月現在）');
    expect(html).toMatch(/<figcaption[^>]*>\s*女性職員の比率（単位：%）\s*<\/figcaption>/);
  });

  it('keeps a hostile series name as text', async () => {
    const html = await render({ series: series({ ...incidents(), name: '<script>alert(1)</script>' }), idPrefix: 'evil' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
