/**
 * The reviewers' preview site (`npm run build:preview`), built by tests/setup/build-site.ts from
 * the release fixture one minute before its embargo ends, compared with a production build of
 * tests/fixtures/content/release-published. Checked against the public site built from content/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { filesContaining } from '../fixtures/support/run.ts';
import { listPages } from '../helpers/pages.ts';
import { PUBLISHED_SITE_DIR } from '../setup/build-site.ts';

const previewDir = inject('previewSiteDir');
const siteDir = inject('siteDir');

const page = (dir: string, urlPath: string): HTMLElement => parse(readFileSync(path.join(dir, urlPath, 'index.html'), 'utf8'));
const textOf = (el: HTMLElement | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('every page of the preview site', () => {
  const pages = listPages(previewDir);

  it('has the pages of unreleased reports and the changes page', () => {
    const urls = pages.map((p) => p.url);
    expect(urls).toEqual(expect.arrayContaining(['/', '/osaka-ict/2018/keiei-kadai-1/', '/osaka-ict/2018/keiei-kadai-3/', '/osaka-ict/2019/keiei-kadai-1/', '/chiba-somu/2017/shisaku-4-1-2/', '/preview/changes/']));
  });

  it.each(pages.map((p) => [p.url, p.file] as const))('%s is framed as プレビュー and asks not to be indexed', (_url, file) => {
    const root = parse(readFileSync(file, 'utf8'));
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex,nofollow');
    expect(textOf(root.querySelector('title'))).toMatch(/^【プレビュー】/);
    const frame = root.querySelector('[data-preview-frame]');
    expect(textOf(frame)).toContain('プレビュー — 公開サイトではありません');
    expect(frame?.querySelector('a[href="/preview/changes/"]')).not.toBeNull();
    expect(root.querySelector('body')?.classList.contains('preview-site')).toBe(true);
  });

  it('keeps the 下書き and 公開前 banners of unreleased reports', () => {
    expect(page(previewDir, 'osaka-ict/2018/keiei-kadai-1').querySelector('.release-banner')?.getAttribute('data-release-status')).toBe('draft');
    expect(textOf(page(previewDir, 'osaka-ict/2018/keiei-kadai-3').querySelector('.release-banner'))).toContain('公開前（2019年6月1日 9:00公開予定）');
    expect(page(previewDir, 'osaka-ict/2018/keiei-kadai-2').querySelector('.release-banner')).toBeNull();
  });
});

describe('nothing of the preview site is indexed', () => {
  it('robots.txt disallows everything, _headers sends X-Robots-Tag: noindex, and there is no sitemap', () => {
    expect(readFileSync(path.join(previewDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(readFileSync(path.join(previewDir, '_headers'), 'utf8')).toMatch(/^\/\*\n {2}X-Robots-Tag: noindex, nofollow\n {2}Content-Security-Policy:/m);
    expect(existsSync(path.join(previewDir, 'sitemap.xml'))).toBe(false);
  });

  it('its search index includes the unreleased reports (decompressed)', () => {
    for (const canary of ['zqxdrafttitlecanary', 'zqxembargotitlecanary']) {
      expect(filesContaining(previewDir, canary).some((f) => f.startsWith('pagefind/') && /\.pf_/.test(f)), canary).toBe(true);
    }
  });
});

describe('the public site has none of it', () => {
  it('no frame, no noindex, no changes page; robots.txt allows and points at the sitemap; _headers has no X-Robots-Tag', () => {
    for (const { file } of listPages(siteDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toContain('data-preview-frame');
      expect(html, file).not.toContain('noindex');
      expect(html, file).not.toContain('/preview/changes/');
    }
    expect(existsSync(path.join(siteDir, 'preview'))).toBe(false);
    expect(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toContain('Allow: /\n\nSitemap: ');
    expect(readFileSync(path.join(siteDir, '_headers'), 'utf8')).not.toContain('X-Robots-Tag');
    expect(existsSync(path.join(siteDir, 'sitemap.xml'))).toBe(true);
  });
});

describe('/preview/changes/: what publishing would change', () => {
  const root = page(previewDir, 'preview/changes');
  const sections = root.querySelectorAll('section[data-changes]');
  const section = (kind: string) => sections.find((s) => s.getAttribute('data-changes') === kind)!;
  const reportsIn = (kind: string) => section(kind).querySelectorAll('[data-report]').map((el) => el.getAttribute('data-report'));

  it('lists new, changed, disappearing and embargoed reports in that order (then drafts)', () => {
    expect(sections.map((s) => s.getAttribute('data-changes'))).toEqual(['added', 'changed', 'removed', 'embargoed', 'drafts', 'undated']);
    expect(reportsIn('added')).toEqual(['osaka-ict/2018/keiei-kadai-4']);
    expect(reportsIn('changed')).toEqual(['osaka-ict/2018/keiei-kadai-2']);
    // Published before, back to draft now: it would disappear from the public site.
    expect(reportsIn('removed')).toEqual(['osaka-ict/2018/keiei-kadai-1']);
    expect(textOf(section('embargoed'))).toContain('経営課題3 公開前の経営課題 zqxembargotitlecanary（大阪市 ICT戦略室・2018年度）— 公開予定: 2019年6月1日 9:00');
    expect(reportsIn('drafts')).toEqual(['chiba-somu/2017/shisaku-4-1-2', 'osaka-ict/2018/keiei-kadai-1', 'osaka-ict/2019/keiei-kadai-1']);
  });

  it('names no published report as missing from the feeds: each has publishAt or a change note', () => {
    expect(reportsIn('undated')).toEqual([]);
    expect(textOf(section('undated'))).toContain('ありません。');
  });

  it('shows the changed sections with old and new values of figures and ratings', () => {
    const report = section('changed').querySelector('[data-report="osaka-ict/2018/keiei-kadai-2"]')!;
    const headings = report.querySelectorAll('h4').map(textOf);
    // The preview's 取組 2-1-1 has lost its 改善策 (as the real document leaves it empty).
    expect(headings).toEqual(['更新履歴', '自己評価', '指標', 'めざす成果及び戦略 2-1', '具体的取組 2-1-1']);
    const rows = report.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(textOf));
    expect(rows).toContainEqual(['「インシデント発生件数」 › 値 › 平成29年度（2017年度） › 値（数値）', '22件', '23件']);
    expect(rows).toContainEqual(['自己評価 › 戦略の進捗状況（評価）', 'a 順調', 'b 順調でない']);
    expect(rows).toContainEqual(['2019-05-20（項目）', '（なし）', '2019-05-20: 平成29年度のインシデント発生件数を訂正しました（誤 22件 → 正 23件）。']);
    // The reworded 総括 as one passage, the removed and added words marked.
    expect(textOf(report.querySelector('[data-change-kind="text"] [data-text-diff]'))).toContain('高度な知見を有する人材［削除］の採用を［削除］進めている［追加］採用することができなかったため、計画どおりに進捗していない。');
  });

  it('was computed from the production output\'s report.json files (the changed figure is in them)', () => {
    const published = JSON.parse(readFileSync(path.join(PUBLISHED_SITE_DIR, 'osaka-ict/2018/keiei-kadai-2/report.json'), 'utf8')) as { indicators: { points: { fiscalYear: number; value: number }[] }[] };
    expect(published.indicators[0]!.points.find((p) => p.fiscalYear === 2017)!.value).toBe(22);
    expect(root.querySelector('[data-production-missing]')).toBeNull();
  });
});
