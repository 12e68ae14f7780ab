/**
 * Targets on a value chart: a dashed line at the target value with a short label, a diamond at
 * the target year, and a legend row with the document's own description of the target.
 * Dash and shape, not colour, tell a target from the actual values.
 */
import type { ScaleLinear } from 'd3-scale';
import { isComputedTarget, type IndicatorSeries } from '../../schemas/indicator.ts';
import { formatQuantity } from '../format.ts';
import type { Plot } from './axes.ts';
import { overlaps, textBox, type Box } from './boxes.ts';
import { CHART_LABELS, directionWord } from './labels.ts';
import { r, text, type Anchor } from './svg.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT, VIEW_WIDTH } from './theme.ts';
import { wrapText } from './text.ts';

type Target = IndicatorSeries['targets'][number];

const DASH = '6 4';
const DIAMOND = 6;

/** 「目標 11.5件以下」 — the short label drawn on the target line. */
export function shortTargetLabel(target: Target, unit: string): string {
  return `${CHART_LABELS.target} ${formatQuantity(target.value, unit)}${directionWord(target.direction)}`;
}

/**
 * 「目標 20%以上（平成32年度に20%）」 — the legend text, with the document's words; a value Kohyo
 * computed says so: 「目標 11.5件以下（…の50%減。値はKohyoによる計算）」.
 */
export function longTargetLabel(target: Target, unit: string): string {
  return `${shortTargetLabel(target, unit)}（${target.label}${isComputedTarget(target) ? `。値は${CHART_LABELS.computed}` : ''}）`;
}

export function diamond(cx: number, cy: number, size = DIAMOND): string {
  return `M${r(cx)} ${r(cy - size)}L${r(cx + size)} ${r(cy)}L${r(cx)} ${r(cy + size)}L${r(cx - size)} ${r(cy)}Z`;
}

/**
 * Target lines, diamonds and short labels. Each label goes to the first of four spots around
 * the line's ends that covers no label already placed (`taken` is extended in place).
 */
export function drawTargets(
  targets: readonly Target[],
  unit: string,
  x: (year: number) => number,
  y: ScaleLinear<number, number>,
  plot: Plot,
  taken: Box[],
): { marks: string; labels: string[] } {
  let lines = '';
  let markers = '';
  const labels: string[] = [];
  // Diamonds first, so no target label is put on top of another target's marker.
  for (const target of targets) {
    const cx = x(target.fiscalYear);
    const cy = y(target.value);
    taken.push({ x0: cx - DIAMOND, y0: cy - DIAMOND, x1: cx + DIAMOND, y1: cy + DIAMOND });
  }
  for (const target of targets) {
    const ty = y(target.value);
    lines += `M${r(plot.left)} ${r(ty)}H${r(plot.right)}`;
    markers += diamond(x(target.fiscalYear), ty);
    const label = shortTargetLabel(target, unit);
    const above = ty - 6;
    const below = ty + FONT_SIZE + 7;
    const centre = (plot.left + plot.right) / 2;
    const spots: [number, number, Anchor][] = [
      // Above the line first, so a label reads as belonging to the line under it.
      [plot.right, above, 'end'],
      [plot.left + 2, above, 'start'],
      [centre, above, 'middle'],
      [plot.right, below, 'end'],
      [plot.left + 2, below, 'start'],
      [centre, below, 'middle'],
    ];
    const boxes = spots.map(([sx, sy, anchor]) => textBox(sx, sy, label, anchor));
    // The first free spot; if none is free, the one covering the fewest labels.
    const collisions = boxes.map((box) => taken.filter((other) => overlaps(box, other)).length);
    const index = collisions.indexOf(Math.min(...collisions));
    const [sx, sy, anchor] = spots[index]!;
    taken.push(boxes[index]!);
    labels.push(text(sx, sy, label, anchor));
  }
  if (targets.length === 0) return { marks: '', labels };
  const marks =
    `<path class="${CHART_CLASS.target}" d="${lines}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="${DASH}" fill="none"/>` +
    `<path class="${CHART_CLASS.targetMarker}" d="${markers}" stroke="${COLORS.target}" stroke-width="2" fill="${COLORS.background}"/>`;
  return { marks, labels };
}

/** Legend rows under the plot: a dashed sample with a diamond, then the wrapped target text. */
export function targetLegend(targets: readonly Target[], unit: string, top: number): { marks: string; labels: string[]; height: number } {
  const textX = 34;
  let y = top;
  let samples = '';
  let diamonds = '';
  const labels: string[] = [];
  for (const target of targets) {
    const lines = wrapText(longTargetLabel(target, unit), VIEW_WIDTH - textX - 4, FONT_SIZE);
    const middle = y + LINE_HEIGHT / 2;
    samples += `M4 ${r(middle)}H28`;
    diamonds += diamond(16, middle, 5);
    lines.forEach((line, i) => labels.push(text(textX, y + FONT_SIZE + i * LINE_HEIGHT, line, 'start')));
    y += lines.length * LINE_HEIGHT + 4;
  }
  if (targets.length === 0) return { marks: '', labels, height: 0 };
  const marks =
    `<path class="${CHART_CLASS.target}" d="${samples}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="${DASH}" fill="none"/>` +
    `<path class="${CHART_CLASS.targetMarker}" d="${diamonds}" stroke="${COLORS.target}" stroke-width="2" fill="${COLORS.background}"/>`;
  return { marks, labels, height: y - top };
}
