/**
 * `npm run check` and `npm run build` as staff run them: every problem as
 * `file:line:column  field  message`, a count, exit 1 on errors, and never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirs, buildFixture, runScript, STACK_TRACE } from '../fixtures/support/run.ts';

const check = (contentDir: string, env: Record<string, string> = {}) => runScript('scripts/check-content.ts', { KOHYO_CONTENT_DIR: path.resolve(contentDir), ...env });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The printed line: file:line:column, the place in the document's terms with the YAML path after it, the level. */
function expectedLine(caseName: string): RegExp {
  const e = JSON.parse(readFileSync(`tests/fixtures/broken/${caseName}/expected.json`, 'utf8')) as { file: string; line: number; column: number; field: string };
  const file = escape(`tests/fixtures/broken/${caseName}/${e.file}`);
  if (e.line === 0) return new RegExp(`${file}  \\(ファイル全体\\)  エラー: `);
  const place = e.field ? `(?:[^ ].* \\()?${escape(e.field)}\\)?` : '-';
  return new RegExp(`${file}:${e.line}:${e.column}  ${place}  エラー: `);
}

describe('npm run check', () => {
  it.each(['invalid-utf8', 'empty-file', 'yaml-tab-indentation', 'unknown-organization', 'rating-achievement-unknown', 'amount-without-unit', 'indicator-id-too-long', 'organization-id-too-long'])(
    '%s: prints the problem with file, line and field, a count, exits 1, no stack trace',
    async (caseName) => {
      const result = await check(`tests/fixtures/broken/${caseName}`);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(expectedLine(caseName));
      expect(result.stderr).toContain('エラー 1 件、警告 0 件 / 1 error(s), 0 warning(s)');
      expect(result.output).not.toMatch(STACK_TRACE);
    },
  );

  it('exits 0 on valid content', async () => {
    const result = await check('tests/fixtures/content/valid');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('エラー 0 件、警告 0 件');
  });

  it('shows text-damage warnings with positions but does not fail', async () => {
    const result = await check('tests/fixtures/content/text-damage');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('tests/fixtures/content/text-damage/osaka-ict/2018/keiei-kadai-2.yaml:7:21  計画 › めざすべき将来像（最終的なめざす状態） (plan.vision)  警告: 日本語の中にキリル文字');
    expect(result.stdout).toContain('エラー 0 件、警告 7 件');
  });

  it('prints a 必須 field of the documents\' forms left empty as a warning, and does not fail', async () => {
    const result = await check('tests/fixtures/broken/required-improvements-empty');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('tests/fixtures/broken/required-improvements-empty/osaka-ict/2018/keiei-kadai-2.yaml:66:11  戦略 2-1 › 具体的取組 2-1-1 › 自己評価 › 改善策 (strategies.0.initiatives.0.selfEvaluation.improvements)  警告: 自己評価の改善策が書かれていません。');
    expect(result.stdout).toContain('エラー 0 件、警告 1 件');
  });

  it('explains a KOHYO_NOW it cannot read, without a stack trace', async () => {
    const result = await check('tests/fixtures/content/valid', { KOHYO_NOW: '来週の月曜' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('KOHYO_NOW');
    expect(result.output).not.toMatch(STACK_TRACE);
  });

  it('refuses a KOHYO_NOW that is not on the calendar instead of rolling it into May', async () => {
    const result = await check('tests/fixtures/content/valid', { KOHYO_NOW: '2019-04-31T09:00' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('KOHYO_NOW が日時として読めません（2019年4月31日はカレンダーにありません（2019年4月は30日まで））');
    expect(result.output).not.toMatch(STACK_TRACE);
  });
});

describe('npm run build on broken content', () => {
  it.each(['rating-strategy-effectiveness', 'indicator-id-too-long'])('%s: stops before Astro with the same message, publishes nothing, no stack trace', async (caseName) => {
    const { outDir, cacheDir } = buildDirs('check-cli');
    await rm(path.dirname(outDir), { recursive: true, force: true });
    const result = await buildFixture(`tests/fixtures/broken/${caseName}`, outDir, cacheDir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(expectedLine(caseName));
    expect(result.output).not.toContain('ENAMETOOLONG');
    expect(result.stderr).toContain('ビルドを中止しました');
    expect(result.output).not.toMatch(STACK_TRACE);
    // Astro never ran: nothing was written.
    expect(result.output).not.toContain('[build]');
    expect(existsSync(outDir)).toBe(false);
  });
});
