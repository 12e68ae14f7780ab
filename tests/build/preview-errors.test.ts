/**
 * `npm run build:preview` with a content mistake: the preview is still built (reviewers see the
 * mistake instead of a stale site), every page lists the problem with file:line:column, field and
 * message, and the terminal prints it once. The production build of the same content stops
 * (tests/unit/content/broken-corpus.test.ts, tests/build/atomic.test.ts).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDirs, runScript, STACK_TRACE, type RunResult } from '../fixtures/support/run.ts';
import { listPages } from '../helpers/pages.ts';

const CONTENT = path.resolve('tests/fixtures/broken/missing-field');
const expected = JSON.parse(readFileSync(path.join(CONTENT, 'expected.json'), 'utf8')) as { file: string; line: number; column: number; field: string; message: string };
const where = `${path.relative(process.cwd(), path.join(CONTENT, expected.file)).split(path.sep).join('/')}:${expected.line}:${expected.column}`;
const dirs = buildDirs('preview-errors');
let result: RunResult;

beforeAll(async () => {
  await rm(path.dirname(dirs.outDir), { recursive: true, force: true });
  result = await runScript('scripts/build.ts', { KOHYO_CONTENT_DIR: CONTENT, KOHYO_OUT_DIR: dirs.outDir, KOHYO_CACHE_DIR: dirs.cacheDir }, ['--preview']);
}, 300_000);

describe('a preview build with a content mistake', () => {
  it('is built, and prints the problem once, without a stack trace', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output.split('\n').filter((line) => line.includes(where))).toHaveLength(1);
    expect(result.output).toContain('プレビューはこの問題の一覧を各ページに表示して作ります');
    expect(result.output).not.toMatch(STACK_TRACE);
  });

  it('shows the problem on every page: file:line:column, field, message in Japanese and English', () => {
    const pages = listPages(dirs.outDir);
    expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/about/ratings/', '/preview/changes/']));
    for (const { url, file } of pages) {
      // Read without the scoped-style attributes Astro adds (data-astro-cid-…).
      const html = readFileSync(file, 'utf8').replace(/ data-astro-cid-\w+/g, '');
      expect(html, url).toContain('data-content-problems="1"');
      // The place in the document's terms (名称), then the YAML path.
      expect(html, url).toContain(`<code>${where}</code> 名称 <code>${expected.field}</code>`);
      expect(html, url).toMatch(new RegExp(`${expected.message}[^<]* / `));
    }
  });

  it('says at the top of the changes page, in plain words, that there was no base (no local dist/ is used)', () => {
    expect(result.output).toContain('KOHYO_PRODUCTION_URL（公開サイトのアドレス）も KOHYO_PRODUCTION_DIR も未設定');
    const html = readFileSync(path.join(dirs.outDir, 'preview/changes/index.html'), 'utf8');
    expect(html).toMatch(/<p class="changes-warning" data-production-missing[^>]*><strong[^>]*>公開中の版と比べていません。<\/strong>/);
  });

  it('keeps the broken report\'s page: its problems, and says no published version can be shown', () => {
    const html = readFileSync(path.join(dirs.outDir, 'osaka-ict/2018/keiei-kadai-2/index.html'), 'utf8');
    expect(html).toContain('data-unpublishable="osaka-ict/2018/keiei-kadai-2"');
    expect(html).toContain('公開中の版と比べていない');
  });
});
