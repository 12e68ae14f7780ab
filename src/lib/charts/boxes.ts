/** Boxes and segments: the geometry labels are placed with, so none covers another or a mark. */
import type { Anchor } from './svg.ts';
import { estimateTextWidth } from './text.ts';
import { FONT_SIZE, LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT } from './theme.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A straight stroke (a line piece of the series, a target segment, a leader). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box of chart text drawn from baseline y with the given anchor, one line or several
 * stacked LINE_HEIGHT apart: as wide as the widest line, from the first line's ascent to the last
 * line's descent.
 */
export function textBox(x: number, y: number, content: string | readonly string[], anchor: Anchor): Box {
  const lines = typeof content === 'string' ? [content] : content;
  const width = Math.max(...lines.map((line) => estimateTextWidth(line, FONT_SIZE)));
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - TEXT_ASCENT, x1: x0 + width, y1: y + (lines.length - 1) * LINE_HEIGHT + TEXT_DESCENT };
}

/** The baseline that centres one line of text vertically on y. */
export function centredBaseline(y: number): number {
  return y + (TEXT_ASCENT - TEXT_DESCENT) / 2;
}

export function squareBox(cx: number, cy: number, half: number): Box {
  return { x0: cx - half, y0: cy - half, x1: cx + half, y1: cy + half };
}

export function grow(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

/** Open boxes: boxes that only touch do not overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Whether a segment passes through a box (Liang–Barsky clipping: some part of it lies inside). */
export function crosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, segment.x1 - box.x0],
    [dx, box.x1 - segment.x1],
    [-dy, segment.y1 - box.y0],
    [dy, box.y1 - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}
