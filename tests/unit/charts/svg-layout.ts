/**
 * Where a chart's text and marks land, read from the SVG string alone, so a test can say which
 * label covers which label or mark. Text boxes use the font box Chromium reports for chart text
 * (getBBox with Noto Sans CJK JP, the font the browser gates render with: 1.154 em above the
 * baseline, 0.288 em below) and the chart's own width estimate, which is checked against
 * Chromium's widths in text.test.ts.
 */
import { estimateTextWidth } from '../../../src/lib/charts/text.ts';
import { elements, labels } from './svg-query.ts';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  name: string;
}

/** Measured in Chromium (getBBox, 14 px Noto Sans CJK JP): the box runs from y − 16.15 to y + 4.04. */
const ASCENT_EM = 1.154;
const DESCENT_EM = 0.288;

function fontSizeOf(svg: string): number {
  return Number(/<g class="chart-text"[^>]*font-size="([\d.]+)"/.exec(svg)?.[1] ?? 14);
}

/** Everything outside <defs> (hatch patterns are not drawn where they are defined). */
function drawn(svg: string): string {
  return svg.replace(/<defs>.*?<\/defs>/gs, '');
}

export function textRects(svg: string): Rect[] {
  const size = fontSizeOf(svg);
  return labels(drawn(svg)).map((l) => {
    const width = estimateTextWidth(l.text, size);
    const x0 = l.anchor === 'middle' ? l.x - width / 2 : l.anchor === 'end' ? l.x - width : l.x;
    return { x0, y0: l.y - ASCENT_EM * size, x1: x0 + width, y1: l.y + DESCENT_EM * size, name: `「${l.text}」` };
  });
}

/** Bounding boxes of each subpath of an absolute path (M, L, H, V, Z), e.g. one diamond of several. */
export function subpathBoxes(d: string): { x0: number; y0: number; x1: number; y1: number }[] {
  const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (const sub of d.match(/M[^M]*/g) ?? []) {
    const xs: number[] = [];
    const ys: number[] = [];
    let x = 0;
    let y = 0;
    for (const [, command, args] of sub.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
      const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
      if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
      else if (command === 'H') x = n[0]!;
      else if (command === 'V') y = n[0]!;
      else continue;
      xs.push(x);
      ys.push(y);
    }
    if (xs.length > 0) boxes.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
  }
  return boxes;
}

/**
 * The data marks a label must not cover: value markers (circles), target markers (each subpath of a
 * filled path), bars (the whole bar, not only its end) and the target lines or segments.
 */
export function markRects(svg: string): Rect[] {
  const body = drawn(svg);
  const marks: Rect[] = [];
  for (const c of elements(body, 'circle')) {
    const [cx, cy, r] = [Number(c.cx), Number(c.cy), Number(c.r)];
    marks.push({ x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r, name: `circle at (${cx}, ${cy})` });
  }
  for (const rect of elements(body, 'rect')) {
    const [x, y, w, h] = [Number(rect.x), Number(rect.y), Number(rect.width), Number(rect.height)];
    marks.push({ x0: x, y0: y, x1: x + w, y1: y + h, name: `bar at (${x}, ${y})` });
  }
  for (const path of elements(body, 'path')) {
    if (path.class === 'chart-target-marker') {
      for (const b of subpathBoxes(path.d ?? '')) marks.push({ ...b, name: `target marker at (${(b.x0 + b.x1) / 2}, ${(b.y0 + b.y1) / 2})` });
    }
    if (path.class === 'chart-target') {
      const half = Number(path['stroke-width'] ?? 2) / 2;
      for (const b of subpathBoxes(path.d ?? '')) marks.push({ x0: b.x0, y0: b.y0 - half, x1: b.x1, y1: b.y1 + half, name: `target line at y = ${b.y0}` });
    }
  }
  return marks;
}

const overlap = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every text over another text or a mark, and every text outside the drawing, as readable findings. */
export function layoutFindings(svg: string): string[] {
  const texts = textRects(svg);
  const marks = markRects(svg);
  const [, , width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
  const findings: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (overlap(a, b)) findings.push(`${a.name} overlaps ${b.name}`);
    for (const m of marks) if (overlap(a, m)) findings.push(`${a.name} overlaps ${m.name}`);
    if (a.x0 < 0 || a.y0 < 0 || a.x1 > width || a.y1 > height) findings.push(`${a.name} is outside the drawing`);
  });
  return findings;
}
