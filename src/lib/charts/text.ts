/**
 * Text helpers for SVG output: escaping content text, and estimating text width so labels
 * can be placed and wrapped without a DOM or font metrics.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML text content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * Width of a line of text in user units, erring on the wide side: ASCII is taken as 0.62em,
 * half-width katakana as 0.55em, everything else (kanji, kana, full-width forms) as 1em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) ems += 0.62;
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
 * except inside a token (see TOKEN), and closing punctuation stays with the character before it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const candidate = current + token;
    if (current !== '' && estimateTextWidth(candidate, fontSize) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else {
      current = candidate;
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}
