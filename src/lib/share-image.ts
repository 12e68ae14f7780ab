/**
 * A figure's chart as a file of its own: `chart.svg` (the page's chart, standalone) and the
 * 1200 × 630 share image (og:image, `chart.png`) with the figure's title, organisation and year
 * beside the same chart. Pure: SVG text in, SVG text out; src/lib/share-image-png.ts rasterises.
 */
import type { IndicatorSeries } from '../schemas/indicator.ts';
import { renderIndicator } from './charts/index.ts';
import { escapeXml } from './feed/atom.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
/** The font the share image is drawn with (an npm font package; no system font). */
export const SHARE_FONT_FAMILY = 'Noto Sans JP';

export interface ShareImageText {
  /** The figure's name: 「情報セキュリティインシデント件数」 */
  title: string;
  /** 「大阪市 ICT戦略室」 */
  organization: string;
  /** 「運営方針 平成30年度（2018年度）」 */
  document: string;
  /** Where in the report: 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  report: string;
  /** The site's name, at the foot of the image */
  siteName: string;
}

/** The chart of a series as a standalone SVG file (white background, the font named). */
export function standaloneChartSvg(series: IndicatorSeries): string | undefined {
  const output = renderIndicator(series, { idPrefix: 'chart' });
  if (output.kind === 'figure') return undefined;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withAttributes(output.svg, `font-family="${SHARE_FONT_FAMILY}, sans-serif" style="background:#fff"`)}\n`;
}

/** The share image as SVG: text on the left, the chart (or the single figure) on the right. */
export function shareImageSvg(series: IndicatorSeries, text: ShareImageText): string {
  // The halo only behind the labels among the marks: less rasterising per image (see ChartOptions.labelHalo).
  const output = renderIndicator(series, { idPrefix: 'og', labelHalo: 'marks' });
  const { width, height } = SHARE_IMAGE;
  const textWidth = 500;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`, `<rect width="${width}" height="12" fill="#0a4ea3"/>`);
  let y = 84;
  for (const line of wrap(text.organization, 26, textWidth, 2)) {
    parts.push(textAt(48, y, 26, 400, '#333333', line));
    y += 36;
  }
  parts.push(textAt(48, y, 24, 400, '#333333', text.document));
  y += 70;
  for (const line of wrap(text.title, 44, textWidth, 4)) {
    parts.push(textAt(48, y, 44, 700, '#111111', line));
    y += 60;
  }
  y += 10;
  for (const line of wrap(text.report, 24, textWidth, 2)) {
    if (y > 540) break;
    parts.push(textAt(48, y, 24, 400, '#333333', line));
    y += 34;
  }
  parts.push(textAt(48, 596, 22, 700, '#0a4ea3', text.siteName));
  if (output.kind === 'figure') {
    parts.push(textAt(600, 300, 96, 700, '#111111', output.value));
    for (const [i, line] of wrap(`${output.context}${output.note ? `（${output.note}）` : ''}`, 30, 560, 3).entries()) parts.push(textAt(600, 370 + i * 42, 30, 400, '#333333', line));
  } else {
    parts.push(withAttributes(output.svg.replace(/ width="100%"/, ''), 'x="580" y="40" width="590" height="560" preserveAspectRatio="xMidYMid meet"'));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SHARE_FONT_FAMILY}">${parts.join('')}</svg>`;
}

function textAt(x: number, y: number, size: number, weight: 400 | 700, fill: string, text: string): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;
}

/** Adds attributes to the outer <svg> element of a chart. */
function withAttributes(svg: string, attributes: string): string {
  return svg.replace(/^<svg /, `<svg ${attributes} `);
}

/** Width of a character in em: Latin letters and digits about half of a kanji or kana. */
function charWidth(char: string): number {
  return /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? 0.56 : 1;
}

/**
 * Breaks text into lines that fit `width` at `size`: Japanese may break between any two
 * characters; a text longer than `maxLines` ends with 「…」 so it never reads as complete.
 */
export function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const char of text) {
    const w = charWidth(char) * size;
    if (lineWidth + w > width && line !== '') {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    line += char;
    lineWidth += w;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`;
  return kept;
}
