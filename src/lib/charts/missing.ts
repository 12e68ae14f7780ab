/**
 * Missing values (null) are marked where they would be: a dotted guide across the plot at that
 * year and the words 「データなし」 on it — never a mark at zero, never a line drawn across the
 * gap. The words stand in the middle of the guide, or higher or lower on it where a target or a
 * neighbouring label is in the way.
 */
import type { Plot } from './axes.ts';
import type { Segment } from './boxes.ts';
import { CHART_LABELS } from './labels.ts';
import type { LabelRequest } from './placement.ts';
import { r } from './svg.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT } from './theme.ts';
import { estimateTextWidth } from './text.ts';

const ONE_LINE = [CHART_LABELS.noData];
// Split after the katakana when years are close together: 「データ／なし」.
const TWO_LINES = ['データ', 'なし'];

/** The label lines that fit in the given horizontal space. */
export function missingLabelLines(space: number): readonly string[] {
  return estimateTextWidth(CHART_LABELS.noData, FONT_SIZE) + 6 <= space ? ONE_LINE : TWO_LINES;
}

export function missingLabelHalfWidth(space: number): number {
  return Math.max(...missingLabelLines(space).map((line) => estimateTextWidth(line, FONT_SIZE))) / 2;
}

export interface MissingMarks {
  marks: string;
  /** The guides, which value labels may cross when nothing else is free */
  guides: Segment[];
  /** One label per missing year, to be placed */
  requests: LabelRequest[];
}

/** Steps, in label heights, the label may move up or down the guide from its middle. */
const STEPS = [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -2.5, 2.5, -3, 3];

export function drawMissing(xs: readonly number[], plot: Plot, space: number): MissingMarks {
  if (xs.length === 0) return { marks: '', guides: [], requests: [] };
  const lines = missingLabelLines(space);
  const height = TEXT_ASCENT + (lines.length - 1) * LINE_HEIGHT + TEXT_DESCENT;
  // Baseline of the first line when the label's box is centred on the middle of the plot.
  const middle = (plot.top + plot.bottom) / 2 - height / 2 + TEXT_ASCENT;
  const guides = xs.map((x) => ({ x1: x, y1: plot.top, x2: x, y2: plot.bottom }));
  const d = guides.map((g) => `M${r(g.x1)} ${r(g.y1)}V${r(g.y2)}`).join('');
  const marks = `<path class="${CHART_CLASS.missing}" d="${d}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="2 3" fill="none"/>`;
  const requests = xs.map((x) => ({
    lines,
    // Along the guide, within the plot.
    spots: STEPS.map((step) => middle + step * LINE_HEIGHT)
      .filter((y) => y - TEXT_ASCENT >= plot.top - LINE_HEIGHT / 2 && y + height - TEXT_ASCENT <= plot.bottom)
      .map((y) => ({ x, y, anchor: 'middle' as const })),
    optional: false,
  }));
  return { marks, guides, requests };
}
