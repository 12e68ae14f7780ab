/**
 * Reads one content file into a YAML document, refusing anything that would lose data:
 * invalid UTF-8 (Astro would silently turn it into U+FFFD), empty files, YAML syntax errors.
 * A UTF-8 BOM and CRLF line endings are accepted.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface ParsedFile {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i += 1; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export async function readContentFile(absolutePath: string, displayPath: string): Promise<{ parsed?: ParsedFile; problems: ContentProblem[] }> {
  const problem = (message: string, line = 0, column = 0, field = ''): ContentProblem => ({ severity: 'error', file: displayPath, line, column, field, message });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { problems: [problem(`ファイルを読めません / cannot read file: ${(error as Error).message}`)] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return { problems: [problem(`UTF-8 ではない文字があります（${offset} バイト目）。UTF-8 で保存し直してください / not valid UTF-8 at byte offset ${offset}`)] };
  }
  if (text.trim() === '') {
    return { problems: [problem('ファイルが空です / the file is empty')] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return problem(`YAML の書き方に誤りがあります / YAML syntax error: ${e.message.split('\n')[0]}`, pos.line, pos.col);
      }),
    };
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problem('ファイルの最上位は「項目: 値」の形（マッピング）にしてください / top level must be a mapping', 1, 1)] };
  }
  return { parsed: { file: displayPath, text, document, lineCounter, data }, problems: [] };
}
