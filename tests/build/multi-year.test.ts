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
      ['平成31年度（2019年度）', '前の年度から番号が変わりました'],
      ['令和2年度（2020年度）', '変更なし'],
    ]);
    expect(rows(tableCaptioned(page('test-city/keiei-kadai-1'), '年度ごとの報告と名称'))[2]![2]).toBe('前の年度から名称が変わりました');
  });

  it('show every rating year by year with code, meaning and the change in words', () => {
    const table = tableCaptioned(page('test-city/keiei-kadai-1'), '評価の推移');
    const achievement = rows(table).find((r) => r[1]!.startsWith('業績目標の達成状況'))!;
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
    expect(revised[4]).toBe('改訂あり: 平成31年度の文書では 21、平成30年度の文書では 19');
    const csvLink = root.querySelectorAll('a').find((a) => a.getAttribute('href') === '/test-city/keiei-kadai-1/incidents.csv');
    expect(csvLink, 'a link to the merged CSV').toBeDefined();
    const csv = readFileSync(path.join(siteDir, 'test-city/keiei-kadai-1/incidents.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(',値,2018,平成30年度,19,,2018,平成30年度,不採用,改訂あり\r\n');
    expect(csv).toContain(',値,2018,平成30年度,21,,2020,令和2年度,採用,改訂あり\r\n');
  });

  it('show budgets by year, with another document\'s differing amount beside the shown one', () => {
    const table = tableCaptioned(page('test-city/keiei-kadai-1'), '予算・決算の推移（具体的取組 1-1-1');
    const row = rows(table).find((r) => r[0] === '平成30年度（2018年度）' && r[1] === '予算額')!;
    expect(row.slice(2)).toEqual(['2,500,000円', '平成31年度の文書', '平成30年度の文書では 2百万円']);
  });
});

describe('report pages link to their other years', () => {
  it('gives 前年度 and 翌年度 across the renumbering, and the list of years', () => {
    const nav = page('test-city/2019/keiei-kadai-3').querySelector('nav.other-years')!;
    const links = nav.querySelectorAll('a').map((a) => [a.getAttribute('href'), textOf(a)]);
    expect(links).toContainEqual(['/test-city/2018/keiei-kadai-2/', '← 前年度: 平成30年度（2018年度） 経営課題2 情報システムのマネジメント強化']);
    expect(links).toContainEqual(['/test-city/2020/keiei-kadai-3/', '翌年度: 令和2年度（2020年度） 経営課題3 情報システムのマネジメント強化 →']);
    expect(links).toContainEqual(['/test-city/keiei-kadai-2/', '全年度をまとめて見る（評価・指標・予算の推移）']);
    expect(textOf(nav.querySelector('[aria-current="page"]'))).toContain('平成31年度（2019年度） 経営課題3');
  });

  it('has no other-years block on a report with a single year', () => {
    expect(page('test-city/2019/keiei-kadai-2').querySelector('nav.other-years')).toBeNull();
  });
});

describe('rating checks', () => {
  it('sit next to the self-evaluation they concern and say plainly when they disagree', () => {
    const section = page('test-city/2019/keiei-kadai-1').querySelector('#senryaku-1-1')!.parentNode as HTMLElement;
    const note = section.querySelectorAll('.rating-check').find((n) => textOf(n).includes('試験インシデント件数'))!;
    expect(textOf(note)).toContain('目標 18件以下（18件以下）、平成31年度の実績 15件 → 達成（Kohyoによる計算）');
    expect(textOf(note)).toContain('アウトカムの達成状況（全体）: B 順調でない');
    expect(textOf(note)).toContain('不一致: 計算結果と自己評価は一致しません。');
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
    const built = listPages(siteDir).map((p) => p.url).filter((u) => u.endsWith('/')).sort();
    expect(listed).toEqual(built);
    expect(listed).toContain('/test-city/keiei-kadai-2/');
  });
});
