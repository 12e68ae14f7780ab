/**
 * The broken-content corpus: tests/fixtures/broken/<case>/ is a tiny content folder with exactly
 * one problem, and expected.json says where it is (computed from the fixture text, not from the
 * checker). Each must be reported once, at that file, line, column and field, as an error — or,
 * for cases whose expected.json says "severity": "warning" (the documents' own 必須 rules, which
 * real documents sometimes leave empty), as the only warning of a file that has no error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem, formatReport } from '../../../src/lib/content/problems.ts';

interface Expected {
  description: string;
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  byteOffset?: number;
  /** Default error */
  severity?: 'error' | 'warning';
}

const CORPUS = path.resolve('tests/fixtures/broken');
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;

describe('broken content corpus', () => {
  it('has at least 25 cases, each with its expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) expect(expectedOf(name).file, name).toBeTruthy();
  });

  it.each(cases)('%s: one problem at the exact file, line, column and field', async (name) => {
    const expected = expectedOf(name);
    const severity = expected.severity ?? 'error';
    const dir = path.join(CORPUS, name);
    const { problems } = await loadContent({ contentDir: dir, now: new Date('2025-01-01T00:00:00+09:00'), displayRoot: process.cwd() });
    const errors = problems.filter((p) => p.severity === severity);
    expect(errors, formatReport(problems)).toHaveLength(1);
    if (severity === 'warning') expect(problems.filter((p) => p.severity === 'error'), formatReport(problems)).toEqual([]);
    const [error] = errors;
    const displayFile = path.relative(process.cwd(), path.join(dir, expected.file)).split(path.sep).join('/');
    expect(error).toMatchObject({ file: displayFile, line: expected.line, column: expected.column, field: expected.field });
    expect(error!.message).toContain(expected.message);
    if (expected.byteOffset !== undefined) expect(error!.message).toContain(`byte offset ${expected.byteOffset}`);

    const line = formatProblem(error!);
    const where = expected.line > 0 ? `${displayFile}:${expected.line}:${expected.column}` : displayFile;
    expect(line.startsWith(`${where}  `)).toBe(true);
    expect(line).toContain(severity === 'error' ? '  エラー: ' : '  警告: ');
    // The place in the document's terms, then the YAML path: 「名称 (title)」.
    if (expected.field) expect(line).toContain(error!.place && error!.place !== expected.field ? `  ${error!.place} (${expected.field})  ` : `  ${expected.field}  `);
    // Japanese first, English alongside.
    expect(error!.message).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
    expect(error!.message).toMatch(/\/ .*[A-Za-z]/);
    expect(formatReport(problems)).not.toMatch(/^\s+at /m);
  });
});

describe('all problems at once', () => {
  it('reports every problem of every file in one run, sorted, then the count', async () => {
    const dir = path.resolve('tests/fixtures/content/many-problems');
    const { problems } = await loadContent({ contentDir: dir, now: new Date(), displayRoot: dir });
    const report = formatReport(problems);
    const lines = report.split('\n');
    expect(lines.at(-1)).toBe('エラー 5 件、警告 1 件 / 5 error(s), 1 warning(s)');
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^osaka-ict\/2018\/keiei-kadai-1\.yaml:4:8  名称 \(title\)  エラー: 空の文字列/),
      expect.stringMatching(/^osaka-ict\/2018\/keiei-kadai-1\.yaml:33:22  戦略 1-1 › 自己評価 › 戦略のアウトカムに対する有効性 \(strategies\.0\.selfEvaluation\.effectiveness\)  エラー: 「戦略のアウトカムに対する有効性」の区分は/),
      expect.stringMatching(/^osaka-ict\/2018\/keiei-kadai-1\.yaml:44:13  戦略 1-1 › 具体的取組 1-1-1 › 予算 › 平成28年度（2016年度） › 単位 \(strategies\.0\.initiatives\.0\.budget\.0\.unit\)  エラー: 単位がありません/),
      expect.stringMatching(/^osaka-ict\/2018\/keiei-kadai-2\.yaml:8:24  計画 › 要因分析（現状・データから導かれる分析結果） \(plan\.causeAnalysis\)  警告: 日本語の中にキリル文字・ギリシャ文字「йд」/),
      expect.stringMatching(/^osaka-ict\/2018\/keiei-kadai-2\.yaml:19:21  指標「インシデント発生件数」 › 値 › 平成27年度（2015年度） › 年度 \(indicators\.0\.points\.1\.fiscalYear\)  エラー: 年度 2015 が重複/),
      expect.stringMatching(/^osaka-ict\/2019\/keiei-kadai-1\.yaml  \(ファイル全体\)  エラー: ファイルが空/),
    ]);
  });
});
