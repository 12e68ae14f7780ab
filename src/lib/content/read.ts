/**
 * Reads one content file into a YAML document, refusing anything that would lose data:
 * invalid UTF-8 (Astro would silently turn it into U+FFFD), empty files, YAML syntax errors.
 * A UTF-8 BOM and CRLF line endings are accepted.
 *
 * Speed: most files are fine, and only a problem needs line and column numbers. So the data is
 * read with js-yaml (several times faster), and the position-keeping document of the `yaml`
 * package is built only when something asks for a position — or when js-yaml rejects the file,
 * so syntax errors are always reported by one parser, with its positions.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface ParsedFile {
  file: string;
  text: string;
  /** The YAML document with source positions (built on first use) */
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  data: unknown;
}

function parseWithPositions(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter };
}

/** A parsed file whose position-keeping document is built only when first needed. */
class LazyParsedFile implements ParsedFile {
  #positions: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
  constructor(readonly file: string, readonly text: string, readonly data: unknown, positions?: { document: Document.Parsed; lineCounter: LineCounter }) {
    this.#positions = positions;
  }
  get document(): Document.Parsed {
    this.#positions ??= parseWithPositions(this.text);
    return this.#positions.document;
  }
  get lineCounter(): LineCounter {
    this.#positions ??= parseWithPositions(this.text);
    return this.#positions.lineCounter;
  }
}

/*
 * js-yaml's own CORE_SCHEMA reads numbers the YAML 1.1 way (0b101, +0x1F as numbers; -.5 as a
 * string). The fast path must read every file exactly as the `yaml` package (YAML 1.2 core) does,
 * so integers and floats are resolved with the YAML 1.2 core patterns here.
 */
const INT_12 = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT_12 = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const yaml12Int = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && INT_12.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data)),
});
const yaml12Float = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && FLOAT_12.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
    if (lower === '.nan') return Number.NaN;
    return Number(data);
  },
});
// js-yaml's null and bool already follow YAML 1.2 core (~, null, true/false only); its typings omit `types`.
const { null: yamlNull, bool: yamlBool } = (jsYaml as unknown as { types: Record<'null' | 'bool', jsYaml.Type> }).types;
const YAML_12_CORE = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [yamlNull, yamlBool, yaml12Int, yaml12Float] });

/** Anchors, aliases, tags and directives take the careful path (alias limits, exact YAML semantics). */
const NEEDS_CAREFUL_READING = /(^|[\s[{,:-])[&*!][^\s]|^%/m;

/** Reads YAML data quickly; undefined when the text needs the careful reader (which also reports errors). */
function fastLoad(text: string): { data: unknown } | undefined {
  if (NEEDS_CAREFUL_READING.test(text)) return undefined;
  try {
    return { data: jsYaml.load(text, { schema: YAML_12_CORE, json: false }) };
  } catch {
    return undefined;
  }
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

/**
 * Line and column (1-based) of a byte offset, for pointing at an invalid byte. The bytes
 * before it are valid UTF-8, so they decode exactly; a BOM is not a column.
 */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(0, offset)));
  const lines = before.split('\n');
  const last = lines[lines.length - 1]!.replace(/\r$/, '');
  return { line: lines.length, column: last.length + 1 };
}

const YAML_ERROR_HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'インデント（行頭の空白の数）がそろっていません',
  TAB_AS_INDENT: 'インデントにタブは使えません。半角スペースにしてください',
  DUPLICATE_KEY: '同じ項目が2回書かれています',
  MISSING_CHAR: '閉じる記号（引用符・括弧）がありません',
  BLOCK_AS_IMPLICIT_KEY: '「項目: 値」の形になっていません。値に「: 」を含むときは値全体を引用符で囲んでください',
  MULTILINE_IMPLICIT_KEY: '「項目: 値」の形になっていません（「:」の抜けやインデントを確認してください）',
  UNEXPECTED_TOKEN: '予期しない記号があります',
};

function describeYamlError(code: ErrorCode, message: string): string {
  const hint = YAML_ERROR_HINTS[code];
  return `YAML の書き方に誤りがあります${hint ? `: ${hint}` : ''} / YAML syntax error: ${message.split('\n')[0]}`;
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
    const { line, column } = positionOfByte(bytes, offset);
    return {
      problems: [problem(`UTF-8 ではない文字があります（先頭から ${offset} バイト目）。文字コードを UTF-8 にして保存し直してください / not valid UTF-8 at byte offset ${offset}`, line, column)],
    };
  }
  // A lone CR is a line break to js-yaml but not to `yaml`'s positions: make both see LF (same length).
  text = text.replace(/\r(?!\n)/g, '\n');
  const fast = text.trim() === '' ? undefined : fastLoad(text);
  if (fast && fast.data !== null && typeof fast.data === 'object' && !Array.isArray(fast.data)) {
    return { parsed: new LazyParsedFile(displayPath, text, fast.data), problems: [] };
  }
  const { document, lineCounter } = parseWithPositions(text);
  // A file with nothing but blanks or comments has no content either (Astro's own loader crashes on it).
  if (text.trim() === '' || (document.errors.length === 0 && document.contents === null)) {
    return { problems: [problem('ファイルが空です。内容を書くか、ファイルを削除してください / the file is empty')] };
  }
  if (document.errors.length > 0) {
    // Only the first syntax error: the parser's later errors are nearly always consequences of
    // it and point at lines that are fine. The rest of the file is checked once it is fixed.
    const first = [...document.errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
    const pos = lineCounter.linePos(first.pos[0]);
    return { problems: [problem(describeYamlError(first.code, first.message), pos.line, pos.col)] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // e.g. an alias expanded too many times: say where, instead of stopping the whole check.
    const alias = /(^|[\s[{,:-])\*[^\s]/m.exec(text);
    const pos = lineCounter.linePos(alias ? alias.index + alias[1]!.length : 0);
    return { problems: [problem(`YAML を読み込めません（別名 * の使いすぎなど） / YAML could not be read: ${(error as Error).message}`, pos.line, pos.col)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problem('ファイルの最上位は「項目: 値」の形（マッピング）にしてください / top level must be a mapping', 1, 1)] };
  }
  return { parsed: new LazyParsedFile(displayPath, text, data, { document, lineCounter }), problems: [] };
}

/**
 * A file already checked once, opened again only if a later (cross-file) problem needs a line and
 * column. Large builds keep this instead of the whole text and data of every file in memory.
 */
export function reopenForPositions(absolutePath: string, displayPath: string): ParsedFile {
  let file: LazyParsedFile | undefined;
  const open = () => {
    if (!file) {
      const text = utf8.decode(readFileSync(absolutePath)).replace(/\r(?!\n)/g, '\n');
      file = new LazyParsedFile(displayPath, text, undefined);
    }
    return file;
  };
  return {
    file: displayPath,
    get text() { return open().text; },
    get document() { return open().document; },
    get lineCounter() { return open().lineCounter; },
    data: undefined,
  };
}
