/**
 * Targets on a value chart: each target is drawn at its own year — a marker at the target value
 * and a short dashed segment through it — with a short label beside it where there is room, and a
 * legend row naming the year and the document's own description of the target. Several targets
 * get different marker shapes, repeated in their legend rows. Dash and shape, not colour, tell a
 * target from the actual values.
 */
import type { ScaleLinear } from 'd3-scale';
import { isComputedTarget, type IndicatorSeries } from '../../schemas/indicator.ts';
import { formatQuantity } from '../format.ts';
import { shortWarekiFiscalYear, warekiFiscalYear } from '../wareki.ts';
import { squareBox, type Box, type Segment } from './boxes.ts';
import { CHART_LABELS, directionWord } from './labels.ts';
import { LABEL_GAP, type LabelRequest, type Spot } from './placement.ts';
import { r, text } from './svg.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT, VIEW_WIDTH } from './theme.ts';
import { wrapText } from './text.ts';

type Target = IndicatorSeries['targets'][number];

const DASH = '6 4';
/** Half the size of a target marker */
const MARKER = 6;
/** Half the length of a target's segment, at most; shorter when years are close */
const SEGMENT = 14;

/** Marker shapes in the order targets get them: distinct without colour, none a circle (the values' marker). */
export const TARGET_SHAPES = ['diamond', 'square', 'triangle', 'triangleDown'] as const;
export type TargetShape = (typeof TARGET_SHAPES)[number];

/** 「目標 11.5件以下」 — the short label drawn beside the target. */
export function shortTargetLabel(target: Target, unit: string): string {
  return `${CHART_LABELS.target} ${formatQuantity(target.value, unit)}${directionWord(target.direction)}`;
}

/**
 * 「目標 20%以上（平成32年度に20%）」 — the target with the document's words; a value Kohyo
 * computed says so: 「目標 11.5件以下（…の50%減。値はKohyoによる計算）」.
 */
export function longTargetLabel(target: Target, unit: string): string {
  return `${shortTargetLabel(target, unit)}（${target.label}${isComputedTarget(target) ? `。値は${CHART_LABELS.computed}` : ''}）`;
}

/** 「平成32年度の目標 20%以上（平成32年度に20%）」 — a legend row, which says whose year the marker stands at. */
export function legendTargetLabel(target: Target, unit: string): string {
  return `${warekiFiscalYear(target.fiscalYear)}の${longTargetLabel(target, unit)}`;
}

export function diamond(cx: number, cy: number, size = MARKER): string {
  return `M${r(cx)} ${r(cy - size)}L${r(cx + size)} ${r(cy)}L${r(cx)} ${r(cy + size)}L${r(cx - size)} ${r(cy)}Z`;
}

/** The outline of a target marker centred on (cx, cy), within a square of half-size `size`. */
export function targetShape(shape: TargetShape, cx: number, cy: number, size = MARKER): string {
  const s = shape === 'diamond' ? size : size - 1;
  switch (shape) {
    case 'diamond':
      return diamond(cx, cy, s);
    case 'square':
      return `M${r(cx - s)} ${r(cy - s)}H${r(cx + s)}V${r(cy + s)}H${r(cx - s)}Z`;
    case 'triangle':
      return `M${r(cx)} ${r(cy - s)}L${r(cx + s)} ${r(cy + s)}L${r(cx - s)} ${r(cy + s)}Z`;
    case 'triangleDown':
      return `M${r(cx - s)} ${r(cy - s)}L${r(cx + s)} ${r(cy - s)}L${r(cx)} ${r(cy + s)}Z`;
  }
}

export const shapeOf = (index: number): TargetShape => TARGET_SHAPES[index % TARGET_SHAPES.length]!;

export interface TargetMarks {
  /** Segments and markers, in paint order */
  marks: string;
  /** The markers' boxes: no label may cover them */
  boxes: Box[];
  /** The segments: no label may cross them */
  segments: Segment[];
  /** The short labels, to be placed; each may be left out (the legend names every target) */
  requests: LabelRequest[];
}

/**
 * Each target at its own year: a short dashed segment and a marker at (year, value). `space` is the
 * distance between two years, so segments of neighbouring years do not run into each other.
 */
export function drawTargets(targets: readonly Target[], unit: string, x: (year: number) => number, y: ScaleLinear<number, number>, space: number): TargetMarks {
  const half = Math.max(MARKER + 4, Math.min(SEGMENT, space * 0.4));
  let marks = '';
  const boxes: Box[] = [];
  const segments: Segment[] = [];
  const requests: LabelRequest[] = [];
  targets.forEach((target, i) => {
    const cx = x(target.fiscalYear);
    const cy = y(target.value);
    const year = shortWarekiFiscalYear(target.fiscalYear);
    const shape = shapeOf(i);
    marks +=
      `<path class="${CHART_CLASS.target}" data-target="${year}" d="M${r(cx - half)} ${r(cy)}H${r(cx + half)}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="${DASH}" fill="none"/>` +
      `<path class="${CHART_CLASS.targetMarker}" data-target="${year}" data-shape="${shape}" d="${targetShape(shape, cx, cy)}" stroke="${COLORS.target}" stroke-width="2" fill="${COLORS.background}"/>`;
    // The stroke is 2 wide: the marker reaches one unit past its outline.
    boxes.push(squareBox(cx, cy, MARKER + 1));
    segments.push({ x1: cx - half, y1: cy, x2: cx + half, y2: cy });
    // Clear of the marker's box with the placement's air.
    const clear = MARKER + 1 + LABEL_GAP + 0.5;
    const above = cy - clear - TEXT_DESCENT;
    const below = cy + clear + TEXT_ASCENT;
    const level = cy + (TEXT_ASCENT - TEXT_DESCENT) / 2;
    const spots: Spot[] = [
      // Beside the segment first: it reads as the segment's own label.
      { x: cx + Math.max(half, clear) + 2, y: level, anchor: 'start' },
      { x: cx - Math.max(half, clear) - 2, y: level, anchor: 'end' },
      { x: cx, y: above, anchor: 'middle' },
      { x: cx, y: below, anchor: 'middle' },
      { x: cx + half, y: above, anchor: 'end' },
      { x: cx - half, y: above, anchor: 'start' },
      { x: cx + half, y: below, anchor: 'end' },
      { x: cx - half, y: below, anchor: 'start' },
    ];
    requests.push({ lines: [shortTargetLabel(target, unit)], spots, optional: true });
  });
  return { marks, boxes, segments, requests };
}

/** Legend rows under the plot: a dashed sample with the target's marker, then the wrapped target text. */
export function targetLegend(targets: readonly Target[], unit: string, top: number): { marks: string; labels: string[]; height: number } {
  const textX = 34;
  let y = top;
  let samples = '';
  let markers = '';
  const labels: string[] = [];
  targets.forEach((target, i) => {
    const lines = wrapText(legendTargetLabel(target, unit), VIEW_WIDTH - textX - 4, FONT_SIZE);
    const baseline = y + TEXT_ASCENT;
    // The sample stands level with the middle of the first line's text box.
    const middle = baseline - (TEXT_ASCENT - TEXT_DESCENT) / 2;
    samples += `M4 ${r(middle)}H28`;
    const shape = shapeOf(i);
    markers += `<path class="${CHART_CLASS.targetMarker}" data-shape="${shape}" d="${targetShape(shape, 16, middle, 5)}" stroke="${COLORS.target}" stroke-width="2" fill="${COLORS.background}"/>`;
    lines.forEach((line, j) => labels.push(text(textX, baseline + j * LINE_HEIGHT, line, 'start')));
    y += lines.length * LINE_HEIGHT + 4;
  });
  if (targets.length === 0) return { marks: '', labels, height: 0 };
  const marks = `<path class="${CHART_CLASS.target}" d="${samples}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="${DASH}" fill="none"/>` + markers;
  return { marks, labels, height: y - top };
}
