/**
 * Label placement: every label comes with the spots it may stand at, best first, and takes the
 * first spot where its box stays inside the drawing and covers no mark, no fixed text (axis,
 * unit) and no label placed before it. A spot away from what it names brings a thin leader line.
 * A label whose figure the table under the chart gives anyway may be left out when no spot is
 * free; any other label takes the spot that covers least.
 *
 * Pure and greedy: the order of the requests is their priority.
 */
import { contains, crosses, grow, overlaps, textBox, type Box, type Segment } from './boxes.ts';
import type { Anchor } from './svg.ts';

export interface Spot {
  x: number;
  /** Baseline of the first line */
  y: number;
  anchor: Anchor;
  /** Drawn from the mark to the label when the label stands away from its mark */
  leader?: Segment;
}

export interface LabelRequest {
  /** One line, or several stacked LINE_HEIGHT apart */
  lines: readonly string[];
  spots: readonly Spot[];
  /** May be left out when no spot is free (the table under the chart gives the same figure) */
  optional: boolean;
}

export interface Obstacles {
  /** Marks and fixed text no label may cover */
  boxes: readonly Box[];
  /** Strokes no label may cross (target segments) */
  segments: readonly Segment[];
  /** Strokes a label would rather not cross (the series line): crossed only when every free spot does */
  soft: readonly Segment[];
}

export interface PlacedLabel {
  lines: readonly string[];
  spot: Spot;
  box: Box;
  /** No spot was free and the label could not be left out: it covers something */
  forced: boolean;
}

/** Air kept around every label, so boxes that would only touch on screen stay apart. */
export const LABEL_GAP = 1.5;

/** The placed label for each request, in request order; null where an optional label was left out. */
export function placeLabels(requests: readonly LabelRequest[], obstacles: Obstacles, bounds: Box): (PlacedLabel | null)[] {
  const placedBoxes: Box[] = [];
  const leaders: Segment[] = [];
  return requests.map((request) => {
    let best: { spot: Spot; box: Box; soft: number } | undefined;
    let leastBad: { spot: Spot; box: Box; conflicts: number } | undefined;
    for (const spot of request.spots) {
      const box = textBox(spot.x, spot.y, request.lines, spot.anchor);
      const padded = grow(box, LABEL_GAP);
      const conflicts =
        (contains(bounds, box) ? 0 : 1) +
        count(obstacles.boxes, (b) => overlaps(padded, b)) +
        count(placedBoxes, (b) => overlaps(padded, b)) +
        count(obstacles.segments, (s) => crosses(s, padded)) +
        count(leaders, (s) => crosses(s, padded)) +
        (spot.leader ? count([...placedBoxes, ...obstacles.boxes], (b) => crosses(spot.leader!, b)) : 0);
      if (conflicts === 0) {
        const soft = count(obstacles.soft, (s) => crosses(s, padded));
        if (!best || soft < best.soft) best = { spot, box, soft };
        if (soft === 0) break;
      } else if (!leastBad || conflicts < leastBad.conflicts) {
        leastBad = { spot, box, conflicts };
      }
    }
    const chosen = best ?? (request.optional ? undefined : leastBad);
    if (!chosen) return null;
    placedBoxes.push(chosen.box);
    if (chosen.spot.leader) leaders.push(chosen.spot.leader);
    return { lines: request.lines, spot: chosen.spot, box: chosen.box, forced: best === undefined };
  });
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n;
}
