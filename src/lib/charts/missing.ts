/**
 * Missing values (null) are marked where they would be: a dotted guide across the plot at that
 * year and the words 「データなし」 in the middle of it — never a mark at zero, never a line
 * drawn across the gap.
 */
import type { Plot } from './axes.ts';
import { CHART_LABELS } from './labels.ts';
import { r, text } from './svg.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT } from './theme.ts';
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

export function drawMissing(xs: readonly number[], plot: Plot, space: number): { marks: string; labels: string[] } {
  if (xs.length === 0) return { marks: '', labels: [] };
  const lines = missingLabelLines(space);
  const middle = (plot.top + plot.bottom) / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35;
  const guides = xs.map((x) => `M${r(x)} ${r(plot.top)}V${r(plot.bottom)}`).join('');
  const marks = `<path class="${CHART_CLASS.missing}" d="${guides}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="2 3" fill="none"/>`;
  const labels = xs.flatMap((x) => lines.map((line, i) => text(x, middle + i * LINE_HEIGHT, line, 'middle')));
  return { marks, labels };
}
