/**
 * Text lint for PDF-extraction damage: warnings with the position of the character in the
 * YAML file and the field, never errors.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTextDamage } from '../../../src/lib/content/lint.ts';
import { loadContent } from '../../../src/lib/content/load.ts';

describe('findTextDamage', () => {
  it('finds the Cyrillic letters of the seed glitch 「デジタルデバйд」', () => {
    const findings = findTextDamage('デジタルデバйд対策');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ offset: 6, text: 'йд' });
    expect(findings[0]!.message).toContain('キリル文字');
  });

  it('finds Greek look-alikes next to kana and half-width katakana, with the full-width fix', () => {
    expect(findTextDamage('サーバΟ').map((f) => f.text)).toEqual(['Ο']);
    const [halfWidth] = findTextDamage('ｾｷｭﾘﾃｨ研修');
    expect(halfWidth).toMatchObject({ offset: 0, text: 'ｾｷｭﾘﾃｨ' });
    expect(halfWidth!.message).toContain('「セキュリティ」');
  });

  it('finds control characters, invisible characters and U+FFFD', () => {
    expect(findTextDamage('研修\u0007の実施').map((f) => f.offset)).toEqual([2]);
    expect(findTextDamage('研修\u200bの実施')[0]!.message).toContain('U+200B');
    expect(findTextDamage('読めない\ufffd文字')[0]).toMatchObject({ offset: 4, text: '\ufffd' });
  });

  it('finds a lone Latin letter and a look-alike kanji inside a katakana word', () => {
    expect(findTextDamage('デジタルデバiド').map((f) => f.text)).toEqual(['i']);
    expect(findTextDamage('デ一タ分析').map((f) => f.text)).toEqual(['一']);
  });

  it('leaves ordinary Japanese with acronyms, numbers and kanji alone', () => {
    for (const text of ['ICT戦略室', 'DX推進のためのICTを活かした利便性の向上', 'CSIRT機能の強化', 'データ一覧', 'インシデント件数 平成27年度 11件', 'αβγ', 'Москва', 'e-ラーニング研修', 'AI、IoTなどの新しい技術']) {
      expect(findTextDamage(text), text).toEqual([]);
    }
  });
});

describe('lint of content files', () => {
  const expected = [
    { line: 5, column: 8, field: 'title', text: 'U+FFFD' },
    { line: 7, column: 21, field: 'plan.vision', text: 'キリル文字' },
    { line: 9, column: 13, field: 'plan.currentState', text: '半角カタカナ' },
    { line: 10, column: 16, field: 'plan.currentState', text: 'U+0007' },
    { line: 10, column: 27, field: 'plan.currentState', text: 'U+FFFD' },
    { line: 11, column: 7, field: 'plan.currentState', text: 'アルファベット「i」' },
    { line: 11, column: 11, field: 'plan.currentState', text: '漢字「一」' },
  ];

  it.each(['text-damage', 'text-damage-bom-crlf'])('%s: warnings at the character (line:column) with the field, and no errors', async (fixture) => {
    const dir = path.resolve('tests/fixtures/content', fixture);
    const { problems, entries } = await loadContent({ contentDir: dir, now: new Date(), displayRoot: dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entries).toHaveLength(1);
    const warnings = problems.filter((p) => p.severity === 'warning').sort((a, b) => a.line - b.line || a.column - b.column);
    expect(warnings.map(({ file, line, column, field }) => ({ file, line, column, field }))).toEqual(
      expected.map(({ line, column, field }) => ({ file: 'osaka-ict/2018/keiei-kadai-2.yaml', line, column, field })),
    );
    warnings.forEach((w, i) => expect(w.message).toContain(expected[i]!.text));
  });

  it('reports nothing for clean content', async () => {
    const dir = path.resolve('tests/fixtures/content/valid');
    const { problems } = await loadContent({ contentDir: dir, now: new Date(), displayRoot: dir });
    expect(problems).toEqual([]);
  });
});
