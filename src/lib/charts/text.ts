/**
 * Text helpers for SVG output: escaping content text, and estimating text width so labels
 * can be placed and wrapped without a DOM or font metrics.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML text content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** ASCII characters wider than 0.62em in the CJK fonts charts are read with (%, @, M, W, m, w). */
const WIDE_ASCII = /[%@MWmw]/;

/**
 * Width of a line of text in user units, erring on the wide side. Measured in Chromium with
 * Noto Sans CJK JP: digits 0.555em, capitals up to 0.74em, 「%」 0.92em, 「m」 0.93em, kana and
 * kanji 1em. The estimate takes ASCII as 0.62em, capitals as 0.75em, the widest few as 0.95em,
 * half-width katakana as 0.55em and everything else (kanji, kana, full-width forms) as 1em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) ems += WIDE_ASCII.test(char) ? 0.95 : code >= 0x41 && code <= 0x5a ? 0.75 : 0.62;
    else if (code >= 0xff61 && code <= 0xff9f) ems += 0.55;
    else ems += 1;
  }
  return ems * fontSize;
}

// Characters Japanese typesetting does not put at the start of a line (禁則).
const NO_LINE_START = /^[、。，．）」』】〕！？ー・：；%％]/u;

/**
 * Unbreakable pieces: opening brackets with what follows them, and runs of ASCII (numbers such
 * as 11.5, words) together with one following character, so 「23件」 or 「50%減」 stay whole.
 */
const TOKEN = /[（「『【〔(]*(?:[\x21-\x7e]+[^\x00-\x7f\s（「『【〔]?|\s+|.)/gsu;

/**
 * Splits text into lines no wider than maxWidth. Japanese may break between any two characters
 * except inside a token (see TOKEN), and closing punctuation stays with the character before it:
 * where it would overflow, that character goes down to the next line with it (追い出し).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let current: string[] = [];
  const width = (parts: readonly string[]): number => estimateTextWidth(parts.join(''), fontSize);
  for (const token of tokens) {
    if (current.length === 0 || width([...current, token]) <= maxWidth) {
      current.push(token);
    } else if (!NO_LINE_START.test(token)) {
      lines.push(current.join('').trimEnd());
      current = [token.trimStart()];
    } else if (current.length > 1 && !NO_LINE_START.test(current[current.length - 1]!)) {
      const carried = current.pop()!;
      lines.push(current.join('').trimEnd());
      current = [carried.trimStart(), token];
    } else {
      current.push(token);
    }
  }
  if (current.join('').trim() !== '') lines.push(current.join('').trimEnd());
  return lines;
}
