/**
 * The synthetic 3-year fixture (tests/fixtures/content/multi-year), built like the real site:
 * continuing-report pages, 前年度 / 翌年度 links, the merged series with its revised figure and
 * CSV, the renumbered 経営課題, figure pages and the rating-check list.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../helpers/pages.ts';
import { sitemapPageUrls } from '../helpers/sitemap.ts';

const siteDir = inject('multiYearSiteDir');
const page = (urlPath: string): HTMLElement => parse(readFileSync(path.join(siteDir, urlPath, 'index.html'), 'utf8'));
const textOf = (el: HTMLElement | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (table: HTMLElement): string[][] => table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(textOf));
const tableCaptioned = (root: HTMLElement, caption: string): HTMLElement => {
  const table = root.querySelectorAll('table').find((t) => textOf(t.querySelector('caption')).includes(caption));
  if (!table) throw new Error(`no table captioned ${caption}`);
  return table;
};


/** The footer's publisher and terms as 「発行者」 → value. */
const termsOf = (root: HTMLElement): Record<string, string> => Object.fromEntries(root.querySelectorAll('footer .site-terms div').map((d) => [textOf(d.querySelector('dt')), textOf(d.querySelector('dd'))]));

describe('continuing-report pages', () => {
  it('exist for each report with two or more years, and not for single-year ones', () => {
    const urls = listPages(siteDir).map((p) => p.url);
    expect(urls).toEqual(expect.arrayContaining(['/test-city/keiei-kadai-1/', '/test-city/keiei-kadai-2/', '/test-city/shisaku-4-1-2/']));
    expect(urls).not.toContain('/test-city/keiei-kadai-3/');
    expect(urls).not.toContain('/test-city/keiei-kadai-2-2019/');
  });

  it('show the title of each year with the change in words', () => {
    const root = page('test-city/keiei-kadai-2');
    expect(textOf(root.querySelector('h1'))).toBe('経営課題3 情報システムのマネジメント強化（年度ごとの推移）');
    expect(rows(tableCaptioned(root, '年度ごとの報告と名称')).map((r) => [r[0], r[2]])).toEqual([
      ['平成30年度（2018年度）', '（最初の年度）'],
      ['令和元年度（平成31年度・2019年度）', '前の年度から番号が変わりました'],
      ['令和2年度（2020年度）', '変更なし'],
    ]);
    expect(rows(tableCaptioned(page('test-city/keiei-kadai-1'), '年度ごとの報告と名称'))[2]![2]).toBe('前の年度から名称が変わりました');
  });

  it('show every rating year by year with code, meaning and the change in words', () => {
    const table = tableCaptioned(page('test-city/keiei-kadai-1'), '評価の推移');
    const achievement = rows(table).find((r) => r[1] === '業績目標の達成状況（自己評価）')!;
    expect(achievement[2]).toContain('③ 撤退基準未達成');
    expect(achievement[3]).toContain('①(i) 目標達成・取組は予定どおり実施');
    expect(achievement[3]).toContain('前の年度より良い評価');
    expect(achievement[4]).toContain('②(i) 目標未達成');
    expect(achievement[4]).toContain('前の年度より悪い評価');
    // The arrows repeat the words for sighted readers and are hidden from screen readers.
    for (const arrow of table.querySelectorAll('.rating-change span')) expect(arrow.getAttribute('aria-hidden')).toBe('true');
  });

  it('show each indicator as one series: the revised figure from the later document, both documents named', () => {
    const root = page('test-city/keiei-kadai-1');
    expect(root.querySelectorAll('.merged-series figure svg')).toHaveLength(2);
    const table = tableCaptioned(root, '試験インシデント件数（単位：件）の年度ごとの値と出典');
    const revised = rows(table).find((r) => r[0] === '平成30年度')!;
    expect(revised[1]).toBe('21');
    expect(revised[3]).toBe('令和2年度の文書');
    expect(revised[4]).toBe('改訂あり: 令和元年度（平成31年度）の文書では 21、平成30年度の文書では 19');
    const csvLink = root.querySelectorAll('a').find((a) => a.getAttribute('href') === '/test-city/keiei-kadai-1/incidents.csv');
    expect(csvLink, 'a link to the merged CSV').toBeDefined();
    const csv = readFileSync(path.join(siteDir, 'test-city/keiei-kadai-1/incidents.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // One column layout with every figure CSV; each row under its own document's year and title.
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('組織,文書種別,文書年度（西暦）,文書年度（和暦）,報告,掲載箇所,指標ID,指標名,単位,種類,年度（西暦）,年度（和暦）,項目,目標の向き,値,時点,採用,備考,Kohyoによる計算値');
    expect(csv).toContain('試験市 情報政策課,運営方針,2018,平成30年度,経営課題1 情報セキュリティの確保,');
    expect(csv).toContain(',値,2018,平成30年度,,,19,,不採用,改訂あり・令和元年度（平成31年度）の文書で21件に改訂,\r\n');
    expect(csv).toContain(',値,2018,平成30年度,,,21,,採用,改訂あり,\r\n');
  });

  it('show budgets by year, with another document\'s differing amount beside the shown one', () => {
    const table = tableCaptioned(page('test-city/keiei-kadai-1'), '予算・決算の推移（具体的取組 1-1-1');
    const row = rows(table).find((r) => r[0] === '平成30年度（2018年度）' && r[1] === '予算額')!;
    // One unit for comparing; the printed form stays beside the converted amount.
    expect(row.slice(2)).toEqual(['2,500,000円', '令和元年度（平成31年度）の文書', '平成30年度の文書では 2,000,000円（文書の表記は 2百万円、換算はKohyoによる計算）']);
  });
});

describe('report pages link to their other years', () => {
  it('gives 前年度 and 翌年度 across the renumbering, and the list of years', () => {
    const nav = page('test-city/2019/keiei-kadai-3').querySelector('nav.other-years')!;
    const links = nav.querySelectorAll('a').map((a) => [a.getAttribute('href'), textOf(a)]);
    expect(links).toContainEqual(['/test-city/2018/keiei-kadai-2/', '← 前年度: 平成30年度（2018年度） 経営課題2 情報システムのマネジメント強化']);
    expect(links).toContainEqual(['/test-city/2020/keiei-kadai-3/', '翌年度: 令和2年度（2020年度） 経営課題3 情報システムのマネジメント強化 →']);
    expect(links).toContainEqual(['/test-city/keiei-kadai-2/', '全年度をまとめて見る（評価・指標・予算の推移）']);
    expect(textOf(nav.querySelector('[aria-current="page"]'))).toContain('令和元年度（平成31年度・2019年度） 経営課題3');
  });

  it('has no other-years block on a report with a single year', () => {
    expect(page('test-city/2019/keiei-kadai-2').querySelector('nav.other-years')).toBeNull();
  });

  it('says on the new holder of a renumbered report\'s number where the old one went', () => {
    const note = page('test-city/2019/keiei-kadai-2').querySelector('.number-moved');
    expect(textOf(note)).toBe('この報告は、平成30年度（2018年度）の「経営課題2 情報システムのマネジメント強化」とは別の報告です。平成30年度（2018年度）の報告は、令和元年度（平成31年度・2019年度）の経営課題3 情報システムのマネジメント強化として続いています。');
    expect(note!.querySelector('a')!.getAttribute('href')).toBe('/test-city/2019/keiei-kadai-3/');
    expect(page('test-city/2019/keiei-kadai-3').querySelector('.number-moved')).toBeNull();
  });
});

describe('rating checks', () => {
  it('sit next to the self-evaluation they concern and say plainly when they disagree', () => {
    const section = page('test-city/2019/keiei-kadai-1').querySelector('#senryaku-1-1')!.parentNode as HTMLElement;
    const note = section.querySelectorAll('.rating-check').find((n) => textOf(n).includes('試験インシデント件数'))!;
    expect(textOf(note)).toContain('目標 18件以下（18件以下）、平成31年度の実績 15件 → 達成（Kohyoによる計算）');
    expect(textOf(note)).toContain('アウトカムの達成状況（全体）: B 順調でない');
    expect(textOf(note)).toContain('不一致: 計算結果と自己評価は一致しません。「不一致」は、評価が誤っているという意味ではありません。');
    // The declared rating itself is shown as recorded.
    expect(textOf(section.querySelector('table.outcome-table'))).toContain('B 順調でない');
  });

  it('are all listed under /checks/, one page per organisation and year, by agreement, with links to the report and the figure', () => {
    // The summary page counts them and links the organisation, whose page links its years.
    expect(textOf(page('checks').querySelector('main'))).toContain('不一致 1件・一致 2件・判定できない 1件');
    const years = page('checks/test-city').querySelectorAll('main li a').map((a) => a.getAttribute('href') ?? '');
    const yearPages = years.filter((href) => /^\/checks\/test-city\/\d{4}\/$/.test(href)).map((href) => page(href.slice(1, -1)));
    expect(yearPages.length).toBeGreaterThan(0);
    // A verdict without comparisons in a year says 該当なし instead of a table.
    const count = (id: string) => yearPages.reduce((n, root) => {
      const table = root.querySelector(`#${id}`)!.parentNode!.querySelector('table');
      return n + (table ? rows(table).length : 0);
    }, 0);
    expect([count('disagree'), count('agree'), count('cannotJudge')]).toEqual([1, 2, 1]);
    const hrefs = yearPages.flatMap((root) => root.querySelectorAll('table a').map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/test-city/2019/keiei-kadai-1/#senryaku-1-1');
    expect(hrefs).toContain('/test-city/2019/keiei-kadai-1/#torikumi-1-1-1');
    expect(hrefs).toContain('/test-city/2020/keiei-kadai-1/figures/incidents/');
    expect(yearPages.map((root) => textOf(root.querySelector('#cannotJudge')!.parentNode as HTMLElement)).join('\n')).toContain('判定できません（実績値なし）');
  });
});

describe('figure pages', () => {
  it('exist for every indicator of every report, with their data files', () => {
    for (const dir of ['test-city/2018/keiei-kadai-1/figures/incidents', 'test-city/2019/keiei-kadai-1/figures/training-rate', 'test-city/2019/shisaku-4-1-2/figures/stockpile']) {
      for (const file of ['index.html', 'data.csv', 'data.json']) expect(existsSync(path.join(siteDir, dir, file)), `${dir}/${file}`).toBe(true);
    }
  });
});

describe('sitemap of the multi-year site', () => {
  it('lists every built page, continuing-report and figure pages included', () => {
    const listed = sitemapPageUrls(siteDir).map((loc) => new URL(loc).pathname).sort();
    // Embed pages are for other sites' frames, not for the sitemap.
    const built = listPages(siteDir).map((p) => p.url).filter((u) => u.endsWith('/') && !u.endsWith('/embed/')).sort();
    expect(listed).toEqual(built);
    expect(listed).toContain('/test-city/keiei-kadai-2/');
  });
});

describe('figures a journalist can cite and share', () => {
  const figureDir = 'test-city/2018/keiei-kadai-1/figures/incidents';

  it('flag a revised figure wherever the older figure stands: report page, figure page, CSV and JSON', () => {
    const expected = 'この文書の平成30年度の値 19件 は、令和元年度（平成31年度）の文書で21件に改訂されています。';
    for (const url of ['test-city/2018/keiei-kadai-1', figureDir]) {
      const note = page(url).querySelector('.indicator-figure__revised');
      expect(textOf(note), url).toContain(expected);
      expect(note!.querySelector('a')!.getAttribute('href')).toBe('/test-city/keiei-kadai-1/');
    }
    const csv = readFileSync(path.join(siteDir, figureDir, 'data.csv'), 'utf8');
    expect(csv).toContain(',値,2018,平成30年度,,,19,,,令和元年度（平成31年度）の文書で21件に改訂,\r\n');
    const json = JSON.parse(readFileSync(path.join(siteDir, figureDir, 'data.json'), 'utf8'));
    expect(json.revisedByLaterDocuments).toEqual([{ fiscalYear: 2018, value: 21, documentYear: 2019, text: '令和元年度（平成31年度）の文書で21件に改訂' }]);
    // The newest document's figures are not flagged.
    expect(page('test-city/2020/keiei-kadai-1').querySelector('.indicator-figure__revised')).toBeNull();
  });

  it('link the series page from every figure page of a continuing report', () => {
    const links = page(figureDir).querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/test-city/keiei-kadai-1/');
  });

  it('cite the organisation, document and year, the original document, the publisher and the absolute page URL', () => {
    const citation = textOf(page(figureDir).querySelector('[data-citation]'));
    expect(citation).toBe('試験市 情報政策課「運営方針（平成30年度）」経営課題1 情報セキュリティの確保、図表「試験インシデント件数」（めざす成果及び戦略 1-1）。原本: 試験市 運営方針（平成30年度） https://www.city.example.jp/unei-hoshin-2018.pdf。試験市 評価資料アーカイブ（発行者: 試験市 総務局 行政改革課（架空）） https://hyoka.example.jp/test-city/2018/keiei-kadai-1/figures/incidents/（閲覧日: 引用した日を記入）');
    const json = JSON.parse(readFileSync(path.join(siteDir, figureDir, 'data.json'), 'utf8'));
    expect(json.publisher).toBe('試験市 総務局 行政改革課（架空）');
    expect(json.licence.name).toBe('政府標準利用規約（第2.0版）');
    expect(json.source).toEqual({ title: '試験市 運営方針（平成30年度）', url: 'https://www.city.example.jp/unei-hoshin-2018.pdf' });
  });

  it('state publisher and terms in the footer of every page', () => {
    for (const { url } of listPages(siteDir).filter((p) => p.file.endsWith('index.html') && !p.url.endsWith('/embed/'))) {
      const terms = termsOf(page(url));
      expect(terms['発行者'], url).toBe('試験市 総務局 行政改革課（架空）');
      expect(terms['利用条件'], url).toBe('政府標準利用規約（第2.0版）');
    }
  });

  it('share with an absolute og:url, canonical, a large image and the city in og:title', () => {
    const head = page(figureDir).querySelector('head')!;
    const meta = (property: string) => head.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
    expect(head.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`https://hyoka.example.jp/${figureDir}/`);
    expect(meta('og:url')).toBe(`https://hyoka.example.jp/${figureDir}/`);
    expect(meta('og:image')).toBe(`https://hyoka.example.jp/${figureDir}/chart.png`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:title')).toContain('試験市');
    // The report page shares its first figure's image.
    expect(page('test-city/2018/keiei-kadai-1').querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(/^https:\/\/hyoka\.example\.jp\/test-city\/2018\/keiei-kadai-1\/figures\/[a-z0-9-]+\/chart\.png$/);
  });

  it('offer the chart as SVG and a 1200 × 630 PNG, and an embed page with a ready <iframe>', () => {
    const svg = readFileSync(path.join(siteDir, figureDir, 'chart.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title id="chart-title">試験インシデント件数（件）</title>');
    const png = readFileSync(path.join(siteDir, figureDir, 'chart.png'));
    // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const snippet = page(figureDir).querySelector('textarea.embed-code')!.textContent;
    expect(snippet).toContain(`<iframe src="https://hyoka.example.jp/${figureDir}/embed/"`);
    const embed = page(`${figureDir}/embed`);
    expect(embed.querySelector('figure svg')).not.toBeNull();
    expect(textOf(embed.querySelector('.embed-source'))).toContain('試験市 情報政策課「運営方針（平成30年度）」');
  });
});

describe('continuity in words', () => {
  it('lists every rating in the series table, 中間振り返り and アウトカム「個別」 included, without YAML keys in the text', () => {
    const root = page('test-city/keiei-kadai-1');
    const ratings = rows(tableCaptioned(root, '評価の推移')).map((r) => r[1]);
    expect(ratings).toEqual(expect.arrayContaining(['業績目標の達成状況（中間振り返り）', 'アウトカムの達成状況（個別・1行目）']));
    expect(textOf(root.querySelector('main'))).not.toContain('continues');
    expect(textOf(page('test-city/shisaku-4-1-2').querySelector('main > .container > p:not(.report-meta)'))).toContain('同じ施策の');
  });
});
