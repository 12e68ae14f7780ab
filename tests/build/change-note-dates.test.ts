/**
 * Change-note dates against time: a note dated after the build's "now" (KOHYO_NOW) and one dated
 * before the report's fiscal year are warnings naming changes.N.date; the future note stays out of
 * the public site (feeds, 最終更新日, 更新履歴, report.json) until its date, and appears once it is.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildFixture, OUTPUT_ROOT, runScript, STACK_TRACE, type RunResult } from '../fixtures/support/run.ts';

const root = path.join(OUTPUT_ROOT, 'k-change-dates');
const content = path.join(root, 'content');
const report = 'osaka-ict/2018/keiei-kadai-2';
const before = { out: path.join(root, 'before', 'site'), cache: path.join(root, 'before', 'cache') };
const after = { out: path.join(root, 'after', 'site'), cache: path.join(root, 'after', 'cache') };
const NOW = '2019-06-01T09:00+09:00';

let built: RunResult;
let builtLater: RunResult;
const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(path.resolve('tests/fixtures/content/valid'), content, { recursive: true });
  const file = path.join(content, `${report}.yaml`);
  const text = await readFile(file, 'utf8');
  // changes.0: a real note; changes.1: dated after the build; changes.2: before 平成30年度 began (2018-04-01).
  const notes = 'changes:\n  - date: 2019-05-10\n    note: 誤字を直しました。\n  - date: 2030-01-10\n    note: 未来の日付の更新です。\n  - date: 2018-03-31\n    note: 年度より前の日付です。\n';
  await writeFile(file, text.replace(/^title: .*\n/m, (line) => `${line}${notes}`));
  built = await buildFixture(content, before.out, before.cache, { KOHYO_NOW: NOW });
  assertBuilt(built, 'build with dated notes');
  builtLater = await buildFixture(content, after.out, after.cache, { KOHYO_NOW: '2030-01-10T00:00+09:00' });
  assertBuilt(builtLater, 'build on the future note\'s date');
}, 300_000);

describe('change-note dates', () => {
  it('npm run check warns about both, naming changes.N.date, and exits 0', async () => {
    const result = await runScript('scripts/check-content.ts', { KOHYO_CONTENT_DIR: content, KOHYO_NOW: NOW });
    expect(result.status).toBe(0);
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.stdout).toMatch(/keiei-kadai-2\.yaml:\d+:\d+ {2}[^\n]*\(changes\.1\.date\) {2}警告: 更新日 2030-01-10 はビルドの日付（2019-06-01、日本時間）より後です/);
    expect(result.stdout).toMatch(/keiei-kadai-2\.yaml:\d+:\d+ {2}[^\n]*\(changes\.2\.date\) {2}警告: 更新日 2018-03-31 は報告書の年度（2018年度、2018-04-01 から）より前です/);
    expect(result.stdout).toContain('エラー 0 件、警告 2 件');
  });

  it('the build shows the same warnings and still publishes', () => {
    expect(built.output).toContain('changes.1.date');
    expect(built.output).toContain('changes.2.date');
  });

  it('a future note stays out of 最終更新日, 更新履歴, report.json and the feeds until its date', async () => {
    const page = await read(before.out, `${report}/index.html`);
    expect(page).toContain('2019年5月10日');
    expect(page).not.toContain('2030');
    expect(page).not.toContain('未来の日付の更新です');
    expect(await read(before.out, `${report}/report.json`)).not.toContain('2030-01-10');
    for (const feed of ['feed.xml', 'osaka-ict/feed.xml']) {
      const xml = await read(before.out, feed);
      expect(xml).toContain('2019-05-10');
      expect(xml, feed).not.toContain('2030');
    }
  });

  it('on its date it is published like any note', async () => {
    expect(builtLater.output).not.toContain('changes.1.date');
    const page = await read(after.out, `${report}/index.html`);
    expect(page).toContain('未来の日付の更新です');
    expect(page).toMatch(/最終更新日 <a href="#koshin-rireki"><time datetime="2030-01-10">/);
    expect(await read(after.out, 'feed.xml')).toContain('2030-01-10');
  });
});
