/**
 * Assertions on the real site built from content/ (built once by tests/setup/build-site.ts).
 * They read the HTML a citizen or journalist receives.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/open-data.ts';
import { sitemapPageUrls } from '../helpers/sitemap.ts';

const siteDir = inject('siteDir');

function page(urlPath: string): HTMLElement {
  const file = path.join(siteDir, urlPath, 'index.html');
  return parse(readFileSync(file, 'utf8'));
}

function textOf(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Rows of a table as arrays of cell texts. */
function rows(table: HTMLElement): string[][] {
  return table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => textOf(c)));
}


/** The footer's publisher and terms as 「発行者」 → value. */
const termsOf = (root: HTMLElement): Record<string, string> => Object.fromEntries(root.querySelectorAll('footer .site-terms div').map((d) => [textOf(d.querySelector('dt')), textOf(d.querySelector('dd'))]));

describe('every built page', () => {
  const files = htmlFiles(siteDir);

  it('exists for every report and index', () => {
    const urls = files.map((f) => path.relative(siteDir, f).split(path.sep).join('/'));
    for (const expected of [
      'index.html',
      'about/ratings/index.html',
      'osaka-ict/index.html',
      'osaka-ict/2018/index.html',
      'osaka-ict/2018/keiei-kadai-1/index.html',
      'osaka-ict/2018/keiei-kadai-2/index.html',
      'osaka-ict/2018/keiei-kadai-3/index.html',
      'chiba-somu/2017/index.html',
      'chiba-somu/2017/shisaku-3-4-1/index.html',
      'chiba-somu/2017/shisaku-4-1-2/index.html',
      'chiba-somu/2017/shisaku-4-3-4/index.html',
      'chiba-somu/2017/shisaku-9-9-9/index.html',
    ]) expect(urls).toContain(expected);
  });

  it('ends with </html>: nothing is written after the document', () => {
    for (const file of files) expect(readFileSync(file, 'utf8').trimEnd().endsWith('</html>'), path.relative(siteDir, file)).toBe(true);
  });

  it('is Japanese, has exactly one h1 and never skips a heading level', () => {
    for (const file of files) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = path.relative(siteDir, file);
      expect(root.querySelector('html')?.getAttribute('lang'), where).toBe('ja');
      expect(root.querySelectorAll('h1').length, where).toBe(1);
      let previous = 1;
      for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(heading.tagName.slice(1));
        expect(level - previous, `${where}: ${heading.tagName} 「${textOf(heading)}」 after h${previous}`).toBeLessThanOrEqual(1);
        previous = level;
      }
    }
  });

  it('has tables with a caption and scoped header cells', () => {
    for (const file of files) {
      const root = parse(readFileSync(file, 'utf8'));
      for (const table of root.querySelectorAll('table')) {
        const where = `${path.relative(siteDir, file)}: table`;
        expect(textOf(table.querySelector('caption')), where).not.toBe('');
        for (const th of table.querySelectorAll('th')) expect(['col', 'row', 'colgroup', 'rowgroup'], where).toContain(th.getAttribute('scope'));
      }
    }
  });

  it('has Open Graph and Twitter card metadata, and no absolute URL when the content sets no address', () => {
    // Embed pages are for other sites' frames, not for sharing.
    for (const file of files.filter((f) => !f.endsWith(`${path.sep}embed${path.sep}index.html`))) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = path.relative(siteDir, file);
      const meta = (attr: string, key: string) => root.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');
      const urlPath = `/${where.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      expect(meta('property', 'og:title'), where).toBe(textOf(root.querySelector('title')));
      expect(meta('property', 'og:description'), where).toBe(meta('name', 'description'));
      expect(meta('property', 'og:description')?.length, where).toBeGreaterThan(10);
      expect(urlPath.startsWith('/'), where).toBe(true);
      expect(meta('property', 'og:url'), where).toBeUndefined();
      expect(['website', 'article'], where).toContain(meta('property', 'og:type'));
      expect(meta('property', 'og:site_name'), where).toBe('Kohyo 公表');
      expect(meta('property', 'og:locale'), where).toBe('ja_JP');
      expect(meta('name', 'twitter:card'), where).toBe('summary');
      expect(meta('name', 'twitter:title'), where).toBe(meta('property', 'og:title'));
    }
    expect(parse(readFileSync(path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/index.html'), 'utf8')).querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
  });

  it('ships no JavaScript on report pages (figure pages load only the citation helper)', () => {
    for (const file of files.filter((f) => /keiei-kadai|shisaku/.test(f) && !f.includes(`${path.sep}figures${path.sep}`))) {
      const html = readFileSync(file, 'utf8');
      expect(html, path.relative(siteDir, file)).not.toMatch(/<script/i);
    }
  });
});

describe('経営課題2 情報セキュリティ管理体制の実効性確保', () => {
  const root = page('osaka-ict/2018/keiei-kadai-2');

  it('shows the incident counts 11, 31, 23, 19 件 for 平成27–30年度 in a table', () => {
    const table = root.querySelectorAll('table').find((t) => textOf(t.querySelector('caption')).includes('インシデント'));
    expect(table, 'a table captioned with インシデント').toBeDefined();
    const body = rows(table!);
    const byYear = new Map(body.map((cells) => [cells.find((c) => /平成\d+年度/.test(c))?.match(/平成\d+年度/)?.[0], cells.join(' ')]));
    expect(byYear.get('平成27年度')).toMatch(/\b11\b/);
    expect(byYear.get('平成28年度')).toMatch(/\b31\b/);
    expect(byYear.get('平成29年度')).toMatch(/\b23\b/);
    expect(byYear.get('平成30年度')).toMatch(/\b19\b/);
  });

  it('shows the strategy ratings with their meaning', () => {
    const text = textOf(root.querySelector('#senryaku-2-1')?.parentNode as HTMLElement);
    expect(text).toContain('ア 有効であり、継続して推進');
    expect(text).toContain('b 順調でない');
  });

  it('shows 取組 2-1-1 rated ③ 撤退基準未達成 in its 自己評価 and ②(ii) in its 中間振り返り', () => {
    const section = root.querySelector('#torikumi-2-1-1')?.parentNode as HTMLElement;
    const text = textOf(section);
    expect(text).toContain('②(ii) 目標未達成（見込）・取組は予定どおり進捗していない');
    expect(text).toContain('③ 撤退基準未達成');
  });
});

describe('経営課題1', () => {
  const root = page('osaka-ict/2018/keiei-kadai-1');

  it('shows 相談対応 104件 in 具体的取組 1-1-1', () => {
    const section = root.querySelector('#torikumi-1-1-1')?.parentNode as HTMLElement;
    expect(textOf(section)).toMatch(/相談対応\s*[（(]104件[)）]/);
  });

  it('shows the 1-1-1 budget (28決算 29百万円, 29予算 98百万円, 30予算 13百万円)', () => {
    const section = root.querySelector('#torikumi-1-1-1')?.parentNode as HTMLElement;
    const table = section.querySelector('table')!;
    expect(rows(table).map((r) => r.join(' '))).toEqual([
      '平成28年度（2016年度） 決算額 29百万円',
      '平成29年度（2017年度） 予算額 98百万円',
      '平成30年度（2018年度） 予算額 13百万円',
    ]);
  });

  it('fixes the extraction glitch デジタルデバйд', () => {
    const html = root.toString();
    expect(html).toContain('デジタルデバイド');
    expect(html).not.toMatch(/[\u0400-\u04FF]/);
  });
});

describe('施策 4-1-2 防災体制の充実', () => {
  const root = page('chiba-somu/2017/shisaku-4-1-2');

  it('shows the 防災備蓄品整備 stockpile: 食料 525,818食', () => {
    const section = root.querySelector('#jigyo-1')?.parentNode as HTMLElement;
    expect(textOf(section.querySelector('h2'))).toContain('防災備蓄品整備');
    expect(textOf(section)).toContain('525,818食');
    expect(textOf(section)).toContain('327,144本');
  });

  it('shows ヒト・モノ・カネ as a table with コスト換算', () => {
    const table = root.querySelector('#jigyo-1')?.parentNode?.querySelector('table.resources-table') as HTMLElement;
    const body = rows(table).map((r) => r.join(' '));
    expect(body[0]).toMatch(/^ヒト 職員1\.99人 14$/);
    expect(body[2]).toMatch(/^カネ .*95百万円.*76百万円.* 95$/);
  });
});

describe('施策 3-4-1 国際化の推進', () => {
  it('marks the unreadable 事務事業名 as 判読不能 instead of guessing', () => {
    const root = page('chiba-somu/2017/shisaku-3-4-1');
    expect(textOf(root.querySelector('#jigyo-1'))).toContain('判読不能');
  });
});

describe('評価区分の見方', () => {
  it('lists every rating code with its meaning', () => {
    const text = textOf(page('about/ratings').querySelector('main'));
    for (const phrase of ['有効であり、継続して推進', '有効でないため、戦略を見直す', '撤退基準未達成', '中間アウトカム未設定(未測定)', '有効でないため見直す', '有効でないため取組を見直す', 'アウトソーシング', 'ICT活用']) {
      expect(text).toContain(phrase);
    }
  });

  it('gives the documents\' definitions verbatim and sets the site\'s own words apart, labelled', () => {
    const root = page('about/ratings');
    expect(textOf(root.querySelector('main'))).not.toContain('取組の再構築などが必要');
    // ③ is defined in a table cell as the document does, with nothing added.
    const achievement = root.querySelector('#achievement')!.parentNode as HTMLElement;
    const row = achievement.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((c) => textOf(c)));
    expect(row).toEqual([
      ['目標達成', '目標達成(見込)'],
      ['目標未達成', '目標未達成(見込)'],
      ['撤退基準未達成', '撤退基準未達成'],
    ]);
    // Every explanation of ours is in a box that says so.
    const notes = root.querySelectorAll('.kohyo-note');
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) expect(textOf(note)).toMatch(/^Kohyoによる補足（元の文書にはない説明です）:/);
  });

  it('explains every code and the documents\' terms in plain words, labelled as Kohyo\'s, never repeating the label', () => {
    const root = page('about/ratings');
    const achievement = root.querySelector('#achievement')!.parentNode as HTMLElement;
    expect(textOf(achievement.querySelector('#achievement-meaning'))).toBe('意味（Kohyoによる説明）');
    const meanings = achievement.querySelectorAll('dl.glossary dd').map(textOf);
    expect(meanings).toHaveLength(3);
    expect(meanings[2]).toContain('撤退基準');
    for (const m of meanings) expect(['目標達成', '目標未達成', '撤退基準未達成']).not.toContain(m);
    const terms = root.querySelector('#terms')!.parentNode as HTMLElement;
    expect(textOf(terms.querySelector('h2'))).toContain('Kohyoによる説明');
    const glossary = terms.querySelectorAll('dt').map(textOf);
    for (const term of ['撤退基準', '中間アウトカム（業績目標）', '前の年度と比べられない区分']) expect(glossary).toContain(term);
  });
});

describe('data downloads', () => {
  it('links the 経営課題2 incident figures as CSV with the same values', () => {
    const root = page('osaka-ict/2018/keiei-kadai-2');
    const link = root.querySelectorAll('a').find((a) => a.getAttribute('href') === 'indicators.csv');
    expect(link, 'a link to indicators.csv').toBeDefined();
    const csv = readFileSync(path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/indicators.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const values = csv.split('\r\n').filter((l) => l.includes(',incidents,') && l.includes(',値,')).map((l) => l.split(',')[CSV_COLUMNS.indexOf('値')]);
    expect(values).toEqual(['11', '31', '23', '19']);
  });

  it('publishes every field of a report as JSON', () => {
    const json = JSON.parse(readFileSync(path.join(siteDir, 'chiba-somu/2017/shisaku-4-1-2/report.json'), 'utf8'));
    expect(json.organization.municipality).toBe('千葉市');
    expect(json.projects[0].name).toBe('防災備蓄品整備');
    expect(json.projects[0].resources.money.total).toEqual({ amount: 95, unit: '百万円' });
    expect(json).not.toHaveProperty('release');
    expect(json).not.toHaveProperty('sourceFile');
  });
});

describe('the 経営課題2 incident chart', () => {
  const root = page('osaka-ict/2018/keiei-kadai-2');
  const figure = root.querySelectorAll('figure').find((f) => textOf(f.querySelector('figcaption')).includes('情報セキュリティインシデント件数'));

  it('is a line chart whose SVG is labelled by its own title and description', () => {
    expect(figure?.getAttribute('data-chart-kind')).toBe('line');
    const svg = figure!.querySelector('svg[role="img"]')!;
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const tags = ids.map((id) => svg.querySelector(`#${id}`)?.tagName.toLowerCase());
    expect(tags).toContain('title');
    expect(tags).toContain('desc');
  });

  it('says what it shows in a sentence a journalist can quote', () => {
    expect(textOf(figure)).toContain('平成27年度の11件から平成30年度は19件。前年度比17%減（Kohyoによる計算）。平成30年度の目標（11.5件以下、Kohyoによる計算）は未達成（Kohyoによる計算）。');
  });
});

describe('sitemap', () => {
  it('lists every built HTML page and nothing else', () => {
    const listed = sitemapPageUrls(siteDir).map((loc) => new URL(loc).pathname).sort();
    // Embed pages are for other sites' frames, not for the sitemap.
    const built = htmlFiles(siteDir).map((f) => `/${path.relative(siteDir, path.dirname(f)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/').replace(/^\/\.\/$/, '/')).filter((u) => !u.endsWith('/embed/')).sort();
    expect(listed).toEqual(built);
  });
});

describe('printed precision', () => {
  it('keeps the printed decimals in the CSV (93.0) and the series\' note in it', () => {
    const csv = readFileSync(path.join(siteDir, 'chiba-somu/2017/shisaku-9-9-9/figures/checkup-rate/data.csv'), 'utf8');
    expect(csv).toMatch(/,値,2012,平成24年度,,,93\.0,/);
  });


  it('shows 定期健康診断受診率 平成24年度 as 93.0%, as the document prints it', () => {
    const root = page('chiba-somu/2017/shisaku-9-9-9');
    const table = root.querySelectorAll('table').find((t) => textOf(t.querySelector('caption')).includes('定期健康診断受診率'))!;
    const row = rows(table).find((cells) => cells[0] === '平成24年度');
    expect(row).toContain('93.0');
    const missing = rows(table).find((cells) => cells[0] === '平成25年度');
    expect(missing).toContain('データなし');
  });
});

describe('figure pages', () => {
  const root = page('osaka-ict/2018/keiei-kadai-2/figures/incidents');
  const dir = path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/figures/incidents');

  it('is linked from the figure on the report page', () => {
    const figure = page('osaka-ict/2018/keiei-kadai-2').querySelectorAll('figure').find((f) => textOf(f.querySelector('figcaption')).includes('インシデント'))!;
    expect(figure.querySelector('a')?.getAttribute('href')).toBe('figures/incidents/');
  });

  it('shows the chart at full width, the table, the summary, notes and targets', () => {
    expect(textOf(root.querySelector('h1'))).toBe('情報セキュリティインシデント件数');
    expect(root.querySelector('figure.indicator-figure--wide svg[role="img"]')).not.toBeNull();
    expect(textOf(root.querySelector('.indicator-figure__summary'))).toBe('平成27年度の11件から平成30年度は19件。前年度比17%減（Kohyoによる計算）。平成30年度の目標（11.5件以下、Kohyoによる計算）は未達成（Kohyoによる計算）。');
    expect(root.querySelectorAll('figure table')).toHaveLength(2);
    expect(textOf(root.querySelector('.indicator-figure__note'))).toContain('具体的取組 2-1-2 の業績目標');
    expect(textOf(root.querySelector('#targets-heading')!.parentNode as HTMLElement)).toContain('平成30年度の目標 11.5件以下（平成29年度に発生したインシデント発生件数の50%減。値はKohyoによる計算）: 実績 19件 → 未達成（Kohyoによる計算）');
  });

  it('gives a ready citation: organisation, document name and year, report, figure, publisher, URL and 閲覧日 — never a made-up address', () => {
    expect(textOf(root.querySelector('#cite-heading'))).toBe('この図表を引用する');
    // The real content sets no public address: the citation gives the path, not a placeholder host.
    expect(textOf(root.querySelector('.citation'))).toBe('大阪市 ICT戦略室「運営方針（平成30年度）」経営課題2 情報セキュリティ管理体制の実効性確保、図表「情報セキュリティインシデント件数」（経営課題2）。Kohyo 公表（発行者: このサイトの運営者（掲載している自治体の公式サイトではありません）） /osaka-ict/2018/keiei-kadai-2/figures/incidents/（閲覧日: 引用した日を記入）');
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).not.toContain('example.jp');
    expect(root.querySelector('meta[property="og:url"]')).toBeNull();
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('states the publisher and the terms in every page\'s footer', () => {
    for (const url of ['', 'osaka-ict/2018/keiei-kadai-2', 'osaka-ict/2018/keiei-kadai-2/figures/incidents', 'checks']) {
      const terms = termsOf(page(url));
      expect(terms['発行者'], url).toBe('このサイトの運営者（掲載している自治体の公式サイトではありません）');
      expect(terms['利用条件'], url).toBe('クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）（転記した数値・文章の出典は、各ページに示す元の文書です）');
    }
  });

  it('has a 1200 × 630 share image and the chart as SVG', () => {
    const png = readFileSync(path.join(dir, 'chart.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readFileSync(path.join(dir, 'chart.svg'), 'utf8')).toContain('<title id="chart-title">情報セキュリティインシデント件数（件）</title>');
    // Without an address there is no absolute og:image: a card would point nowhere.
    expect(root.querySelector('meta[property="og:image"]')).toBeNull();
    expect(textOf(root.querySelector('head title'))).toContain('大阪市');
  });

  it('has its own data.csv in the indicators.csv format and a data.json', () => {
    const csv = readFileSync(path.join(dir, 'data.csv'), 'utf8');
    const reportCsv = readFileSync(path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/indicators.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(reportCsv.split('\r\n')[0]);
    // The report has this one series, so the figure's CSV is the report's CSV.
    expect(csv).toBe(reportCsv);
    const json = JSON.parse(readFileSync(path.join(dir, 'data.json'), 'utf8')) as { series: { id: string; points: unknown[] }; figure: { url: string; citation: string }; computedByKohyo: { label: string; targets: { result: string }[] } };
    expect(json.series.id).toBe('incidents');
    expect(json.series.points).toHaveLength(4);
    expect(json.figure.url).toBe('/osaka-ict/2018/keiei-kadai-2/figures/incidents/');
    expect((json as unknown as { licence: { name: string } }).licence.name).toBe('クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）');
    expect(json.figure.citation).toBe(textOf(root.querySelector('.citation')));
    expect(json.computedByKohyo).toEqual({ label: 'Kohyoによる計算', targets: [{ fiscalYear: 2018, target: 11.5, direction: 'atMost', value: 19, result: 'notMet' }] });
  });

  it('is kept out of the search index; its only script is the citation helper, and the report page has none', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script src="/cite.js" type="module">']);
    expect(readFileSync(path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/index.html'), 'utf8')).not.toMatch(/<script/i);
  });

  it('exists for every indicator of every report', () => {
    for (const [report, ids] of [['chiba-somu/2017/shisaku-4-1-2', ['evacuees', 'stockpile-target', 'other-cities-food']], ['chiba-somu/2017/shisaku-9-9-9', ['female-managers', 'training-completions', 'checkup-rate', 'counseling-cases']]] as const) {
      for (const id of ids) expect(statSync(path.join(siteDir, report, 'figures', id, 'index.html')).isFile(), `${report} ${id}`).toBe(true);
    }
  });
});

describe('評価と数値の照合 on 経営課題2', () => {
  it('sits in 具体的取組 2-1-2 next to its 自己評価: 11.5件以下, 19件 → 未達成; ③ → 一致', () => {
    const section = page('osaka-ict/2018/keiei-kadai-2').querySelector('#torikumi-2-1-2')!.parentNode as HTMLElement;
    const note = textOf(section.querySelector('.rating-check'));
    expect(note).toContain('目標 11.5件以下（平成29年度に発生したインシデント発生件数の50%減。値はKohyoによる計算）、平成30年度の実績 19件 → 未達成（Kohyoによる計算）');
    expect(note).toContain('具体的取組 2-1-2 の業績目標の達成状況（自己評価）: ③ 撤退基準未達成');
    expect(note).toContain('一致: 計算結果と自己評価は一致しています。');
    expect(page('osaka-ict/2018/keiei-kadai-2').querySelectorAll('.rating-check')).toHaveLength(1);
  });

  it('is listed on the /checks/ page of its organisation and year, linked from /checks/', () => {
    expect(page('checks').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/checks/osaka-ict/');
    expect(page('checks/osaka-ict').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/checks/osaka-ict/2018/');
    const root = page('checks/osaka-ict/2018');
    expect(textOf(root.querySelector('#agree')!.parentNode as HTMLElement)).toContain('経営課題2 情報セキュリティ管理体制の実効性確保');
    expect(root.querySelectorAll('table a').map((a) => a.getAttribute('href'))).toContain('/osaka-ict/2018/keiei-kadai-2/#torikumi-2-1-2');
  });

  it('is explained on the legend page', () => {
    const text = textOf(page('about/ratings').querySelector('#rating-checks')!.parentNode as HTMLElement);
    expect(text).toContain('業績目標の達成状況');
    expect(text).toContain('アウトカムの達成状況（全体）');
    expect(text).toContain('判定できません（実績値なし）');
  });
});

describe('wording held against the seed documents', () => {
  it('prints the 局長 as the document does: 「総務局長 大木 正人」, never 「総務局局長」', () => {
    const text = textOf(page('chiba-somu/2017').querySelector('main'));
    expect(text).toContain('総務局長 大木 正人');
    expect(text).not.toContain('総務局局長');
  });

  it('says 「本市は6食分」 beside the 6食分 count of other cities, in chart, table, summary and CSV, never a bare 「本市」', () => {
    const figure = page('chiba-somu/2017/shisaku-4-1-2').querySelectorAll('figure').find((f) => textOf(f).includes('他の政令市の食料の備蓄状況'))!;
    const text = textOf(figure);
    expect(text).toContain('6食分は2市（本市は6食分）');
    expect(figure.querySelector('svg')!.toString()).toContain('6食分（本市は6食分）');
    expect(rows(figure.querySelector('table')!)).toContainEqual(['6食分（本市は6食分）', '2', '']);
    expect(text).not.toMatch(/6食分（本市）/);
    const csv = readFileSync(path.join(siteDir, 'chiba-somu/2017/shisaku-4-1-2/indicators.csv'), 'utf8');
    const six = csv.split('\r\n').find((l) => l.includes(',other-cities-food,') && l.includes(',6食分,'))!;
    expect(six.split(',')[CSV_COLUMNS.indexOf('備考')]).toBe('本市は6食分');
    expect(csv).not.toMatch(/,本市(,|\r)/);
  });

  it('marks readings where they appear: split or overlapping cost figures and words read from garbled text', () => {
    const root = page('chiba-somu/2017/shisaku-4-3-4');
    const project = (n: number) => root.querySelector(`section[aria-labelledby="jigyo-${n}"]`);
    const costs = (n: number) => textOf(project(n)?.querySelector('.resources-table tfoot'));
    expect(costs(6)).toBe('行政コストの合計額（百万円） 187 〔読み: 分割された数字「18」と「7」を結合〕');
    expect(costs(7)).toContain('131 〔読み: 重なった数字「13」と「31」から読んだ〕');
    expect(costs(9)).toContain('70 〔読み: 重なった数字「7」と「70」から読んだ〕');
    expect(costs(4)).toContain('709 〔読み:');
    expect(textOf(project(4))).toContain('グループウエア〔読み: 文書の表記は「クルーフウエア」〕');
    expect(textOf(page('chiba-somu/2017/shisaku-4-1-2').querySelector('main'))).toContain('災害用〔読み: 文書の表記は「災書用」〕');
    expect(textOf(page('osaka-ict/2018/keiei-kadai-1').querySelector('main'))).toContain('デジタルデバイド〔読み:');
    for (const note of root.querySelectorAll('.reading-note')) expect(textOf(note)).toMatch(/^〔読み: .+〕$/);
  });

  it('keeps 4-3-4 No.2\'s total as printed (90) and says it is not the sum of its parts (27 + 69 = 96)', () => {
    const project = page('chiba-somu/2017/shisaku-4-3-4').querySelector('section[aria-labelledby="jigyo-2"]')!;
    expect(textOf(project.querySelector('.resources-table tfoot'))).toBe('行政コストの合計額（百万円） 90 ※');
    expect(textOf(project.querySelector('.cost-note'))).toBe('※ 文書に印字された行政コストの合計額（90）は、ヒト・モノ・カネのコスト換算の和（27 + 69 = 96、Kohyoによる計算）と一致しません。文書の記載どおりに表示しています。');
    // Totals that agree with their parts get no note.
    expect(page('chiba-somu/2017/shisaku-4-3-4').querySelectorAll('.cost-note')).toHaveLength(1);
  });

  it('labels numbers Kohyo computed in the table and keeps them out of the CSV\'s 値 column', () => {
    const root = page('osaka-ict/2018/keiei-kadai-2');
    const targets = root.querySelectorAll('table').find((t) => textOf(t.querySelector('caption')).includes('の目標'))!;
    expect(rows(targets)).toEqual([['平成30年度', '11.5以下（Kohyoによる計算）', '2018年度', '平成29年度に発生したインシデント発生件数の50%減']]);
    const csv = readFileSync(path.join(siteDir, 'osaka-ict/2018/keiei-kadai-2/indicators.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trimEnd().split('\r\n').map((l) => l.split(','));
    const value = header!.indexOf('値');
    expect(lines.map((l) => l[value])).not.toContain('11.5');
    const computed = lines.find((l) => l[header!.indexOf('種類')] === '目標（Kohyoによる計算）')!;
    expect(computed[header!.indexOf('Kohyoによる計算値')]).toBe('11.5');
  });

  it('labels the computed change of the 想定避難者数 (9%増)', () => {
    const text = textOf(page('chiba-somu/2017/shisaku-4-1-2').querySelector('main'));
    expect(text).toContain('（9%増、Kohyoによる計算）');
    expect(text).not.toMatch(/9%増）/);
  });
});

describe('〔判読不能〕 on a real strategy sheet (千葉市 施策 4-3-4: three 事務事業 names could not be read)', () => {
  const root = page('chiba-somu/2017/shisaku-4-3-4');

  it('says near the top what the marker means, in text a phone can show', () => {
    const note = root.querySelector('.reading-notes-note');
    expect(textOf(note)).toContain('元の文書（PDF）から文字を読み取れなかった箇所です');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/about/accessibility/#handoku-funo');
  });

  it('makes every marker a link to the explanation, never a title= tooltip', () => {
    const markers = root.querySelectorAll('.illegible');
    expect(markers.length).toBeGreaterThanOrEqual(3);
    for (const m of markers) {
      expect(m.tagName).toBe('A');
      expect(m.getAttribute('href')).toBe('/about/accessibility/#handoku-funo');
      expect(m.getAttribute('title')).toBeUndefined();
    }
    expect(page('about/accessibility').querySelector('#handoku-funo')).not.toBeNull();
  });
});
