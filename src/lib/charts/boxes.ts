/** Label boxes, for placing a label where it does not cover another. */
import { FONT_SIZE } from './theme.ts';
import { estimateTextWidth } from './text.ts';
import type { Anchor } from './svg.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of one line of chart text drawn at (x, baseline y) with the given anchor. */
export function textBox(x: number, y: number, content: string, anchor: Anchor): Box {
  const width = estimateTextWidth(content, FONT_SIZE);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - FONT_SIZE, x1: x0 + width, y1: y + FONT_SIZE * 0.25 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
