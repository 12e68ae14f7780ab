/**
 * Number and unit formatting for display. Missing values are never shown as 0:
 * they render as 「データなし」 (or 「－」 where the source document prints a dash).
 */
import { format as d3format } from 'd3-format';
import { LABELS } from './labels.ts';

const groupedInteger = d3format(',');
// Built once: creating a d3 formatter per call was a measurable share of chart rendering.
const groupedFixed = [1, 2, 3].map((decimals) => d3format(`,.${decimals}f`));

/**
 * Formats a number with thousands separators, keeping the decimals the source gave.
 * `minDecimals` keeps printed trailing zeros (93.0%) that a number alone cannot carry.
 */
export function formatNumber(value: number, minDecimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`数値ではありません: ${value}`);
  if (Number.isInteger(value) && minDecimals === 0) return groupedInteger(value);
  const decimals = Math.max(1, minDecimals, Math.min(countDecimals(value), 3));
  return groupedFixed[Math.min(decimals, 3) - 1]!(value);
}

function countDecimals(value: number): number {
  // Exponent notation (1e-7) has no '.'; such tiny figures are shown to 3 decimals at most anyway.
  const text = String(value);
  if (/e/i.test(text)) return 3;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Units that are written directly after the number (no space), as Japanese documents do. */
export function formatQuantity(value: number | null | undefined, unit: string, missing: 'nodata' | 'dash' = 'nodata', minDecimals = 0): string {
  if (value === null || value === undefined) return missing === 'dash' ? LABELS.dash : LABELS.noData;
  return `${formatNumber(value, minDecimals)}${unit}`;
}

/** A percentage change between two values, e.g. 「17%減」, 「5%増」, 「増減なし」. */
export function formatChange(from: number, to: number): string {
  if (from === 0) return to === 0 ? '増減なし' : '';
  const ratio = (to - from) / Math.abs(from);
  const percent = Math.round(Math.abs(ratio) * 100);
  if (percent === 0) return '増減なし';
  return `${percent}%${ratio < 0 ? '減' : '増'}`;
}

/**
 * A page description of at most `max` characters: cut after the last full sentence (。) that
 * fits, or — when that would leave too little — mid-sentence with 「…」, so a cut never reads as
 * the whole text.
 */
export function shortDescription(text: string, max = 120): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max).join('');
  const end = head.lastIndexOf('。');
  if (end >= max * 0.4) return head.slice(0, end + 1);
  return `${chars.slice(0, max - 1).join('')}…`;
}
