/**
 * Text lint for damage that PDF text extraction leaves in Japanese text: letters from other
 * scripts that look like kana (「デジタルデバйд」), half-width katakana, control and invisible
 * characters, and U+FFFD where a character could not be read. These are warnings (the build
 * goes on): a person has to compare with the original document, nothing is changed automatically.
 *
 * The raw file text is scanned, so each warning points at the character itself (line:column in
 * the YAML file) and names the field whose value contains it.
 */
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';
import type { ParsedFile } from './read.ts';

/** One finding: where in the text (UTF-16 offset) and what is wrong. */
export interface TextFinding {
  offset: number;
  /** The suspicious characters as they appear */
  text: string;
  message: string;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヵヶ]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]+/gu;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]+/g;
const HALF_WIDTH_KATAKANA = /[\uFF61-\uFF9F]+/g;
// C0/C1 controls except tab, LF, CR; plus invisible format characters that break search.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const REPLACEMENT = /\uFFFD+/g;
// Kanji that extraction confuses with katakana: 一/ー, 口/ロ, 工/エ, 力/カ, 二/ニ, 夕/タ, 卜/ト, 八/ハ.
const KANJI_LOOKING_LIKE_KATAKANA: Record<string, string> = { 一: 'ー', 口: 'ロ', 工: 'エ', 力: 'カ', 二: 'ニ', 夕: 'タ', 卜: 'ト', 八: 'ハ' };
// Found with a native regex scan: a character-by-character loop was most of the check's time.
const KANJI_LOOK_ALIKE = new RegExp(`[${Object.keys(KANJI_LOOKING_LIKE_KATAKANA).join('')}]`, 'g');

function codePointHex(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The character just before `index` and the one starting at `index` (surrogate-safe). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}
function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Scans a piece of text and returns every suspicious spot, in order. */
export function findTextDamage(text: string): TextFinding[] {
  const findings: TextFinding[] = [];

  for (const m of text.matchAll(REPLACEMENT)) {
    findings.push({ offset: m.index, text: m[0], message: '読み取れなかった文字（U+FFFD �）があります。原本を確認し、読めない箇所は〔判読不能〕と書いてください / replacement character U+FFFD: check the original document' });
  }
  for (const m of text.matchAll(CONTROL)) {
    findings.push({ offset: m.index, text: m[0], message: `制御文字・見えない文字（${codePointHex(m[0])}）があります。削除してください / control or invisible character ${codePointHex(m[0])}` });
  }
  for (const m of text.matchAll(HALF_WIDTH_KATAKANA)) {
    const fixed = m[0].normalize('NFKC');
    findings.push({ offset: m.index, text: m[0], message: `半角カタカナ「${m[0]}」があります。全角の「${fixed}」にしてください（検索で見つからなくなります） / half-width katakana, write 「${fixed}」` });
  }
  for (const m of text.matchAll(CYRILLIC_OR_GREEK)) {
    const before = charBefore(text, m.index);
    const after = charAt(text, m.index + m[0].length);
    if (!JAPANESE.test(before) && !JAPANESE.test(after)) continue;
    const codes = [...m[0]].map(codePointHex).join(' ');
    findings.push({ offset: m.index, text: m[0], message: `日本語の中にキリル文字・ギリシャ文字「${m[0]}」（${codes}）があります。PDF からの抽出で文字が化けていないか原本を確認してください / Cyrillic or Greek look-alike inside Japanese text` });
  }
  for (const m of text.matchAll(LATIN)) {
    // Acronyms such as ICT or DX are normal next to Japanese; a lone or lower-case letter
    // in the middle of a katakana word (「デバiド」) is extraction damage.
    const before = charBefore(text, m.index);
    const after = charAt(text, m.index + m[0].length);
    if (!KATAKANA.test(before) || !KATAKANA.test(after)) continue;
    if (m[0].length > 1 && !/[a-zａ-ｚ]/.test(m[0])) continue;
    findings.push({ offset: m.index, text: m[0], message: `カタカナ語の中にアルファベット「${m[0]}」があります。PDF からの抽出で文字が化けていないか原本を確認してください / Latin letter inside a katakana word` });
  }
  for (const m of text.matchAll(KANJI_LOOK_ALIKE)) {
    const index = m.index;
    const char = m[0];
    const katakana = KANJI_LOOKING_LIKE_KATAKANA[char]!;
    if (index < 1 || index >= text.length - 1) continue;
    if (!KATAKANA.test(text.charAt(index - 1)) || !KATAKANA.test(text.charAt(index + 1))) continue;
    findings.push({ offset: index, text: char, message: `カタカナ語の中に漢字「${char}」があります。カタカナの「${katakana}」ではありませんか / kanji ${char} inside a katakana word: is it ${katakana}?` });
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

type Path = (string | number)[];

/** The field path of the scalar (or key) at a text offset, or undefined outside any value. */
export function fieldAtOffset(node: Node | null | undefined, offset: number, path: Path = []): Path | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      const value = pair.value as Node | null;
      if (isScalar(pair.key) && pair.key.range && offset >= pair.key.range[0] && offset < pair.key.range[1]) return [...path, key];
      if (value?.range && offset >= value.range[0] && offset < value.range[2]) return fieldAtOffset(value, offset, [...path, key]) ?? [...path, key];
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const child = item as Node | null;
      if (child?.range && offset >= child.range[0] && offset < child.range[2]) return fieldAtOffset(child, offset, [...path, index]) ?? [...path, index];
    }
    return undefined;
  }
  return path;
}

/** Lints one parsed content file. Every finding becomes a warning with file, line:column and field. */
export function lintParsedFile(parsed: ParsedFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const findings = findTextDamage(parsed.text);
  // Nothing suspicious and no escapes to decode: no need to build the position-keeping document.
  if (findings.length === 0 && !parsed.text.includes('\\')) return problems;
  const root = parsed.document.contents as Node | null;
  const seen = new Set<number>();
  const add = (offset: number, message: string, field: Path | undefined): void => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const pos = parsed.lineCounter.linePos(offset);
    problems.push({ severity: 'warning', file: parsed.file, line: pos.line, column: pos.col, field: (field ?? []).join('.'), message });
  };
  for (const finding of findings) {
    add(finding.offset, finding.message, fieldAtOffset(root, finding.offset));
  }
  // Double-quoted scalars can spell characters as escapes ("\uFFFD"); lint their values too,
  // pointing at the start of the value.
  visitScalars(root, [], (scalar, path) => {
    if (scalar.type !== Scalar.QUOTE_DOUBLE || typeof scalar.value !== 'string' || !scalar.range) return;
    const source = parsed.text.slice(scalar.range[0], scalar.range[1]);
    if (!source.includes('\\')) return;
    for (const finding of findTextDamage(scalar.value)) add(scalar.range[0], finding.message, path);
  });
  return problems;
}

function visitScalars(node: Node | null | undefined, path: Path, visit: (scalar: Scalar, path: Path) => void): void {
  if (!node) return;
  if (isScalar(node)) visit(node, path);
  else if (isMap(node)) for (const pair of node.items) visitScalars(pair.value as Node | null, [...path, isScalar(pair.key) ? String(pair.key.value) : '?'], visit);
  else if (isSeq(node)) node.items.forEach((item, index) => visitScalars(item as Node | null, [...path, index], visit));
}
