/** Reading content files: encodings, BOM and CRLF, empty files. */
import { mkdtemp, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { firstInvalidUtf8Offset, positionOfByte } from '../../../src/lib/content/read.ts';

describe('firstInvalidUtf8Offset', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('accepts valid UTF-8 including 4-byte sequences', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('大阪市 ICT 😀'))).toBe(-1);
  });
  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong encoding of "/"', bytes(0x41, 0x42, 0xc0, 0xaf), 2],
    ['an overlong 3-byte sequence', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate', bytes(0x20, 0xed, 0xa0, 0x80), 1],
    ['a truncated sequence at the end', bytes(0x41, 0xe5, 0xa4), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['Shift_JIS bytes', bytes(0x41, 0x8f, 0xee), 1],
  ])('finds %s', (_name, input, offset) => {
    expect(firstInvalidUtf8Offset(input)).toBe(offset);
  });
  it('gives the line and column of a byte, not counting a BOM or CR', () => {
    const data = new TextEncoder().encode('\ufeffa: 1\r\nb: 大阪');
    expect(positionOfByte(data, data.length)).toEqual({ line: 2, column: 6 });
  });
});

describe('BOM and CRLF', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kohyo-bom-'));
    await cp(path.resolve('tests/fixtures/content/valid'), dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a BOM + CRLF file exactly like its LF original', async () => {
    const file = path.join(dir, 'osaka-ict/2018/keiei-kadai-2.yaml');
    const original = await loadContent({ contentDir: dir, now: new Date() });
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    const converted = await loadContent({ contentDir: dir, now: new Date() });
    expect(converted.problems).toEqual([]);
    expect(converted.entries.map((e) => e.data)).toEqual(original.entries.map((e) => e.data));
    // No stray \r kept in any text value.
    expect(JSON.stringify(converted.entries[0]!.data)).not.toContain('\\r');
  });

  it('names a file whose folder cannot be read instead of crashing', async () => {
    const missing = path.join(dir, 'no-such-folder');
    const { problems } = await loadContent({ contentDir: missing, now: new Date() });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('コンテンツのフォルダを読めません');
  });

  it('reports a missing organizations.yaml once', async () => {
    const only = path.join(dir, 'only-report');
    await mkdir(path.join(only, 'osaka-ict/2018'), { recursive: true });
    await cp(path.join(dir, 'osaka-ict/2018/keiei-kadai-2.yaml'), path.join(only, 'osaka-ict/2018/keiei-kadai-2.yaml'));
    const { problems } = await loadContent({ contentDir: only, now: new Date(), displayRoot: only });
    expect(problems.map((p) => [p.file, p.message.split(' / ')[0]])).toEqual([['organizations.yaml', '組織の一覧（organizations.yaml）がありません']]);
  });
});
