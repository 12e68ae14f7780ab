/**
 * A year's release as a 課長 sees it, only through the preview link. The public site is a
 * production build of tests/fixtures/content/release-published (+ release-scenario/published),
 * served over HTTP on 127.0.0.1; the preview (release + release-scenario/preview) is built with
 * KOHYO_PRODUCTION_URL pointing at it. Between the two: a corrected figure with its change note,
 * a changed rating and a reworded sentence (keiei-kadai-2), a rating and a sentence changed
 * without a change note (keiei-kadai-6), a new draft, a new embargoed report, a report back to
 * draft and one deleted (keiei-kadai-1, -7), an unchanged report (keiei-kadai-8), and one file
 * with a content error (keiei-kadai-5, 戦略 5-2's 有効性).
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildFixture, OUTPUT_ROOT, runScript, STACK_TRACE, type RunResult } from '../fixtures/support/run.ts';
import { runAxe, formatViolations } from '../helpers/axe.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { openPage } from '../helpers/navigation.ts';
import { measureReflow } from '../helpers/reflow.ts';
import { layoutPass } from '../helpers/layout-pass.ts';
import { listPages } from '../helpers/pages.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { PREVIEW_NOW } from '../setup/build-site.ts';

const ROOT = path.join(OUTPUT_ROOT, 'k-release-scenario');
const FIXTURES = path.resolve('tests/fixtures/content');
const PUBLISHED_CONTENT = path.join(ROOT, 'published-content');
const PREVIEW_CONTENT = path.join(ROOT, 'preview-content');
const PUBLIC_SITE = path.join(ROOT, 'public-site');
const PREVIEW_SITE = path.join(ROOT, 'preview-site');
const BROKEN = 'osaka-ict/2018/keiei-kadai-5';

let publicSite: StaticServer;
let previewServer: StaticServer;
let preview: RunResult;
let browser: LaunchedBrowser;

const page = (urlPath: string): HTMLElement => parse(readFileSync(path.join(PREVIEW_SITE, urlPath, 'index.html'), 'utf8'));
const textOf = (el: HTMLElement | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const previewBuild = (env: Record<string, string>, outDir = PREVIEW_SITE) =>
  runScript('scripts/build.ts', { KOHYO_CONTENT_DIR: PREVIEW_CONTENT, KOHYO_OUT_DIR: outDir, KOHYO_CACHE_DIR: path.join(ROOT, 'cache-preview'), KOHYO_NOW: PREVIEW_NOW, ...env }, ['--preview']);

beforeAll(async () => {
  await rm(ROOT, { recursive: true, force: true });
  await cp(path.join(FIXTURES, 'release-published'), PUBLISHED_CONTENT, { recursive: true });
  await cp(path.join(FIXTURES, 'release-scenario/published'), PUBLISHED_CONTENT, { recursive: true });
  await cp(path.join(FIXTURES, 'release'), PREVIEW_CONTENT, { recursive: true });
  await cp(path.join(FIXTURES, 'release-scenario/preview'), PREVIEW_CONTENT, { recursive: true });
  assertBuilt(await buildFixture(PUBLISHED_CONTENT, PUBLIC_SITE, path.join(ROOT, 'cache-public'), { KOHYO_NOW: PREVIEW_NOW }), 'the public site');
  publicSite = await serveStatic(PUBLIC_SITE);
  preview = await previewBuild({ KOHYO_PRODUCTION_URL: `${publicSite.origin}/` });
  previewServer = await serveStatic(PREVIEW_SITE);
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await publicSite?.close();
  await previewServer?.close();
});

describe('1. compared with what is really public', () => {
  it('every production build publishes its reports index: id, URL, sha256 of report.json, count, index hash, newest date', () => {
    const index = JSON.parse(readFileSync(path.join(PUBLIC_SITE, 'reports-index.json'), 'utf8')) as { count: number; newest: string; indexHash: string; reports: { id: string; url: string; sha256: string }[] };
    expect(index.reports.map((r) => r.id)).toEqual(['osaka-ict/2018/keiei-kadai-1', 'osaka-ict/2018/keiei-kadai-2', 'osaka-ict/2018/keiei-kadai-5', 'osaka-ict/2018/keiei-kadai-6', 'osaka-ict/2018/keiei-kadai-7', 'osaka-ict/2018/keiei-kadai-8']);
    expect(index.count).toBe(6);
    expect(index.newest).toBe('2019-04-01');
    expect(index.indexHash).toMatch(/^[0-9a-f]{64}$/);
    expect(index.reports[1]).toEqual({ id: 'osaka-ict/2018/keiei-kadai-2', url: '/osaka-ict/2018/keiei-kadai-2/', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('reads the index over HTTP and fetches only the report.json files whose hash differs', () => {
    expect(preview.status, preview.output.slice(-3000)).toBe(0);
    const fetched = publicSite.requests.map((r) => r.url);
    expect(fetched.filter((u) => u === '/reports-index.json')).toHaveLength(1);
    expect(fetched.filter((u) => u.endsWith('/report.json')).sort()).toEqual(['1', '2', '5', '6', '7'].map((n) => `/osaka-ict/2018/keiei-kadai-${n}/report.json`));
  });

  it('names the base by its address and identity, never a machine path', () => {
    const index = JSON.parse(readFileSync(path.join(PUBLIC_SITE, 'reports-index.json'), 'utf8')) as { indexHash: string };
    const base = textOf(page('preview/changes').querySelector('[data-base]'));
    expect(base).toContain(`比べた公開版: ${publicSite.origin}/`);
    expect(base).toContain(`報告 6 件・一覧のハッシュ ${index.indexHash.slice(0, 12)}・最新の日付 2019年4月1日`);
    expect(readFileSync(path.join(PREVIEW_SITE, 'preview/changes/index.html'), 'utf8')).not.toContain(ROOT);
  });
});

describe('2. 「エラーのため公開できません」 first', () => {
  const sections = () => page('preview/changes').querySelectorAll('section[data-changes]');
  const section = (kind: string) => sections().find((s) => s.getAttribute('data-changes') === kind)!;

  it('is the first section, with file:line:column, the place in the document\'s terms and the message', () => {
    expect(sections().map((s) => s.getAttribute('data-changes'))[0]).toBe('unpublishable');
    const entry = textOf(section('unpublishable').querySelector(`[data-report="${BROKEN}"]`));
    expect(entry).toMatch(/keiei-kadai-5\.yaml:80:22 戦略 5-2 › 自己評価 › 戦略のアウトカムに対する有効性 \(strategies\.1\.selfEvaluation\.effectiveness\)/);
    expect(entry).toContain('「戦略のアウトカムに対する有効性」の区分は ア、イ のいずれかです');
    expect(textOf(section('unpublishable'))).toContain('npm run build は止まり');
  });

  it('says what the public site keeps meanwhile, and is never listed as disappearing', () => {
    expect(textOf(section('unpublishable').querySelector('[data-keeps-published]'))).toContain('経営課題5 情報システムの最適化');
    const removed = section('removed').querySelectorAll('[data-report]').map((el) => el.getAttribute('data-report'));
    expect(removed).toEqual(['osaka-ict/2018/keiei-kadai-1', 'osaka-ict/2018/keiei-kadai-7']);
  });

  it('has its page in the preview: the problems, then the published version, labelled', () => {
    const broken = page(BROKEN);
    expect(textOf(broken.querySelector('h1'))).toBe('経営課題5 情報システムの最適化〔エラーのため公開できません〕');
    expect(textOf(broken.querySelector('[data-unpublishable]'))).toContain('戦略 5-2 › 自己評価 › 戦略のアウトカムに対する有効性');
    const published = broken.querySelector('[data-published-version]');
    expect(textOf(published?.querySelector('h2'))).toContain('公開中の版');
    // The published 戦略 5-2 still reads ア: the version the public sees, not the broken file.
    expect(published?.querySelector('#senryaku-5-2')).not.toBeNull();
  });

  it('stays in the year listing, tagged', () => {
    const item = page('osaka-ict/2018').querySelectorAll('li').find((li) => li.querySelector(`a[href="/${BROKEN}/"]`));
    expect(textOf(item)).toBe('経営課題5 情報システムの最適化〔エラーのため公開できません〕');
  });
});

describe('3. every change readable and reachable', () => {
  const report = (id: string) => page('preview/changes').querySelector(`section[data-changes="changed"] [data-report="${id}"]`)!;

  it('shows a rating with its code and full meaning on both sides', () => {
    const rows = report('osaka-ict/2018/keiei-kadai-6').querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(textOf));
    expect(rows).toContainEqual(['自己評価 › 業績目標の達成状況（評価）', '①(i) 目標達成・取組は予定どおり実施', '①(ii) 目標達成・取組を予定どおり実施しなかった']);
  });

  it('marks changed text word by word with <del>/<ins>, not folded', () => {
    const diff = report('osaka-ict/2018/keiei-kadai-6').querySelector('[data-text-diff]')!;
    expect(diff.querySelectorAll('del').map(textOf)).toEqual(['［削除］31']);
    expect(diff.querySelectorAll('ins').map(textOf)).toEqual(['［追加］32']);
    expect(textOf(diff)).toBe('平成30年度の研修受講者は［削除］31［追加］32件であった。');
    expect(page('preview/changes').querySelector('section[data-changes="changed"] details')).toBeNull();
  });

  it('links each changed section to its anchor on the report page, and the anchor exists', () => {
    const links = report('osaka-ict/2018/keiei-kadai-6').querySelectorAll('h4 a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/osaka-ict/2018/keiei-kadai-6/#jiko-hyoka', '/osaka-ict/2018/keiei-kadai-6/#torikumi-6-1-1']);
    const target = page('osaka-ict/2018/keiei-kadai-6');
    for (const href of links) expect(target.getElementById(href!.split('#')[1]!), href!).not.toBeNull();
  });
});

describe('3. the preview\'s report page marks every changed value', () => {
  it('「変更あり」 with the published value beside the new one, linked to the section', () => {
    const box = page('osaka-ict/2018/keiei-kadai-6').querySelector('[data-page-changes]')!;
    const items = box.querySelectorAll('[data-changed-value]').map(textOf);
    expect(items).toContain('〔変更あり〕自己評価 › 業績目標の達成状況: このプレビュー「①(ii) 目標達成・取組を予定どおり実施しなかった」（公開中「①(i) 目標達成・取組は予定どおり実施」）');
    expect(items).toContain('〔変更あり〕戦略の進捗状況を踏まえた経営課題全体としての評価結果の総括: 平成30年度の研修受講者は［削除］31［追加］32件であった。');
    expect(box.querySelectorAll('h3 a').map((a) => a.getAttribute('href'))).toEqual(['#jiko-hyoka', '#torikumi-6-1-1']);
    // An unchanged report's page has no such box.
    expect(page('osaka-ict/2018/keiei-kadai-8').querySelector('[data-page-changes]')).toBeNull();
  });
});

describe('4. a correction says so', () => {
  it('flags a published report changed without a new change note, in the terminal and on the page', () => {
    expect(preview.output).toContain('警告: osaka-ict/2018/keiei-kadai-6 は公開中の内容が変わりますが、新しい更新履歴（changes:）がありません');
    const changed = page('preview/changes').querySelector('section[data-changes="changed"]')!;
    expect(changed.querySelector('[data-report="osaka-ict/2018/keiei-kadai-6"] [data-no-change-note]')).not.toBeNull();
    // keiei-kadai-2 has its note (誤 22件 → 正 23件): not flagged.
    expect(changed.querySelector('[data-report="osaka-ict/2018/keiei-kadai-2"] [data-no-change-note]')).toBeNull();
  });
});

describe('5. places named as the document names them', () => {
  it('in the terminal, with the YAML path after them', () => {
    expect(preview.output).toMatch(/keiei-kadai-5\.yaml:80:22 {2}戦略 5-2 › 自己評価 › 戦略のアウトカムに対する有効性 \(strategies\.1\.selfEvaluation\.effectiveness\) {2}エラー: /);
    expect(preview.output).not.toMatch(STACK_TRACE);
  });

  it('in the problem list of every preview page', () => {
    expect(textOf(page('').querySelector('.problem-list'))).toContain('戦略 5-2 › 自己評価 › 戦略のアウトカムに対する有効性 strategies.1.selfEvaluation.effectiveness');
  });
});

describe('6. the preview marks itself everywhere', () => {
  it('tags drafts and embargoed reports in listings and 新しい資料', () => {
    const year = page('osaka-ict/2018');
    const item = (slug: string) => textOf(year.querySelectorAll('li').find((li) => li.querySelector(`a[href="/osaka-ict/2018/${slug}/"]`)));
    expect(item('keiei-kadai-1')).toContain('〔下書き〕');
    expect(item('keiei-kadai-3')).toContain('〔公開前〕');
    expect(item('keiei-kadai-2')).not.toContain('〔');
    expect(textOf(page('').querySelector('main'))).toContain('〔下書き〕');
  });

  it('titles search results of unreleased reports with their state', () => {
    const meta = page('osaka-ict/2018/keiei-kadai-1').querySelector('[data-pagefind-meta="title[data-value]"]');
    expect(meta?.getAttribute('data-value')).toBe('〔下書き〕経営課題1 下書きの経営課題 zqxdrafttitlecanary');
  });

  it('titles its feed 【プレビュー】, gives no public og:url, and prints no notice about the public address', () => {
    expect(readFileSync(path.join(PREVIEW_SITE, 'feed.xml'), 'utf8')).toMatch(/<title>【プレビュー】/);
    expect(readFileSync(path.join(PREVIEW_SITE, 'osaka-ict/2018/keiei-kadai-1/index.html'), 'utf8')).not.toContain('og:url');
    expect(preview.output).not.toContain('KOHYO_SITE_URL');
  });
});

describe('9. the changes page prints well', () => {
  it('has an as-of line and counts that link to their sections', () => {
    const root = page('preview/changes');
    expect(textOf(root.querySelector('[data-as-of]'))).toBe('この一覧の時点: 内容の最新の日付 2019年6月1日');
    const counts = root.querySelectorAll('.changes-counts a').map((a) => a.getAttribute('href')!);
    expect(counts).toEqual(['#changes-unpublishable', '#changes-added', '#changes-changed', '#changes-removed', '#changes-embargoed', '#changes-drafts']);
    for (const href of counts) expect(root.getElementById(href.slice(1)), href).not.toBeNull();
  });

  it('passes axe and reflows at 375 px and 1280 px; printed, the diff marks are on paper', async () => {
    browser = await launchBrowser();
    const tab = await browser.context.newPage();
    for (const url of ['/preview/changes/', `/${BROKEN}/`]) {
      for (const width of [375, 1280]) {
        await tab.setViewportSize({ width, height: 800 });
        await openPage(tab, previewServer.origin + url);
        const { violations } = await runAxe(tab);
        expect(violations, formatViolations(url, violations).join('\n')).toEqual([]);
        const reflow = await measureReflow(tab);
        expect(reflow.overflowing, `${url} at ${width}px`).toEqual([]);
      }
    }
    await openPage(tab, `${previewServer.origin}/preview/changes/`);
    await tab.emulateMedia({ media: 'print' });
    const printed = await tab.evaluate(() => document.body.innerText);
    expect(printed).toContain('［削除］31');
    expect(printed).toContain('［追加］32');
  }, 120_000);
});

describe('the layout gate', () => {
  it('the changes page and the broken file\'s page: no sideways scroll, no squeezed text, h1 on the first phone screen, clean print', async () => {
    const session = await launchBrowser();
    try {
      const pages = listPages(PREVIEW_SITE).filter((p) => p.url === '/preview/changes/' || p.url === `/${BROKEN}/`);
      expect(pages).toHaveLength(2);
      const findings = await layoutPass(await session.context.newPage(), previewServer.origin, pages, { print: () => true, needsPrintHeader: () => false });
      expect(findings).toEqual([]);
    } finally {
      await session.close();
    }
  }, 180_000);
});

describe('a base that cannot be read stops the preview with its URL or file, no stack trace', () => {
  const failing = (name: string) => path.join(ROOT, `failing-${name}`);

  it('an unreachable address', async () => {
    const closed = await serveStatic(PUBLIC_SITE);
    const url = `${closed.origin}/`;
    await closed.close();
    const result = await previewBuild({ KOHYO_PRODUCTION_URL: url }, failing('unreachable'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`公開サイトに接続できません: ${url}reports-index.json`);
    expect(result.output).not.toMatch(STACK_TRACE);
  });

  it('an address without a reports index (a site built before it, or the wrong address)', async () => {
    const result = await previewBuild({ KOHYO_PRODUCTION_URL: `${publicSite.origin}/osaka-ict/` }, failing('no-index'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`公開サイトから読めません: ${publicSite.origin}/osaka-ict/reports-index.json（HTTP 404）`);
  });

  it('a missing folder, and a malformed report.json in a folder', async () => {
    const missing = await previewBuild({ KOHYO_PRODUCTION_DIR: path.join(ROOT, 'no-such-site') }, failing('missing'));
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('KOHYO_PRODUCTION_DIR のフォルダがありません');

    const copy = path.join(ROOT, 'public-copy');
    await cp(PUBLIC_SITE, copy, { recursive: true });
    await writeFile(path.join(copy, 'osaka-ict/2018/keiei-kadai-6/report.json'), '{"title": ');
    const malformed = await previewBuild({ KOHYO_PRODUCTION_DIR: copy }, failing('malformed'));
    expect(malformed.status).not.toBe(0);
    expect(malformed.output).toContain('公開中の report.json が JSON として読めません: public-copy/osaka-ict/2018/keiei-kadai-6/report.json');
    expect(malformed.output).not.toMatch(STACK_TRACE);
  });
});
