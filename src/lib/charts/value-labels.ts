/**
 * The spots a value label may stand at around its mark, best first. Next to the mark first; then
 * a line further away with a leader line back to the mark, for values whose neighbours crowd them.
 */
import type { Spot } from './placement.ts';
import { LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT } from './theme.ts';

/** Around a round marker of radius `radius` at (cx, cy). */
export function markerSpots(cx: number, cy: number, radius: number): Spot[] {
  const gap = radius + 2;
  const above = cy - gap - TEXT_DESCENT;
  const below = cy + gap + TEXT_ASCENT;
  const level = cy + (TEXT_ASCENT - TEXT_DESCENT) / 2;
  return [
    { x: cx, y: above, anchor: 'middle' },
    { x: cx, y: below, anchor: 'middle' },
    { x: cx - 2, y: above, anchor: 'start' },
    { x: cx + 2, y: above, anchor: 'end' },
    { x: cx + gap + 1, y: level, anchor: 'start' },
    { x: cx - gap - 1, y: level, anchor: 'end' },
    { x: cx - 2, y: below, anchor: 'start' },
    { x: cx + 2, y: below, anchor: 'end' },
    ...[1, 2].flatMap((rows): Spot[] => [
      { x: cx, y: above - rows * LINE_HEIGHT, anchor: 'middle', leader: { x1: cx, y1: cy - gap, x2: cx, y2: above - rows * LINE_HEIGHT + TEXT_DESCENT } },
      { x: cx, y: below + rows * LINE_HEIGHT, anchor: 'middle', leader: { x1: cx, y1: cy + gap, x2: cx, y2: below + rows * LINE_HEIGHT - TEXT_ASCENT } },
    ]),
  ];
}

/** At the end of a column: above a positive bar's top, below a negative bar's foot, then a line or two further. */
export function columnSpots(cx: number, end: number, positive: boolean): Spot[] {
  const gap = 3;
  const first = positive ? end - gap - TEXT_DESCENT : end + gap + TEXT_ASCENT;
  const step = positive ? -LINE_HEIGHT : LINE_HEIGHT;
  return [0, 1, 2].map((rows): Spot => {
    const y = first + rows * step;
    if (rows === 0) return { x: cx, y, anchor: 'middle' };
    const labelEdge = positive ? y + TEXT_DESCENT : y - TEXT_ASCENT;
    return { x: cx, y, anchor: 'middle', leader: { x1: cx, y1: positive ? end - 1 : end + 1, x2: cx, y2: labelEdge } };
  });
}
