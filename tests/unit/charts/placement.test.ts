/**
 * The label placement step on its own: which spot a label takes given the marks, the fixed text
 * and the labels placed before it; when it is left out; when a leader line is refused.
 */
import { describe, expect, it } from 'vitest';
import { crosses, overlaps, textBox, type Box } from '../../../src/lib/charts/boxes.ts';
import { placeLabels, type LabelRequest, type Obstacles, type Spot } from '../../../src/lib/charts/placement.ts';

const none: Obstacles = { boxes: [], segments: [], soft: [] };
const bounds: Box = { x0: 0, y0: 0, x1: 280, y1: 200 };
const spot = (x: number, y: number, anchor: Spot['anchor'] = 'middle', leader?: Spot['leader']): Spot => ({ x, y, anchor, ...(leader ? { leader } : {}) });
const request = (text: string, spots: Spot[], optional = true): LabelRequest => ({ lines: [text], spots, optional });

describe('label placement', () => {
  it('takes the first spot when nothing is in the way', () => {
    const [placed] = placeLabels([request('15', [spot(100, 50), spot(100, 90)])], none, bounds);
    expect(placed?.spot).toEqual(spot(100, 50));
    expect(placed?.forced).toBe(false);
  });

  it('passes over a spot that covers a mark, and one that covers a label placed before', () => {
    const mark: Box = { x0: 95, y0: 40, x1: 105, y1: 50 };
    const [first, second] = placeLabels(
      [request('21', [spot(100, 50), spot(100, 90)]), request('15', [spot(100, 90), spot(100, 130)])],
      { ...none, boxes: [mark] },
      bounds,
    );
    expect(first?.spot.y).toBe(90);
    expect(second?.spot.y).toBe(130);
    expect(overlaps(first!.box, second!.box)).toBe(false);
  });

  it('never lets a label cross a target segment', () => {
    const target = { x1: 80, y1: 45, x2: 120, y2: 45 };
    const [placed] = placeLabels([request('目標 18件以下', [spot(100, 50), spot(100, 90)])], { ...none, segments: [target] }, bounds);
    expect(placed?.spot.y).toBe(90);
    expect(crosses(target, placed!.box)).toBe(false);
  });

  it('keeps labels inside the drawing', () => {
    const [placed] = placeLabels([request('10,988', [spot(275, 50), spot(275, 50, 'end')])], none, bounds);
    expect(placed?.spot.anchor).toBe('end');
    expect(placed!.box.x1).toBeLessThanOrEqual(280);
  });

  it('would rather not cross the series line, but crosses it before leaving a value out', () => {
    const line = { x1: 60, y1: 20, x2: 140, y2: 60 };
    const free = placeLabels([request('23', [spot(100, 50), spot(100, 120)])], { ...none, soft: [line] }, bounds);
    expect(free[0]?.spot.y).toBe(120);
    const crossed = placeLabels([request('23', [spot(100, 50)])], { ...none, soft: [line] }, bounds);
    expect(crossed[0]?.spot.y).toBe(50);
    expect(crossed[0]?.forced).toBe(false);
  });

  it('leaves out an optional label with no free spot, and forces a required one where it covers least', () => {
    const wall: Box = { x0: 0, y0: 0, x1: 280, y1: 100 };
    const [optional, required] = placeLabels(
      [request('15', [spot(100, 50)]), request('データなし', [spot(100, 50), spot(100, 120)], false)],
      { ...none, boxes: [wall] },
      bounds,
    );
    expect(optional).toBeNull();
    expect(required?.spot.y).toBe(120);
    expect(required?.forced).toBe(false);
    const [forced] = placeLabels([request('データなし', [spot(100, 50)], false)], { ...none, boxes: [wall] }, bounds);
    expect(forced?.forced).toBe(true);
  });

  it('refuses a spot whose leader line would cross a label already placed', () => {
    const [first, second] = placeLabels(
      [request('96.5', [spot(100, 70)]), request('95.1', [spot(100, 40, 'middle', { x1: 100, y1: 110, x2: 100, y2: 44 }), spot(160, 40)])],
      none,
      bounds,
    );
    expect(first?.spot.y).toBe(70);
    expect(second?.spot.x).toBe(160);
  });

  it('measures several lines as one box', () => {
    const box = textBox(100, 50, ['データ', 'なし'], 'middle');
    expect(box.y1 - box.y0).toBeGreaterThan(2 * 20);
    const [placed] = placeLabels([{ lines: ['データ', 'なし'], spots: [spot(100, 185), spot(100, 100)], optional: false }], none, bounds);
    expect(placed?.spot.y).toBe(100);
  });
});
