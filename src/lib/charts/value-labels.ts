/**
 * The spots a value label may stand at around its mark, best first. Next to the mark first; then
 * (round markers) a line further away with a leader line back to the marker, for values whose
 * neighbours crowd them.
 */
import { LABEL_GAP, type Spot } from './placement.ts';
import { LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT } from './theme.ts';

/** Around a round marker of radius `radius` at (cx, cy). */
export function markerSpots(cx: number, cy: number, radius: number): Spot[] {
  // Clear of the marker's box (radius + 1 for its white outline) with the placement's air.
  const gap = radius + 1 + LABEL_GAP + 0.5;
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

/**
 * At the end of a column from x0 to x1: above a positive bar's top, below a negative bar's foot,
 * centred or flush with either side of the bar, then centred a line or two further out. A label straight
 * above or below its own column needs no leader. `upperFirst` tries the second line first: where
 * labels are wider than the columns, every other one stands a line higher, so neighbours do not
 * push each other out.
 */
export function columnSpots(x0: number, x1: number, end: number, positive: boolean, upperFirst: boolean): Spot[] {
  const gap = LABEL_GAP + 1.5;
  const first = positive ? end - gap - TEXT_DESCENT : end + gap + TEXT_ASCENT;
  const step = positive ? -LINE_HEIGHT : LINE_HEIGHT;
  const rows = upperFirst ? [1, 0, 2] : [0, 1, 2];
  const centre = (x0 + x1) / 2;
  return rows.flatMap((row): Spot[] => {
    const y = first + row * step;
    // Flush with a side only right at the bar: a line higher, only a centred label reads as the bar's.
    return row === 0
      ? [
          { x: centre, y, anchor: 'middle' },
          { x: x0, y, anchor: 'start' },
          { x: x1, y, anchor: 'end' },
        ]
      : [{ x: centre, y, anchor: 'middle' }];
  });
}
