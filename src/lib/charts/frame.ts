/**
 * The frame shared by year-based charts: unit label top left, value axis on the left, year
 * labels under the plot, legend below.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Plot } from './axes.ts';
import { valueAxisWidth } from './axes.ts';
import { CHART_LABELS } from './labels.ts';
import { text } from './svg.ts';
import { FONT_SIZE, LINE_HEIGHT, VIEW_WIDTH } from './theme.ts';

const PLOT_TOP = 36;
const PLOT_HEIGHT = 130;
/** Gap kept between neighbouring value labels. */
const LABEL_GAP = 4;

export interface Frame {
  plot: Plot;
  /** Baseline of the year labels */
  yearLabelY: number;
  /** Top of the legend area */
  legendTop: number;
  /** Whether value labels alternate between two heights because they are wider than the spacing */
  stagger: boolean;
}

/**
 * Lays out the frame for a value scale (only its domain is used; its range is set here) and
 * the number of year slots. When value labels are wider than the space per year they are
 * staggered on two rows, and the plot moves down one row to make room for the upper one.
 */
export function layoutFrame(scale: ScaleLinear<number, number>, slots: number, widestValueLabel: number): Frame {
  const left = Math.ceil(valueAxisWidth(scale)) + 10;
  const right = VIEW_WIDTH - 6;
  const space = (right - left) / Math.max(1, slots);
  const stagger = widestValueLabel + LABEL_GAP > space;
  const top = PLOT_TOP + (stagger ? LINE_HEIGHT : 0);
  const bottom = top + PLOT_HEIGHT;
  scale.range([bottom, top]);
  const yearLabelY = bottom + FONT_SIZE + 6;
  return { plot: { left, right, top, bottom }, yearLabelY, legendTop: yearLabelY + 10, stagger };
}

/** Extra lift for the i-th value label when labels are staggered. */
export function staggerOffset(frame: Frame, index: number): number {
  return frame.stagger && index % 2 === 1 ? LINE_HEIGHT : 0;
}

/** 「単位：件」 above the value axis. */
export function unitLabel(unit: string): string {
  return text(2, FONT_SIZE + 2, `${CHART_LABELS.unitPrefix}${unit}`, 'start');
}
