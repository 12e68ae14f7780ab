/**
 * Small builders for SVG markup strings. Every piece of content text goes through escapeXml
 * here, so chart modules never concatenate raw content into markup.
 */
import { CHART_CLASS, COLORS, FONT_SIZE, HALO_WIDTH } from './theme.ts';
import { escapeXml } from './text.ts';

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks an id prefix before it is used in id attributes and url(#…) references. */
export function assertIdPrefix(idPrefix: string): void {
  if (!ID_PREFIX.test(idPrefix)) {
    throw new TypeError(
      `グラフの idPrefix は英字で始まり、英数字・ハイフン・下線だけで書いてください / idPrefix must match ${ID_PREFIX}: ${JSON.stringify(idPrefix)}`,
    );
  }
}

/** Ids of the SVG's own elements, unique per page as long as the prefix is. */
export function chartIds(idPrefix: string): { title: string; desc: string; hatch: string } {
  return { title: `${idPrefix}-title`, desc: `${idPrefix}-desc`, hatch: `${idPrefix}-hatch` };
}

/** Rounds to one decimal: enough precision for a 280-unit drawing, and a smaller string. */
export function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export type Anchor = 'start' | 'middle' | 'end';

/** A single line of text; content text is escaped. */
export function text(x: number, y: number, content: string, anchor: Anchor = 'middle', extra = ''): string {
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${r(x)}" y="${r(y)}"${anchorAttr}${extra}>${escapeXml(content)}</text>`;
}

/**
 * A group for labels: dark text with a white halo painted under it (paint-order), which gives
 * every label a solid background where it crosses a line or a bar.
 */
export function labelGroup(children: string[], options: { bold?: boolean; halo?: boolean } = {}): string {
  if (children.length === 0) return '';
  const weight = options.bold ? ' font-weight="700"' : '';
  const halo = options.halo === false ? '' : ` stroke="${COLORS.background}" stroke-width="${HALO_WIDTH}" stroke-linejoin="round" paint-order="stroke"`;
  return `<g class="${CHART_CLASS.text}"${weight} font-size="${FONT_SIZE}" fill="${COLORS.ink}"${halo}>${children.join('')}</g>`;
}

export interface SvgDocument {
  idPrefix: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  defs?: string;
  body: string;
}

/**
 * The outer <svg>: role="img" named by its <title> and described by its <desc>, a viewBox that
 * scales to the page width, and the namespace so the same string is also a valid .svg file.
 */
export function svgDocument(doc: SvgDocument): string {
  assertIdPrefix(doc.idPrefix);
  const ids = chartIds(doc.idPrefix);
  const defs = doc.defs ? `<defs>${doc.defs}</defs>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(doc.width)} ${r(doc.height)}" width="100%" role="img" aria-labelledby="${ids.title} ${ids.desc}" class="indicator-chart">` +
    `<title id="${ids.title}">${escapeXml(doc.title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(doc.desc)}</desc>` +
    defs +
    doc.body +
    `</svg>`
  );
}
