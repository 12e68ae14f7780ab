/**
 * Production builds publish only released entries. The fixture tests/fixtures/content/release has
 * a published report and drafts / embargoed files whose text carries canary strings (zqx…canary).
 * No canary, page or link of an unreleased entry may appear anywhere in the output: every file is
 * read, Pagefind's gzip index files decompressed. A rehearsal build at the publish time
 * (KOHYO_NOW) shows the same search does find the canary once it is released, so absence is real.
 * The preview site (`npm run build:preview`, built by tests/setup/build-site.ts from the same
 * fixture at the same time) has every canary: the two outputs never mix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { assertBuilt, buildDirs, buildFixture, filesContaining, listFiles } from '../fixtures/support/run.ts';
import { checkAtom } from '../helpers/atom.ts';
import { PREVIEW_CONTENT, PREVIEW_NOW } from '../setup/build-site.ts';

const CONTENT = 'tests/fixtures/content/release';
const DRAFT_CANARIES = ['zqxdrafttitlecanary', 'zqxdraftbodycanary', 'zqxdraftseriescanary', 'zqxdraftyearcanary', 'zqxdraftmeasurecanary'];
const EMBARGO_CANARIES = ['zqxembargotitlecanary', 'zqxembargobodycanary'];
const FUTURE_CANARIES = ['zqxfuturesheetcanary'];
/** URL paths of the unreleased entries, as pages, links or index entries would carry them. */
const DRAFT_PATHS = ['osaka-ict/2018/keiei-kadai-1', 'osaka-ict/2019', 'chiba-somu/2017'];
const EMBARGO_PATHS = ['osaka-ict/2018/keiei-kadai-3'];

/** The warning the check gives for the published fixture (③ with no 改善策), as staff read it. */
const WARNING_LINE = `${CONTENT}/osaka-ict/2018/keiei-kadai-2.yaml:70:11  戦略 2-1 › 具体的取組 2-1-1 › 自己評価 › 改善策 (strategies.0.initiatives.0.selfEvaluation.improvements)  警告: 自己評価の改善策が書かれていません。`;

const before = buildDirs('release-before');
let beforeLog = '';
const at = buildDirs('release-at');

beforeAll(async () => {
  await rm(path.dirname(before.outDir), { recursive: true, force: true });
  await rm(path.dirname(at.outDir), { recursive: true, force: true });
  // One minute before and exactly at 2019年6月1日 9:00 JST (publishAt: 2019-06-01T09:00, no zone).
  const built = await buildFixture(CONTENT, before.outDir, before.cacheDir, { KOHYO_NOW: '2019-06-01T08:59+09:00' });
  assertBuilt(built, 'build before the release');
  beforeLog = built.output;
  assertBuilt(await buildFixture(CONTENT, at.outDir, at.cacheDir, { KOHYO_NOW: '2019-06-01T09:00+09:00' }), 'build at the release');
}, 300_000);

describe('production build before the release time', () => {
  it('publishes the released report', () => {
    expect(existsSync(path.join(before.outDir, 'osaka-ict/2018/keiei-kadai-2/index.html'))).toBe(true);
  });

  it('names the documents\' 必須 rules left empty in its log, and publishes the report without the staff box', () => {
    expect(beforeLog).toContain(WARNING_LINE);
    expect(beforeLog).toContain('エラー 0 件、警告 1 件');
    // (The label text itself is in the search page's script bundle with the other labels.)
    const pages = (text: string) => filesContaining(before.outDir, text).filter((f) => f.endsWith('.html'));
    expect(pages('class="content-warnings"')).toEqual([]);
    expect(pages('確認が必要な箇所')).toEqual([]);
    expect(pages('自己評価の改善策が書かれていません')).toEqual([]);
  });

  it.each([...DRAFT_CANARIES, ...EMBARGO_CANARIES, ...FUTURE_CANARIES])('%s appears in no file (pages, listings, search index, data, sitemap, feeds)', (canary) => {
    expect(listFiles(before.outDir).length).toBeGreaterThan(5);
    expect(filesContaining(before.outDir, canary)).toEqual([]);
  });

  it.each([...DRAFT_PATHS, ...EMBARGO_PATHS])('no page, link or index entry for %s', (urlPath) => {
    expect(existsSync(path.join(before.outDir, urlPath))).toBe(false);
    expect(filesContaining(before.outDir, `/${urlPath}/`)).toEqual([]);
  });
});

describe('release rehearsal with KOHYO_NOW at the publish time', () => {
  it('publishes the embargoed report: page, listing link and search index', () => {
    expect(existsSync(path.join(at.outDir, 'osaka-ict/2018/keiei-kadai-3/index.html'))).toBe(true);
    const found = filesContaining(at.outDir, 'zqxembargotitlecanary');
    expect(found).toContain('osaka-ict/2018/keiei-kadai-3/index.html');
    // The same search that found nothing before finds it in the decompressed Pagefind index.
    expect(found.some((f) => f.startsWith('pagefind/') && /\.pf_/.test(f))).toBe(true);
    expect(filesContaining(at.outDir, '/osaka-ict/2018/keiei-kadai-3/').length).toBeGreaterThan(1);
  });

  it.each([...DRAFT_CANARIES, ...FUTURE_CANARIES])('still leaves out %s', (canary) => {
    expect(filesContaining(at.outDir, canary)).toEqual([]);
  });
});

describe('the preview and the production output of the same content never mix', () => {
  const previewDir = inject('previewSiteDir');

  it('the preview was built from the same content at the same time as the production build above', () => {
    expect(PREVIEW_CONTENT).toBe(path.resolve(CONTENT));
    expect(PREVIEW_NOW).toBe('2019-06-01T08:59+09:00');
  });

  it.each([...DRAFT_CANARIES, ...EMBARGO_CANARIES])('%s is in the preview (page and decompressed search index) and in no production file', (canary) => {
    const inPreview = filesContaining(previewDir, canary);
    expect(inPreview.some((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))).toBe(true);
    expect(inPreview.some((f) => f.startsWith('pagefind/') && /\.pf_/.test(f))).toBe(true);
    expect(filesContaining(before.outDir, canary)).toEqual([]);
  });

  it('the production output has a sitemap, feeds and data, and none of them mention an unreleased report', () => {
    for (const file of ['sitemap.xml', 'sitemaps/1.xml', 'feed.xml', 'osaka-ict/feed.xml', 'osaka-ict/2018/keiei-kadai-2/report.json']) {
      const text = readFileSync(path.join(before.outDir, file), 'utf8');
      for (const urlPath of [...DRAFT_PATHS, ...EMBARGO_PATHS]) expect(text, file).not.toContain(`/${urlPath}/`);
    }
  });
});

describe('change notes and feeds of the production build', () => {
  it('the report page shows 最終更新日 and 更新履歴 newest first, and report.json carries the notes', () => {
    const html = readFileSync(path.join(before.outDir, 'osaka-ict/2018/keiei-kadai-4/index.html'), 'utf8');
    expect(html).toMatch(/最終更新日 <a href="#koshin-rireki"><time datetime="2019-05-10">2019年5月10日<\/time><\/a>/);
    expect(html).toContain('公開日 <time datetime="2019-04-01">2019年4月1日</time>');
    const notes = [...html.matchAll(/<p class="change-note-date"[^>]*><time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(notes).toEqual(['2019-05-10', '2019-04-15']);
    const json = JSON.parse(readFileSync(path.join(before.outDir, 'osaka-ict/2018/keiei-kadai-4/report.json'), 'utf8'));
    expect(json.changes).toEqual([
      { date: '2019-04-15', note: '誤字を直しました（「インシデント」）。' },
      { date: '2019-05-10', note: '取組 4-1-1 の自己評価に「改善策」を追記しました。' },
    ]);
  });

  it('/feed.xml lists the published reports and their change notes newest first, dated from the content', () => {
    const atom = checkAtom(readFileSync(path.join(before.outDir, 'feed.xml'), 'utf8'));
    expect(atom.problems).toEqual([]);
    expect(atom.entries.map((e) => `${e.updated} ${e.title}`)).toEqual([
      '2019-05-20T00:00:00+09:00 更新: 経営課題2 情報セキュリティ管理体制の実効性確保（大阪市 ICT戦略室）',
      '2019-05-10T00:00:00+09:00 更新: 経営課題4 新しく公開する経営課題（大阪市 ICT戦略室）',
      '2019-04-15T00:00:00+09:00 更新: 経営課題4 新しく公開する経営課題（大阪市 ICT戦略室）',
      '2019-04-01T09:00:00+09:00 公開: 経営課題4 新しく公開する経営課題（大阪市 ICT戦略室）',
    ]);
    expect(atom.updated).toBe('2019-05-20T00:00:00+09:00');
    expect(atom.entries[0]!.content).toContain('誤 22件 → 正 23件');
  });

  it('the rehearsal at the publish time adds the embargoed report to the feed at its publishAt', () => {
    const atom = checkAtom(readFileSync(path.join(at.outDir, 'feed.xml'), 'utf8'));
    expect(atom.problems).toEqual([]);
    expect(atom.entries[0]).toMatchObject({ updated: '2019-06-01T09:00:00+09:00', published: '2019-06-01T09:00:00+09:00' });
    expect(atom.entries[0]!.title).toContain('zqxembargotitlecanary');
  });
});
